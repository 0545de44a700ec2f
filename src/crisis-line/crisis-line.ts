import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { PeerElement } from '../core/peer-element.js';
import { safeUrl, smsUrl, telUrl } from '../core/safe-url.js';
import { baseStyles } from '../core/styles.js';
import { crisisLineStyles } from './crisis-line.styles.js';

/**
 * @tag peer-crisis-line
 * @summary The crisis line from the page's configuration (988 by default), with links a phone can use.
 * Every widget shows it; it can also stand alone anywhere on a page.
 *
 * @csspart base - The whole notice.
 * @csspart heading - "Need to talk to someone right now?"
 * @csspart message - The sentence naming the line.
 * @csspart actions - The row of links.
 * @csspart link - Each call / text / web link.
 */
@localized()
export class PeerCrisisLine extends PeerElement {
  static override styles = [baseStyles, crisisLineStyles];

  /** One line instead of a block, for tight spaces such as a card footer. */
  @property({ type: Boolean, reflect: true }) compact = false;

  override render() {
    const line = this.config.value.crisisLine;
    const call = telUrl(line.call);
    const text = smsUrl(line.text);
    const web = safeUrl(line.url);
    return html`<aside part="base" aria-label=${msg('Crisis support')}>
      <strong part="heading">${msg('Need to talk to someone right now?')}</strong>
      <p part="message">${msg(str`${line.name} is there any hour, day or night.`)}</p>
      <div part="actions">
        ${call ? html`<a part="link call" href=${call}>${msg(str`Call ${line.call}`)}</a>` : nothing}
        ${text ? html`<a part="link text" href=${text}>${msg(str`Text ${line.text}`)}</a>` : nothing}
        ${web ? html`<a part="link web" href=${web} target="_blank" rel="noopener noreferrer">${msg('Website')}</a>` : nothing}
      </div>
    </aside>`;
  }
}
