import { css } from 'lit';

export const crisisLineStyles = css`
  [part~='base'] {
    border-inline-start: 0.3rem solid var(--peer-color-crisis, #9b1c1c);
    background: var(--peer-color-crisis-surface, #fdf2f2);
    border-radius: var(--peer-radius, 0.5rem);
    padding: calc(var(--peer-space, 1rem) * 0.75) var(--peer-space, 1rem);
  }
  [part~='heading'] {
    display: block;
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  [part~='message'] {
    margin: 0;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    margin-block-start: 0.5em;
  }
  a[part~='link'] {
    color: var(--peer-color-crisis, #9b1c1c);
    font-weight: 600;
    min-height: 24px;
    display: inline-flex;
    align-items: center;
  }
  :host([compact]) [part~='heading'] {
    display: inline;
    margin-inline-end: 0.4em;
  }
  :host([compact]) [part~='message'] {
    display: inline;
  }
`;
