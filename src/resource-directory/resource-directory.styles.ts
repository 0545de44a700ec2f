import { css } from 'lit';
import { panelBox, statusColor } from '../core/styles.js';

export const resourceDirectoryStyles = css`
  .directory {
    display: flex;
    flex-direction: column;
    gap: var(--peer-space, 1rem);
  }
  .notice {
    ${panelBox}
    padding: calc(var(--peer-space, 1rem) * 0.75);
  }
  .notice p {
    margin: 0 0 0.5em;
  }
  .notice.offline {
    border-color: ${statusColor.warning};
    background: ${statusColor.warningSurface};
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--peer-space, 1rem) * 0.75);
  }
  :host([layout='grid']) .list {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
  }
  .listing {
    ${panelBox}
    height: 100%;
    display: flex;
    flex-direction: column;
    gap: 0.4em;
  }
  .listing p {
    margin: 0;
  }
  .crisis-listing {
    border: 2px solid var(--peer-color-crisis, #9b1c1c);
    border-inline-start-width: 0.4rem;
    background: var(--peer-color-crisis-surface, #fdf2f2);
  }
  .category {
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--peer-color-muted, #4b5563);
  }
  .name {
    margin: 0;
    font-size: 1.15em;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.6em;
    align-items: center;
    font-size: 0.85em;
  }
  .badge {
    border-radius: 999px;
    padding: 0.05em 0.6em;
    border: 1px solid currentColor;
    font-weight: 600;
  }
  .badge.open {
    color: ${statusColor.openNow};
  }
  .badge.closed {
    color: var(--peer-color-muted, #4b5563);
  }
  .badge.stale {
    color: ${statusColor.stale};
  }
  .verified,
  .note,
  .zone,
  .facts,
  .hours-note {
    color: var(--peer-color-muted, #4b5563);
    font-size: 0.9em;
  }
  .contacts {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .contacts a {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
    font-weight: 600;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2em 1.2em;
  }
  .hours summary {
    cursor: pointer;
    min-height: 24px;
    color: var(--peer-color-accent, #1d5b8f);
  }
  .hours dl {
    margin: 0.3em 0;
    display: grid;
    gap: 0.1em;
  }
  .day {
    display: grid;
    grid-template-columns: 9em 1fr;
    padding: 0.1em 0.3em;
  }
  .day.today {
    font-weight: 700;
    background: #eef4f9;
    border-radius: 0.25em;
  }
  .day dd {
    margin: 0;
  }
  .show-more {
    align-self: center;
  }
  .skeleton {
    height: 8em;
    border-radius: var(--peer-radius, 0.5rem);
    background: #e5e7eb;
  }
`;
