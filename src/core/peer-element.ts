import { LitElement } from 'lit';
import { PeerConfigController } from './config-controller.js';
import type { PeerConfigInput } from './config.js';

/**
 * What every widget shares: its configuration (locale, crisis line, from `configure()` and the
 * nearest `<peer-support-config>`) and the theming tokens below (see `core/styles.ts`). No network:
 * widgets that talk to a server extend `PeerApiElement` (`api-element.ts`), which adds the
 * `endpoint` attribute and an HTTP client; a widget that stays on the device (the self-care plan,
 * the crisis line) extends this one and cannot load the client at all.
 *
 * @cssprop [--peer-font-family=system-ui, sans-serif] - Font of every widget.
 * @cssprop [--peer-font-size=1rem] - Base text size; everything else scales from it.
 * @cssprop [--peer-color-text=#1b1f24] - Body text.
 * @cssprop [--peer-color-muted=#4b5563] - Secondary text (at least 4.5:1 on the surface).
 * @cssprop [--peer-color-surface=#ffffff] - Background of cards and panels.
 * @cssprop [--peer-color-border=#c9ced6] - Borders and dividers.
 * @cssprop [--peer-color-accent=#1d5b8f] - Links, buttons, focus.
 * @cssprop [--peer-color-on-accent=#ffffff] - Text on accent backgrounds.
 * @cssprop [--peer-color-crisis=#9b1c1c] - Crisis information accents.
 * @cssprop [--peer-color-crisis-surface=#fdf2f2] - Background of crisis information.
 * @cssprop [--peer-radius=0.5rem] - Corner radius.
 * @cssprop [--peer-space=1rem] - Base spacing unit.
 * @cssprop [--peer-space-outer=calc(var(--peer-space) * 1.5)] - Room above and below the widget, between it and whatever is next to it on the page (half that for `<peer-crisis-line compact>`); `0` inside another widget's own layout. Margins of widgets one above the other overlap, so two widgets are this far apart.
 */
export class PeerElement extends LitElement {
  protected readonly config = new PeerConfigController(this, () => this.ownSettings());

  /** Settings the widget sets on itself, over the page's (none here; `PeerApiElement` adds `endpoint`). */
  protected ownSettings(): PeerConfigInput {
    return {};
  }
}
