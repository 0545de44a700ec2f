import { css, html } from 'lit';
import { msg } from '@lit/localize';
import type { SessionController } from './session-controller.js';
import { panelStyles } from './styles.js';

/** What every supporter-side widget shows until someone signs in. */
export function renderSignedOut(session: SessionController) {
  if (session.status === 'checking') return html`<p class="visually-hidden" role="status">${msg('Checking who is signed in…')}</p>`;
  return html`<div part="notice" class="signed-out" role="status">
    <p>${msg('This is for peer supporters and coordinators. Please open the sign-in link your coordinator sent you.')}</p>
    ${session.error ? html`<p>${session.error.userMessage}</p>` : ''}
  </div>`;
}

/** What the supporter-side widgets share: the panel (`panelStyles`), headings, hints, choices, problems. */
export const supporterSideStyles = [
  panelStyles,
  css`
  h2,
  h3,
  p {
    margin: 0;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.05em;
  }
  .hint {
    color: var(--peer-color-muted, #4b5563);
    font-size: 0.9em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  fieldset {
    margin: 0;
    border: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.25em;
  }
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
  }
  .choice input {
    width: 1.2em;
    height: 1.2em;
    margin: 0;
    accent-color: var(--peer-color-accent, #1d5b8f);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    font-weight: 600;
  }
  .status-line {
    font-weight: 600;
  }
  .problem {
    color: var(--peer-color-crisis, #9b1c1c);
    font-weight: 600;
  }
`,
];
