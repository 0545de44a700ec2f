import { css } from 'lit';
export const rosterStyles = css `
  .roster {
    display: flex;
    flex-direction: column;
    gap: var(--peer-space, 1rem);
  }
  .notice {
    margin: 0;
    padding: calc(var(--peer-space, 1rem) * 0.75);
    border-radius: var(--peer-radius, 0.5rem);
    border: 1px solid var(--peer-color-border, #c9ced6);
    background: var(--peer-color-surface, #fff);
  }
  .notice p {
    margin: 0 0 0.5em;
  }
  .notice p:last-child {
    margin-bottom: 0;
  }
  .notice.offline {
    border-color: #9a5b00;
    background: #fff8eb;
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
    display: flex;
    flex-direction: column;
    gap: 0.6em;
    padding: var(--peer-space, 1rem);
    border: 1px solid var(--peer-color-border, #c9ced6);
    border-radius: var(--peer-radius, 0.5rem);
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
