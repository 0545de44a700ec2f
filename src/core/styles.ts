import { css } from 'lit';

/**
 * Shared look of every widget. Host pages are hostile by default (`* { all: unset }`, `img { width:
 * 100% }`, odd fonts), so the shadow root's `base` part starts from `all: initial` and builds back up
 * from `--peer-*` tokens only (documented on `PeerElement`). Custom properties survive `all`, which
 * is what makes theming work.
 */
export const baseStyles = css`
  /* Room between a widget and whatever is next to it on the page; a page sets --peer-space-outer to change it. */
  :host {
    display: block;
    margin-block: var(--peer-space-outer, calc(var(--peer-space, 1rem) * 1.5));
  }
  :host([hidden]) {
    display: none !important;
  }
  [part~='base'] {
    all: initial;
    /* A widget placed inside another widget's own layout sits flush: the outer one has the room. */
    --peer-space-outer: 0;
    display: block;
    box-sizing: border-box;
    font-family: var(--peer-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--peer-font-size, 1rem);
    line-height: 1.5;
    color: var(--peer-color-text, #1b1f24);
    text-align: start;
    overflow-wrap: anywhere;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--peer-color-accent, #1d5b8f);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  textarea:focus-visible,
  /* WebKit gives a date or time field's focus to the part being edited inside it: the field is :focus, not :focus-visible. */
  input:is([type='date'], [type='datetime-local'], [type='time']):focus {
    outline: 3px solid var(--peer-color-accent, #1d5b8f);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/**
 * The box every panel and card is drawn in (inbox, forms, roster and directory cards, notices, the
 * self-care plan's sections): the one place its border, corners, surface and room are written.
 * Interpolate it into a rule (`.card { ${panelBox} gap: 0.5em; }`); a rule may override `padding`
 * or `border-color` after it. `panelStyles` gives the plain `.panel` class.
 */
export const panelBox = css`
  padding: var(--peer-space, 1rem);
  border: 1px solid var(--peer-color-border, #c9ced6);
  border-radius: var(--peer-radius, 0.5rem);
  background: var(--peer-color-surface, #fff);
`;

/** `.panel`: a column of content in the panel box. */
export const panelStyles = css`
  .panel {
    ${panelBox}
    display: flex;
    flex-direction: column;
    gap: 0.75em;
  }
`;

/**
 * Status colours, each a documented `--peer-color-*` token with today's value as its default: the
 * only place these colours are written (test/supporter-side/status-colors.test.ts holds every stylesheet to
 * it). Elements that use one document it with `@cssprop`, so the README's theming tables list it.
 */
export const statusColor = {
  /** A supporter who is available now. */
  available: css`var(--peer-color-available, #1e7b34)`,
  /** A supporter who is busy. */
  busy: css`var(--peer-color-busy, #9a5b00)`,
  /** A supporter on a break. */
  onBreak: css`var(--peer-color-on-break, #5b4a8a)`,
  /** A supporter who is off duty. */
  offDuty: css`var(--peer-color-off-duty, var(--peer-color-muted, #4b5563))`,
  /** A status the widget does not know. */
  unknown: css`var(--peer-color-unknown, var(--peer-color-muted, #4b5563))`,
  /** A request past the time someone should have been in touch. */
  overdue: css`var(--peer-color-overdue, var(--peer-color-crisis, #9b1c1c))`,
  /** Something that worked (a request sent). */
  success: css`var(--peer-color-success, #1e7b34)`,
  /** Something to mind (offline, retrying, a warning): its border and text. */
  warning: css`var(--peer-color-warning, #9a5b00)`,
  /** Background behind a warning. */
  warningSurface: css`var(--peer-color-warning-surface, #fff8eb)`,
  /** A service that is open now. */
  openNow: css`var(--peer-color-open-now, #1e6b30)`,
  /** A listing not checked for a while. */
  stale: css`var(--peer-color-stale, #8a4b00)`,
} as const;

/** Buttons and text controls every widget shares: 44 px targets, visible states, tokens only. */
export const controlStyles = css`
  .button {
    font: inherit;
    font-weight: 600;
    min-height: 44px;
    padding: 0.45em 1.2em;
    border-radius: var(--peer-radius, 0.5rem);
    border: 2px solid var(--peer-color-accent, #1d5b8f);
    background: var(--peer-color-accent, #1d5b8f);
    color: var(--peer-color-on-accent, #fff);
    cursor: pointer;
  }
  .button.secondary {
    background: var(--peer-color-surface, #fff);
    color: var(--peer-color-accent, #1d5b8f);
    border-width: 1px;
    border-color: #6b7280;
    font-weight: 500;
  }
  .button:not(.secondary):not([disabled]):hover {
    filter: brightness(0.9);
  }
  .button.secondary:hover {
    background: color-mix(in srgb, var(--peer-color-accent, #1d5b8f) 9%, var(--peer-color-surface, #fff));
  }
  /* The one urgent action of a widget (the self-care plan's quick exit): filled, in the crisis colour. */
  .button.urgent {
    background: var(--peer-color-crisis, #9b1c1c);
    border: 2px solid var(--peer-color-crisis, #9b1c1c);
    color: var(--peer-color-on-accent, #fff);
    font-weight: 700;
  }
  .button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  .control {
    font: inherit;
    font-weight: 400;
    color: inherit;
    background: var(--peer-color-surface, #fff);
    border: 1px solid #6b7280;
    border-radius: calc(var(--peer-radius, 0.5rem) * 0.6);
    padding: 0.45em 0.6em;
    min-height: 44px;
    max-width: 100%;
  }
`;

/** The search-and-filter bar above a list (roster, directory), and its live count of matches. */
export const filterBarStyles = css`
  .filters {
    ${panelBox}
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75em 1em;
    padding: calc(var(--peer-space, 1rem) * 0.75);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    font-size: 0.9em;
    font-weight: 600;
  }
  .field.search {
    flex: 1 1 14em;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    font-size: 0.9em;
  }
  .check input {
    width: 1.2em;
    height: 1.2em;
    margin: 0;
    accent-color: var(--peer-color-accent, #1d5b8f);
  }
  .count {
    margin: 0;
    color: var(--peer-color-muted, #4b5563);
  }
`;

