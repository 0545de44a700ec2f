// Keyboard-only walkthroughs (issue 19): keys go through the runner (`sendKeys`: CDP for Chromium,
// WebDriver BiDi for Firefox, WebDriver classic for WebKit), so the browser moves the focus itself.
// Nothing here calls .focus(), .click() or sets .value on the page under test.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

export type Key = 'Tab' | 'Enter' | 'Space' | 'Escape' | 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageDown' | 'PageUp' | 'Backspace';

/**
 * This rig drives Chromium and Firefox with puppeteer (keys down and up one by one) and WebKit with
 * WebDriver classic, which takes only `press` and `type` (test/rig/engines.mjs).
 */
const webdriverOnly = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Chromium|Firefox/.test(navigator.userAgent);

/** One key, as the person presses it. */
export async function press(key: Key): Promise<void> {
  // " " is the space bar's key value in every driver (puppeteer over WebDriver BiDi knows no "Space").
  await sendKeys({ press: key === 'Space' ? ' ' : key });
}

/** Shift+Tab. Over WebDriver classic, the two key codes go in one action (Shift held while Tab goes down and up). */
export async function shiftTab(): Promise<void> {
  if (webdriverOnly) {
    // WebDriver key codes: U+E008 Shift, U+E004 Tab. Both go down in order and come up after.
    await sendKeys({ type: '\uE008\uE004' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  try {
    await sendKeys({ press: 'Tab' });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

/** One press of Tab (or Shift+Tab); answers where the focus went. */
async function tabOnce(back: boolean): Promise<HTMLElement | null> {
  if (back) await shiftTab();
  else await press('Tab');
  return deepActive();
}

/** Types words into the focused field, one key at a time. */
export async function typeText(text: string): Promise<void> {
  // WebDriver presses every key of one `type` down before any comes up; a letter pressed twice in a
  // row would then be one long press. One key per action types exactly what is written.
  if (webdriverOnly) for (const character of text) await sendKeys({ type: character });
  else await sendKeys({ type: text });
}

/** The element that has the focus, looking through open shadow roots. */
export function deepActive(): HTMLElement | null {
  let active = document.activeElement as HTMLElement | null;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement as HTMLElement;
  return active === document.body ? null : active;
}

function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** An approximation of the accessible name, enough to tell the controls of these widgets apart. */
export function nameOf(element: Element | null): string {
  if (!element) return '';
  const root = element.getRootNode() as Document | ShadowRoot;
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const words = labelledBy
      .split(/\s+/)
      .map((id) => textOf(root.getElementById(id)))
      .join(' ')
      .trim();
    if (words) return words;
  }
  const label = element.getAttribute('aria-label');
  if (label?.trim()) return label.trim();
  const labels = (element as HTMLInputElement).labels;
  if (labels?.length) return [...labels].map((candidate) => textOf(candidate)).join(' ');
  if (element.matches('input[type="file"]') && element.closest('label')) return textOf(element.closest('label'));
  if (element.matches('button, a, summary, [role="button"], [role="tab"], [role="radio"], [role="checkbox"], [role="option"]')) return textOf(element);
  if (element.matches('h1, h2, h3, h4, h5, h6')) return textOf(element);
  return element.getAttribute('title') ?? element.getAttribute('placeholder') ?? '';
}

/** Where the focus is, in words: the element, its name, and the hosts it sits in. */
export function describeElement(element: Element | null): string {
  if (!element) return '(page: nothing focused)';
  const hosts: string[] = [];
  let root = element.getRootNode();
  while (root instanceof ShadowRoot) {
    hosts.unshift(root.host.localName);
    root = root.host.getRootNode();
  }
  const what = element.localName + (element.getAttribute('type') ? `[type=${element.getAttribute('type')}]` : '') + (element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : '');
  const name = nameOf(element).slice(0, 80);
  return `${[...hosts, what].join(' > ')}${name ? ` "${name}"` : ''}`;
}

/** The focus path so far, one stop a line, for failure messages. */
export function describePath(path: (Element | null)[]): string {
  return path.map((element, index) => `  ${index + 1}. ${describeElement(element)}`).join('\n');
}

export type NameMatch = string | RegExp | ((element: HTMLElement) => boolean);

function matches(element: HTMLElement | null, wanted: NameMatch): boolean {
  if (!element) return false;
  if (typeof wanted === 'function') return wanted(element);
  const name = nameOf(element);
  return typeof wanted === 'string' ? name.startsWith(wanted) : wanted.test(name);
}

export interface TabOptions {
  /** Give up after this many presses (a missing control fails instead of looping). */
  max?: number;
  /** Shift+Tab instead of Tab. */
  back?: boolean;
  /** Said on failure. */
  why?: string;
}

/**
 * Presses Tab (or Shift+Tab) until the focused control's name starts with `wanted` (or matches it);
 * returns that control. Fails after `max` presses, listing every stop on the way.
 */
export async function tabTo(wanted: NameMatch, { max = 40, back = false, why }: TabOptions = {}): Promise<HTMLElement> {
  const path: (Element | null)[] = [];
  for (let presses = 0; presses < max; presses++) {
    const active = await tabOnce(back);
    path.push(active);
    if (matches(active, wanted)) return active!;
    // Past the page's last (or first) stop the focus goes into the browser's own toolbar, and Firefox
    // then no longer turns Enter into a click on the page: stop at the page's edge instead.
    if (active?.id === (back ? 'kb-before' : 'kb-after')) break;
  }
  throw new Error(`${why ? `${why}: ` : ''}no control named ${String(wanted)} ${path.length < max ? 'before the edge of the page' : `within ${max} ${back ? 'Shift+Tab' : 'Tab'} presses`}. Focus went:\n${describePath(path)}`);
}

/** Checks the focused control is the one wanted (by name), saying where the focus is if not. */
export function expectFocus(wanted: NameMatch, why = 'focus'): HTMLElement {
  const active = deepActive();
  if (!matches(active, wanted)) throw new Error(`${why}: expected the focus on ${String(wanted)}, but it is on ${describeElement(active)}`);
  return active!;
}

/** Whether `element` is `host` or inside it (through shadow roots). */
export function isInside(element: Element | null, host: Element): boolean {
  let node: Node | null = element;
  while (node) {
    if (node === host) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/**
 * Mounts `content` between a plain "Before" button (#kb-before) and an "After" button (#kb-after), the
 * page every walkthrough starts on (see fromTopOfPage); answers the page's wrapper.
 */
export async function betweenEdges(content: unknown): Promise<HTMLElement> {
  return fixture<HTMLElement>(html`<div>
    <button id="kb-before">Before</button>
    ${content}
    <button id="kb-after">After</button>
  </div>`);
}

/**
 * A page whose focus starts at its very top: a plain "Before" button ahead of the widgets and an
 * "After" button behind them, so that the first Tab from the top reaches "Before", and the walk out
 * of the widgets has somewhere to land. The page's own focus is let go first (blur), as when a
 * person arrives on the page; when the browser then goes on from where the focus last was, Shift+Tab
 * brings it back up to "Before". Nothing in the widget is focused by script.
 */
export async function fromTopOfPage(): Promise<void> {
  (deepActive() as HTMLElement | null)?.blur();
  (document.activeElement as HTMLElement | null)?.blur?.();
  const before = document.getElementById('kb-before');
  if (!before) throw new Error('the page has no #kb-before button: mount the widget with betweenEdges()');
  await press('Tab');
  if (deepActive() === before) return;
  // The browser went on from where the focus last was (its navigation starting point): back up to "Before".
  await tabTo((element) => element === before, { back: true, max: 300, why: 'back to the top of the page' });
}

/** Box of what the person sees for a control (a visually hidden input is shown by its label). */
export function visibleBox(element: Element): DOMRect {
  const box = element.getBoundingClientRect();
  if (box.width > 2 && box.height > 2) return box;
  return (element.closest('label') ?? element.parentElement ?? element).getBoundingClientRect();
}

export interface Stop {
  element: HTMLElement;
  /** Where it is on the page (viewport box plus the page's scroll when it had the focus). */
  box: { top: number; bottom: number; left: number; right: number };
}

/** Where `element` is on the page: its visible box plus the page's scroll. */
export function boxOnPage(element: Element): Stop['box'] {
  const box = visibleBox(element);
  return { top: box.top + scrollY, bottom: box.bottom + scrollY, left: box.left + scrollX, right: box.right + scrollX };
}

/**
 * Tabs from the current control until the focus leaves `host` (or `max` presses), recording each stop
 * inside it. Fails, with the path, if the focus never leaves: a keyboard trap.
 */
export async function walkOut(host: Element, { max = 120, back = false }: { max?: number; back?: boolean } = {}): Promise<{ stops: Stop[]; leftTo: HTMLElement | null }> {
  const stops: Stop[] = [];
  const path: (Element | null)[] = [];
  for (let presses = 0; presses < max; presses++) {
    const active = await tabOnce(back);
    path.push(active);
    if (!isInside(active, host)) return { stops, leftTo: active };
    // The page scrolls the focused control into view: measure it as it is now.
    stops.push({ element: active!, box: boxOnPage(active!) });
  }
  throw new Error(`the focus did not leave <${host.localName}> within ${max} ${back ? 'Shift+Tab' : 'Tab'} presses (a keyboard trap?). Focus went:\n${describePath(path.slice(-30))}`);
}

/**
 * The order of focus stops follows what the eye reads: each next stop is lower on the page, or in the
 * same row further right, or in a next column of a row of cards (further right, even if it starts
 * higher). Going back up-and-left, or left within one row, is out of order. `tolerance` (px) absorbs
 * rows of controls of unequal heights. Returns the pairs out of order, described.
 */
export function outOfVisualOrder(stops: Stop[], tolerance = 4): string[] {
  const problems: string[] = [];
  const boxes = stops.map((stop) => ({ stop, page: stop.box }));
  for (let index = 1; index < boxes.length; index++) {
    const a = boxes[index - 1].page;
    const b = boxes[index].page;
    const sameRow = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;
    const above = b.bottom <= a.top + tolerance;
    const leftOf = b.right <= a.left + tolerance;
    const rightOf = b.left >= a.right - tolerance;
    if ((above && !rightOf) || (sameRow && leftOf)) {
      problems.push(`${describeElement(boxes[index - 1].stop.element)} (${Math.round(a.left)},${Math.round(a.top)}) → ${describeElement(boxes[index].stop.element)} (${Math.round(b.left)},${Math.round(b.top)})`);
    }
  }
  return problems;
}

/**
 * From the top of the page, Tab through `host` until the focus leaves it, then Shift+Tab back until it
 * leaves by the top: no keyboard trap either way, out to #kb-after and back to #kb-before (see
 * betweenEdges), and the stops on the way in reading order. Answers both walks, for the caller's own
 * checks of how many stops there are.
 */
export async function walkThroughAndBack(host: Element, label = `<${host.localName}>`): Promise<{ forward: { stops: Stop[] }; backward: { stops: Stop[] } }> {
  await fromTopOfPage();
  const forward = await walkOut(host);
  expect(forward.leftTo?.id, `Tab left ${label} to`).to.equal('kb-after');
  expect(outOfVisualOrder(forward.stops), 'focus stops out of reading order').to.deep.equal([]);
  const backward = await walkOut(host, { back: true });
  expect(backward.leftTo?.id, `Shift+Tab left ${label} to`).to.equal('kb-before');
  return { forward, backward };
}
