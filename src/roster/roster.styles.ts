import { css } from 'lit';
import { panelBox, statusColor } from '../core/styles.js';

export const rosterStyles = css`
  .roster {
    display: flex;
    flex-direction: column;
    gap: var(--peer-space, 1rem);
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
  :host([layout='compact']) .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
    gap: calc(var(--peer-space, 1rem) * 0.5);
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
