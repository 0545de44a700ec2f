import { css, html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { SessionController } from './session-controller.js';
import { supporterBackupStyles } from './safety-net.js';
import { panelStyles } from './styles.js';

/** How to sign in, in one sentence (said by one widget per page: see `renderSignedOut`). */
export const signInSentence = () => msg('This is for peer supporters and coordinators. Please open the sign-in link your coordinator sent you.');

/**
 * What every supporter-side widget shows until someone signs in. Only one widget of a configuration
 * scope says how to sign in (`<peer-supporter-session>` if the page has one, else the first widget
 * in page order; see `SessionController.announcesSignIn`): the others show nothing, so that a page
 * with four widgets does not say the same thing four times.
 */
export function renderSignedOut(session: SessionController) {
  if (!session.announcesSignIn) return nothing;
  if (session.status === 'checking') return html`<p class="visually-hidden" role="status">${msg('Checking who is signed in…')}</p>`;
  return html`<div part="notice" class="signed-out" role="status" tabindex="-1">
    <p>${signInSentence()}</p>
    ${session.error ? html`<p>${session.error.userMessage}</p>` : ''}
  </div>`;
}

/**
 * What the supporter-side widgets share: the panel (`panelStyles`), the safety net every one of them
 * shows (`supporterBackupStyles`), headings, hints, choices, problems.
 */
export const supporterSideStyles = [
  panelStyles,
  supporterBackupStyles,
  css`
  /* Signed out, and another widget of the page says how to sign in: nothing to show, no room taken. */
  :host([data-peer-quiet]) {
    display: none;
  }
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
