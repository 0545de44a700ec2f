import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { safeUrl, smsUrl, telUrl } from './safe-url.js';
/**
 * The crisis line as every widget shows it (`<peer-crisis-line>` is this, standing alone).
 * Parts: `crisis`, `crisis-heading`, `crisis-message`, `crisis-actions`, `crisis-link`.
 */
export function renderCrisisNotice(line, options = {}) {
    const call = telUrl(line.call);
    const text = smsUrl(line.text);
    const web = safeUrl(line.url);
    return html `<aside part=${options.part ?? 'crisis'} class="crisis ${options.compact ? 'compact' : ''}" aria-label=${msg('Crisis support')}>
    <strong part="crisis-heading" class="crisis-heading">${msg('Need to talk to someone right now?')}</strong>
    <p part="crisis-message" class="crisis-message">${msg(str `${line.name} is there any hour, day or night.`)}</p>
    <div part="crisis-actions" class="crisis-actions">
      ${call ? html `<a part="crisis-link crisis-call" href=${call}>${msg(str `Call ${line.call}`)}</a>` : nothing}
      ${text ? html `<a part="crisis-link crisis-text" href=${text}>${msg(str `Text ${line.text}`)}</a>` : nothing}
      ${web ? html `<a part="crisis-link crisis-web" href=${web} target="_blank" rel="noopener noreferrer">${msg('Website')}</a>` : nothing}
    </div>
  </aside>`;
}
export const crisisNoticeStyles = css `
  .crisis {
    display: block;
    border-inline-start: 0.3rem solid var(--peer-color-crisis, #9b1c1c);
    background: var(--peer-color-crisis-surface, #fdf2f2);
    border-radius: var(--peer-radius, 0.5rem);
    padding: calc(var(--peer-space, 1rem) * 0.75) var(--peer-space, 1rem);
  }
  .crisis-heading {
    display: block;
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .crisis-message {
    margin: 0;
  }
  .crisis-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-block-start: 0.5em;
  }
  .crisis-actions a {
    color: var(--peer-color-crisis, #9b1c1c);
    font-weight: 600;
    min-height: 24px;
    display: inline-flex;
    align-items: center;
  }
  .crisis.compact .crisis-heading,
  .crisis.compact .crisis-message {
    display: inline;
    margin-inline-end: 0.4em;
  }
`;
