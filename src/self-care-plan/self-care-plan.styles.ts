import { css } from 'lit';
import { panelBox, statusColor } from '../core/styles.js';

export const selfCarePlanStyles = css`
  .plan {
    display: flex;
    flex-direction: column;
    gap: var(--peer-space, 1rem);
    max-width: 48rem;
  }
  .plan-header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5em;
  }
  h2 {
    margin: 0;
    font-size: 1.35em;
  }
  h3 {
    margin: 0 0 0.4em;
    font-size: 1.15em;
  }
  h4 {
    margin: 0.8em 0 0.2em;
    font-size: 1em;
  }
  p {
    margin: 0;
  }
  /* The one urgent action: filled in the crisis colour, whatever the other buttons look like. */
  .button.quick-exit {
    background: var(--peer-color-crisis, #9b1c1c);
    border: 2px solid var(--peer-color-crisis, #9b1c1c);
    color: var(--peer-color-on-accent, #fff);
    font-weight: 700;
  }
  .button.quick-exit:hover {
    background: var(--peer-color-crisis, #9b1c1c);
    filter: brightness(0.88);
  }
  .status {
    color: var(--peer-color-muted, #4b5563);
    font-size: 0.9em;
  }
  .notice {
    font-weight: 600;
  }
  .status.unavailable,
  .status.conflict,
  .notice.problem {
    color: var(--peer-color-crisis, #9b1c1c);
    font-weight: 600;
  }
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
  }
  .step-link {
    font: inherit;
    font-size: 0.9em;
    min-height: 44px;
    padding: 0.3em 0.7em;
    border-radius: 999px;
    border: 1px solid var(--peer-color-border, #c9ced6);
    background: var(--peer-color-surface, #fff);
    color: inherit;
    cursor: pointer;
  }
  .step-link[aria-current='step'] {
    border: 2px solid var(--peer-color-accent, #1d5b8f);
    font-weight: 700;
  }
  .step-number {
    font-weight: 700;
    color: var(--peer-color-accent, #1d5b8f);
  }
  .section,
  .overview,
  .panel,
  .tools {
    ${panelBox}
    display: flex;
    flex-direction: column;
    gap: 0.6em;
  }
  .panel.warning {
    border-color: ${statusColor.warning};
    background: ${statusColor.warningSurface};
  }
  .progress,
  .example,
  .hint,
  .summary-label {
    color: var(--peer-color-muted, #4b5563);
    font-size: 0.9em;
  }
  .summary-label {
    font-weight: 600;
    margin-top: 0.3em;
  }
  .summary-value {
    white-space: pre-wrap;
  }
  .section-title:focus {
    outline: none;
  }
  .field-group,
  .list {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
  }
  .field {
    font-weight: 600;
  }
  .control {
    width: 100%;
  }
  textarea.control {
    resize: vertical;
  }
  fieldset.entry {
    ${panelBox}
    margin: 0;
    padding: 0.6em 0.8em;
    display: flex;
    flex-direction: column;
    gap: 0.3em;
    min-width: 0;
  }
  legend {
    font-weight: 700;
  }
  .item {
    display: flex;
    gap: 0.5em;
  }
  .item .control {
    flex: 1;
    min-width: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .button.danger {
    border-color: var(--peer-color-crisis, #9b1c1c);
  }
  .button.secondary.danger {
    color: var(--peer-color-crisis, #9b1c1c);
  }
  .button.danger:not(.secondary) {
    background: var(--peer-color-crisis, #9b1c1c);
  }
  .file-button {
    display: inline-flex;
    align-items: center;
  }
  .file-button:focus-within {
    outline: 3px solid var(--peer-color-accent, #1d5b8f);
    outline-offset: 2px;
  }
  .link-button {
    font: inherit;
    font-size: 0.85em;
    border: 0;
    background: none;
    padding: 0;
    color: var(--peer-color-accent, #1d5b8f);
    text-decoration: underline;
    cursor: pointer;
    min-height: 24px;
  }
  .overview ul {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .empty {
    color: var(--peer-color-muted, #4b5563);
  }
  @media print {
    .plan-header button,
    .privacy,
    .status,
    nav,
    .tools,
    .edit-link,
    .notice,
    .lock-first,
    .replace-confirm {
      display: none !important;
    }
    .overview {
      border: 0;
      padding: 0;
    }
    .overview-section {
      break-inside: avoid;
    }
    [part~='base'] {
      font-size: 11pt;
      color: #000;
    }
  }
`;
