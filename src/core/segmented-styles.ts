import { css } from 'lit';

/**
 * A compact segmented control and chips, both built on native inputs so the browser gives them
 * their roles and keys: radios for one choice (arrow keys move it, Tab leaves the group), checkboxes
 * for several (Space toggles). Markup: `<fieldset class="segmented"><legend>…</legend><div
 * class="segments"><label class="segment"><input type="radio" …><span>…</span></label>…</div></fieldset>`,
 * or `.chips` / `.chip-list` / `.chip` the same way (chips wrap; segments share one row, or two to
 * a row when narrow). The input stays over its label, only transparent, so that focus, clicks and
 * screen readers reach it. Only the elements that have such controls load it (the staff-side pages
 * do not pay for it).
 */
export const segmentedStyles = css`
  .segmented,
  .chips {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .segmented legend,
  .chips legend {
    padding: 0;
    margin-bottom: 0.35em;
    font-weight: 600;
  }
  /* Equal segments in one row; two to a row when the control is narrow. 1 px lines drawn by the gap. */
  .segmented {
    display: block;
    container-type: inline-size;
  }
  .chips {
    display: block;
  }
  .segments {
    display: grid;
    grid-auto-flow: column;
    grid-auto-columns: 1fr;
    gap: 1px;
    border: 1px solid #6b7280;
    border-radius: var(--peer-radius, 0.5rem);
    background: #6b7280;
    overflow: hidden;
  }
  @container (max-width: 22em) {
    .segments {
      grid-auto-flow: row;
      grid-template-columns: 1fr 1fr;
    }
  }
  .chip-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .segment,
  .chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    cursor: pointer;
    font-weight: 500;
    line-height: 1.2;
    text-align: center;
    overflow-wrap: normal;
  }
  .segment {
    padding: 0.35em 0.5em;
    background: var(--peer-color-surface, #fff);
    /* Words wrap between them (never mid-word) when a label is longer than its segment: Spanish at
       320 px, or a reader's wider letter spacing, would otherwise be cut off by the rounded box. */
    white-space: normal;
    font-size: 0.95em;
  }
  .chip {
    padding: 0.3em 0.85em;
    border: 1px solid #6b7280;
    border-radius: 999px;
    background: var(--peer-color-surface, #fff);
    font-size: 0.95em;
  }
  .segment input,
  .chip input {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .segment:hover,
  .chip:hover {
    background: color-mix(in srgb, var(--peer-color-accent, #1d5b8f) 9%, var(--peer-color-surface, #fff));
  }
  .segment:has(input:checked),
  .chip:has(input:checked) {
    background: var(--peer-color-accent, #1d5b8f);
    color: var(--peer-color-on-accent, #fff);
    border-color: var(--peer-color-accent, #1d5b8f);
  }
  .chip:has(input:checked)::before {
    content: '✓';
    margin-inline-end: 0.35em;
    font-weight: 700;
  }
  .segment:has(input:focus-visible),
  .chip:has(input:focus-visible) {
    outline: 3px solid var(--peer-color-accent, #1d5b8f);
    outline-offset: 2px;
    z-index: 1;
  }
  .segments:has(input:focus-visible) {
    overflow: visible;
  }
  .segment input:focus-visible,
  .chip input:focus-visible {
    outline: none;
  }
  /* Windows high contrast paints every background in the one system colour: the 1 px lines drawn by
     the gap and the filled selected segment would vanish. Each segment gets a border of its own, and
     the selected one its system colours and the chips' check mark, so it differs by more than colour. */
  @media (forced-colors: active) {
    .segments {
      gap: 0;
      border: 0;
    }
    .segment {
      border: 1px solid CanvasText;
    }
    .segment:has(input:checked),
    .chip:has(input:checked) {
      background: SelectedItem;
      color: SelectedItemText;
      border-color: SelectedItem;
      font-weight: 700;
    }
    .segment:has(input:checked)::before {
      content: '✓';
      margin-inline-end: 0.35em;
    }
  }
`;
