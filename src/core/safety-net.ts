import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { PeerConfig } from './config.js';
import { callWords } from './crisis-notice.js';
import { safeUrl, smsUrl, telUrl } from './safe-url.js';

/**
 * The supporters' own safety net, one tap away in every supporter-side widget: what to do when
 * someone may harm themselves or someone else, or tells of abuse, and who backs the supporter up
 * (the program's on-call consultant and disclosure steps, from `supporterBackup`; unset, the
 * coordinator and the crisis line). Closed by default so that it does not crowd the widget; a
 * `<details>`, so it opens with one tap, Enter or Space and needs no script.
 *
 * Parts: `backup`, `backup-summary`, `backup-steps`, `backup-link`.
 */
export function renderSupporterBackup(config: PeerConfig) {
  const backup = config.supporterBackup;
  const call = telUrl(backup?.call);
  const text = smsUrl(backup?.text);
  const protocol = safeUrl(backup?.protocolUrl);
  const crisis = config.crisisLine;
  const crisisCall = telUrl(crisis.call);
  return html`<details part="backup" class="backup">
    <summary part="backup-summary">${msg('Heard something heavy? Where to turn')}</summary>
    <p>${msg('If someone is in danger right now, call emergency services.')}</p>
    <p>${msg('If someone may hurt themselves or someone else, or tells you about abuse:')}</p>
    <ol part="backup-steps">
      <li>${msg('Stay with them if you can, and keep talking.')}</li>
      <li>
        ${backup?.name
          ? html`${msg(str`Call ${backup.name} now. You do not decide this alone.`)}
              <span class="backup-actions">
                ${call ? html`<a part="backup-link backup-call" href=${call}>${msg(str`Call ${backup.call}`)}</a>` : nothing}
                ${text ? html`<a part="backup-link backup-text" href=${text}>${msg(str`Text ${backup.text}`)}</a>` : nothing}
              </span>`
          : html`${msg('Call your peer support coordinator now. You do not decide this alone.')}
              ${crisisCall ? html`<span class="backup-actions">${msg(str`${crisis.name} also helps people who are worried about someone else:`)} <a part="backup-link backup-crisis" href=${crisisCall}>${callWords(crisis)}</a></span>` : nothing}`}
      </li>
      <li>
        ${protocol
          ? html`<a part="backup-link backup-protocol" href=${protocol} target="_blank" rel="noopener noreferrer">${msg('Follow your program’s steps for this')}</a>`
          : msg('Follow the steps from your peer support training.')}
      </li>
    </ol>
    <p>${msg('Afterwards, talk it through with your coordinator or a fellow supporter. What you heard is heavy, and you do not have to carry it alone.')}</p>
  </details>`;
}

export const supporterBackupStyles = css`
  .backup {
    margin: 0 0 var(--peer-space, 1rem);
    padding: 0.5em 0.75em;
    border: 1px solid var(--peer-color-border, #c9ced6);
    border-radius: var(--peer-radius, 0.5rem);
    background: var(--peer-color-surface, #fff);
  }
  .backup summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 24px;
  }
  .backup[open] summary {
    margin-bottom: 0.5em;
  }
  .backup p,
  .backup ol {
    margin: 0 0 0.5em;
  }
  .backup-actions {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin-left: 0.25em;
  }
  .backup a {
    color: var(--peer-color-accent, #1d5b8f);
    font-weight: 600;
  }
`;
