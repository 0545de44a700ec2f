import { css } from 'lit';
import { panelBox, statusColor } from '../core/styles.js';

export const rosterStyles = css`
  .roster {
    display: flex;
    flex-direction: column;
    gap: var(--peer-space, 1rem);
  }
  /* The live region for a notice is always there (words added to a region inserted with them are
     often not announced); while it is empty it takes no room in the column. */
  .notice-region:empty {
    position: absolute;
  }
  .notice {
    ${panelBox}
    margin: 0;
    padding: calc(var(--peer-space, 1rem) * 0.75);
  }
  .notice p {
    margin: 0 0 0.5em;
  }
  .notice p:last-child {
    margin-bottom: 0;
  }
  .notice.offline {
    border-color: ${statusColor.warning};
    background: ${statusColor.warningSurface};
  }
  .loosen {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--peer-space, 1rem);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr));
  }
  :host([layout='list']) .list {
    grid-template-columns: 1fr;
  }
  /* Compact: a dense directory of names, status and ways to reach, about half a card's height. */
  :host([layout='compact']) .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
    gap: calc(var(--peer-space, 1rem) * 0.5);
  }
  :host([layout='compact']) .card {
    gap: 0.35em;
    padding: calc(var(--peer-space, 1rem) * 0.6) calc(var(--peer-space, 1rem) * 0.75);
    font-size: 0.92em;
  }
  :host([layout='compact']) .card-header {
    gap: 0.6em;
    align-items: center;
  }
  :host([layout='compact']) .avatar {
    width: 2.25em;
    height: 2.25em;
    font-size: 0.9em;
  }
  :host([layout='compact']) .name {
    font-size: 1.05em;
  }
  :host([layout='compact']) .since,
  :host([layout='compact']) .role {
    display: none;
  }
  :host([layout='compact']) .languages {
    font-size: 0.9em;
  }
  :host([layout='compact']) .actions {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em 0.75em;
  }
  :host([layout='compact']) .channels {
    margin: 0;
  }
  :host([layout='compact']) .actions .button {
    min-height: 40px;
    padding-block: 0.3em;
    padding-inline: 0.9em;
  }
  .show-more {
    align-self: center;
  }
  .skeleton {
    ${panelBox}
    display: flex;
    flex-direction: column;
    gap: 0.6em;
    min-height: 10em;
  }
  .skeleton span {
    display: block;
    height: 1em;
    border-radius: 0.25em;
    background: #e5e7eb;
    animation: pulse 1.6s ease-in-out infinite;
  }
  .skeleton span:first-child {
    width: 3.5em;
    height: 3.5em;
    border-radius: 50%;
  }
  .skeleton span:last-child {
    width: 60%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton span {
      animation: none;
    }
  }
`;
