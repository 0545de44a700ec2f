import { css } from 'lit';
import { panelBox, statusColor } from '../core/styles.js';

export const requestFormStyles = css`
  .request {
    display: flex;
    flex-direction: column;
    gap: var(--peer-space, 1rem);
    max-width: 42rem;
  }
  .title {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.3;
  }
  h3 {
    margin: 0 0 0.4em;
    font-size: 1.05em;
  }
  .crisis-note p {
    margin: 0 0 0.5em;
  }
  form {
    display: flex;
    flex-direction: column;
    gap: var(--peer-space, 1rem);
  }
  fieldset {
    ${panelBox}
    margin: 0;
    padding: calc(var(--peer-space, 1rem) * 0.75) var(--peer-space, 1rem);
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-width: 0;
  }
  .preferences {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    margin-top: 0.25em;
  }
  fieldset.nested {
    border: 0;
    padding: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25em;
  }
  .field {
    font-weight: 600;
  }
  .field-group {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .hint {
    margin: 0;
    font-size: 0.9em;
    color: var(--peer-color-muted, #4b5563);
  }
  .counter.over {
    color: var(--peer-color-crisis, #9b1c1c);
    font-weight: 600;
  }
  .control {
    width: 100%;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--peer-color-crisis, #9b1c1c);
    border-width: 2px;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .radio,
  .checkbox {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.5em;
    min-height: 44px;
    padding-block: 0.6em 0;
  }
  .radio input,
  .checkbox input {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    margin: 0.15em 0 0;
    accent-color: var(--peer-color-accent, #1d5b8f);
  }
  .error {
    margin: 0;
    color: var(--peer-color-crisis, #9b1c1c);
    font-weight: 600;
  }
  .error::before {
    content: '⚠ ';
  }
  .error-summary,
  .panel {
    ${panelBox}
    border-width: 2px;
  }
  .error-summary {
    border-color: var(--peer-color-crisis, #9b1c1c);
  }
  .error-summary ul,
  .pending ul,
  .receipts ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .error-summary a {
    color: var(--peer-color-crisis, #9b1c1c);
  }
  .panel p {
    margin: 0 0 0.5em;
  }
  .status.sent {
    border-color: ${statusColor.success};
  }
  .status.retrying,
  .status.needs-sign-in,
  .status.needs-fix,
  .pending {
    border-color: ${statusColor.warning};
    background: ${statusColor.warningSurface};
  }
  .confidentiality {
    ${panelBox}
    background: #eef4f9;
    border-color: #b7cde0;
  }
  .confidentiality p {
    margin: 0 0 0.6em;
  }
  .preview summary {
    cursor: pointer;
    color: var(--peer-color-accent, #1d5b8f);
    text-decoration: underline;
    min-height: 24px;
  }
  .preview dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25em 1em;
    margin: 0.5em 0;
  }
  .preview dt {
    font-weight: 600;
  }
  .preview dd {
    margin: 0;
    white-space: pre-wrap;
  }
  .before-send {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .button.primary {
    align-self: flex-start;
  }
  [part~='status']:focus,
  .error-summary:focus {
    outline: 3px solid var(--peer-color-accent, #1d5b8f);
    outline-offset: 2px;
  }
`;
