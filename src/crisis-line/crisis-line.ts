import { css } from 'lit';
import { property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { renderCrisisNotice, crisisNoticeStyles } from '../core/crisis-notice.js';
import { PeerElement } from '../core/peer-element.js';
import { baseStyles } from '../core/styles.js';

/**
 * @tag peer-crisis-line
 * @summary The crisis line from the page's configuration (988 by default), with links a phone can use.
 * Every widget shows the same notice; this element places it anywhere on a page. Inside
 * `<peer-support-config crisis="once">`, widgets leave out their own notice while this one shows the
 * same line and can be seen, so a page with many widgets shows it once.
 *
 * @csspart base - The whole notice.
 * @csspart crisis-heading - "Need to talk to someone right now?"
 * @csspart crisis-message - The sentence naming the line.
 * @csspart crisis-actions - The row of links.
 * @csspart crisis-link - Each call / text / web link (also `crisis-call`, `crisis-text`, `crisis-web`).
 */
@localized()
export class PeerCrisisLine extends PeerElement {
  static override styles = [
    baseStyles,
    crisisNoticeStyles,
    css`
      /* In tight spaces (a card footer, a sidebar), a compact line keeps close to what it is next to. */
      :host([compact]) {
        margin-block: var(--peer-space-outer, calc(var(--peer-space, 1rem) * 0.5));
      }
    `,
  ];

  /** One line instead of a block, for tight spaces such as a card footer. */
  @property({ type: Boolean, reflect: true }) compact = false;

  override render() {
    return renderCrisisNotice(this.config.value.crisisLine, { compact: this.compact, part: 'base', standalone: true });
  }
}
