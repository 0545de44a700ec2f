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

  // On the shadow root, not the host: a focus move from one control to another inside the widget
  // never reaches the host (its target and related target are both the host there).
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    watchKeyboard();
    root.addEventListener('focusin', (event) => keepFocusInSight(this, event as FocusEvent));
    return root;
  }

  /** Settings the widget sets on itself, over the page's (none here; `PeerApiElement` adds `endpoint`). */
  protected ownSettings(): PeerConfigInput {
    return {};
  }
}

/**
 * Focus not obscured (WCAG 2.4.11): a control that takes the focus is never left under something
 * the page draws over it, such as an intranet's sticky header or a cookie bar. The browser scrolls a
 * focused control only as far as the window's edge (and honours the page's `scroll-padding`, where
 * the page sets one); once it has, if what a pointer would reach at the control's middle or top is
 * something of the page's, not the widget's (or the control is not in the window at all), the control
 * is scrolled to the middle of the window, at once (no smooth scrolling), clear of a bar at either edge.
 */
function keepFocusInSight(host: HTMLElement, event: FocusEvent): void {
  const control = event.composedPath()[0];
  if (!(control instanceof Element)) return;
  requestAnimationFrame(() => {
    // Only a focus the keyboard moved: a focus after a click or a tap (a script that focused with
    // preventScroll while it scrolls smoothly to the control) is left as the script wants it.
    if (!keyboardLast || !control.isConnected || control.getRootNode() instanceof Document) return;
    const box = control.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return;
    // Out of the window altogether: Firefox does not scroll a focused scroll box (a wide table) into view.
    const outside = box.bottom <= 0 || box.top >= innerHeight;
    const x = Math.min(Math.max(box.left + box.width / 2, 1), innerWidth - 2);
    const points = [box.top + Math.min(box.height / 2, 16), box.top + 2].map((y) => Math.min(Math.max(y, 1), innerHeight - 2));
    if (outside || points.some((y) => coveredByPage(host, x, y))) control.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'auto' });
  });
}

/** Whether the person's last input on the page was a key (true) or a pointer (false). */
let keyboardLast = false;
let watching = false;
function watchKeyboard(): void {
  if (watching) return;
  watching = true;
  document.addEventListener('keydown', () => (keyboardLast = true), true);
  for (const type of ['pointerdown', 'mousedown', 'touchstart']) document.addEventListener(type, () => (keyboardLast = false), { capture: true, passive: true });
}

/**
 * Whether what is drawn at (x, y) is something of the page's, not the widget's. The hit test goes down
 * through shadow roots (the document's answers with the outermost host: an app shell whose shadow
 * root holds the widget), then up, across shadow roots, looking for the widget.
 */
function coveredByPage(host: HTMLElement, x: number, y: number): boolean {
  let hit = document.elementFromPoint(x, y);
  for (let inner = hit?.shadowRoot?.elementFromPoint(x, y); hit && inner && inner !== hit; inner = hit.shadowRoot?.elementFromPoint(x, y)) hit = inner;
  for (let node: Node | null = hit; node; node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null)) if (node === host) return false;
  return !!hit;
}
