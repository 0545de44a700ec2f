// Shared by the accessibility tests that axe cannot do (test/a11y/focus-visible, forced-colors,
// reduced-motion, status-messages, error-identification): every element mounted in its filled state
// against the real reference server, the deep active element, real Tab presses through an element's
// focus stops, and what a person sees at a focused control (its indicator, whether anything covers it).
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/peer-support.js';
import { configure } from '../../src/core/config.js';
import { openDatabase } from '../../src/core/storage.js';
import { localDay } from '../../src/follow-ups/reminder-store.js';
import { TEST_RESOURCES } from '../fixtures/resources.js';
import { bearerSession } from './accounts.js';
import { requestForAnyone } from './supporter-side.js';
import { API_URL } from './rig.js';

/** Every element the library defines (peer-support-config is configuration only: it shows nothing). */
export const ELEMENTS = [
  'peer-roster',
  'peer-supporter-card',
  'peer-request-form',
  'peer-self-care-plan',
  'peer-resource-directory',
  'peer-crisis-line',
  'peer-request-inbox',
  'peer-availability',
  'peer-contact-log',
  'peer-program-stats',
  'peer-supporter-session',
  'peer-follow-ups',
  'peer-notifications',
] as const;
export type ElementTag = (typeof ELEMENTS)[number];

/** An element's shadow text with runs of white space folded. */
export const shadowText = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

const settled = (element: Element, ...words: string[]) => () => {
  const text = shadowText(element);
  return words.every((word) => text.includes(word)) && !/Loading|Checking who is signed in|One moment…/.test(text);
};

/** How each element is put on a page with something in it, and what says it has finished loading. */
const FILLED: Record<ElementTag, { role?: 'supporter' | 'coordinator'; supporterId?: string; before?: () => Promise<void>; template: () => TemplateResult; ready: (element: HTMLElement) => () => boolean }> = {
  'peer-roster': { template: () => html`<peer-roster endpoint=${API_URL}></peer-roster>`, ready: (element) => () => element.shadowRoot!.querySelectorAll('[part~="card"], peer-supporter-card, article').length > 0 && settled(element)() },
  'peer-supporter-card': { template: () => html`<peer-supporter-card endpoint=${API_URL} supporter-id="ana-rivera"></peer-supporter-card>`, ready: (element) => settled(element, 'Ana') },
  'peer-request-form': { template: () => html`<peer-request-form endpoint=${API_URL}></peer-request-form>`, ready: (element) => () => element.shadowRoot!.querySelectorAll('option').length > 3 },
  'peer-self-care-plan': { template: () => html`<peer-self-care-plan plan-id="a11y-${crypto.randomUUID()}"></peer-self-care-plan>`, ready: (element) => () => !!element.shadowRoot!.querySelector('textarea, input') },
  'peer-resource-directory': { template: () => html`<peer-resource-directory .resources=${structuredClone(TEST_RESOURCES)}></peer-resource-directory>`, ready: (element) => settled(element, 'Maple EAP') },
  'peer-crisis-line': { template: () => html`<peer-crisis-line></peer-crisis-line>`, ready: (element) => () => !!element.shadowRoot!.querySelector('a') },
  'peer-request-inbox': {
    role: 'supporter',
    supporterId: 'chi-nguyen',
    before: async () => void (await requestForAnyone('Focus Tester')),
    template: () => html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`,
    ready: (element) => settled(element, 'Check again'),
  },
  'peer-availability': { role: 'supporter', supporterId: 'lupe-ramos', template: () => html`<peer-availability endpoint=${API_URL}></peer-availability>`, ready: (element) => () => !!element.shadowRoot!.querySelector('input[type="radio"], button') && settled(element)() },
  'peer-contact-log': { role: 'supporter', supporterId: 'dee-harper', template: () => html`<peer-contact-log endpoint=${API_URL}></peer-contact-log>`, ready: (element) => () => !!element.shadowRoot!.querySelector('form') && settled(element)() },
  'peer-program-stats': { role: 'coordinator', template: () => html`<peer-program-stats endpoint=${API_URL}></peer-program-stats>`, ready: (element) => () => !!element.shadowRoot!.querySelector('svg, table') && settled(element)() },
  'peer-supporter-session': { role: 'supporter', supporterId: 'ben-okafor', template: () => html`<peer-supporter-session endpoint=${API_URL}></peer-supporter-session>`, ready: (element) => settled(element, 'Signed in as') },
  'peer-follow-ups': {
    before: async () => {
      const database = (await openDatabase())!;
      await database.clear('reminders');
      await database.put('reminders', { id: 'a11y-due', dueOn: localDay(new Date(), -1), note: 'ask how the week went', createdAt: new Date().toISOString() });
      await database.put('reminders', { id: 'a11y-later', dueOn: localDay(new Date(), 4), note: 'check in after the shift change', createdAt: new Date().toISOString() });
    },
    template: () => html`<peer-follow-ups></peer-follow-ups>`,
    ready: (element) => () => !!element.shadowRoot!.querySelector('[part="due"]'),
  },
  'peer-notifications': { role: 'supporter', supporterId: 'jo-lindqvist', template: () => html`<peer-notifications endpoint=${API_URL} service-worker-url="/dist/peer-support-sw.js"></peer-notifications>`, ready: (element) => settled(element, 'Tell me on this device') },
};

/**
 * `tag` in its filled state, signed in as it needs (a supporter or a coordinator, through the
 * configuration's header provider), inside `wrap` when given (a host page of the test's own: a
 * function given the element's template, answering the page around it).
 */
export async function mountFilled<T extends HTMLElement = HTMLElement>(tag: ElementTag, wrap?: (inner: TemplateResult) => TemplateResult): Promise<T> {
  const how = FILLED[tag];
  if (how.role) configure({ headers: (await bearerSession(how.role, how.supporterId)).headers });
  await how.before?.();
  const inner = how.template();
  const outer = await fixture<HTMLElement>(wrap ? wrap(inner) : inner);
  const element = (outer.localName === tag ? outer : outer.querySelector<T>(tag)!) as T;
  await waitUntil(how.ready(element), `<${tag}> did not show its filled state: ${shadowText(element).slice(0, 200)}`, { timeout: 8000 });
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** The focused element, followed through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is `host` or inside it, across shadow roots. */
export function within(host: Element, node: Node | null): boolean {
  for (let current = node; current; current = current instanceof ShadowRoot ? current.host : (current.parentNode ?? null)) if (current === host) return true;
  return false;
}

/** A describable name for a focused control (test messages only). */
export function describe(element: Element): string {
  const label = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '';
  return `<${element.localName}${element.id ? `#${element.id}` : ''}${element.getAttribute('part') ? ` part="${element.getAttribute('part')}"` : ''}> "${label.replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
}

/**
 * Every focus stop in `host`, reached with real Tab presses from a button placed just before it
 * (Shift+Tab from one placed just after it when `backwards`), until the focus leaves `host`. `atEach`
 * runs at every stop, while it has the focus.
 */
export async function walkFocus(host: HTMLElement, atEach: (control: Element) => void | Promise<void>, { backwards = false, max = 80 } = {}): Promise<Element[]> {
  // A button on each side: the walk starts on one and ends on the other, so the focus never leaves the
  // page for the browser's own UI (in Firefox the next test's page would then have no focus to show).
  const start = document.createElement('button');
  const end = document.createElement('button');
  start.textContent = 'start of the walk';
  end.textContent = 'end of the walk';
  if (backwards) {
    host.after(start);
    host.before(end);
  } else {
    host.before(start);
    host.after(end);
  }
  const stops: Element[] = [];
  try {
    start.focus();
    for (let step = 0; step < max; step++) {
      await pressTab(backwards);
      await nextFrames(); // the browser's scroll to the control, and the element's own (PeerElement keeps the focus in sight)
      const active = deepActiveElement();
      if (!active || !within(host, active)) return stops;
      if (stops.includes(active)) continue; // a control that re-renders keeps its place: count it once
      stops.push(active);
      await atEach(active);
    }
    throw new Error(`more than ${max} focus stops in <${host.localName}>: the walk never left it`);
  } finally {
    start.remove();
    end.remove();
  }
}

/** WebKit runs over WebDriver classic (the others over puppeteer): it takes only whole key presses. */
const webdriverClassic = !navigator.userAgent.includes('Chrome/') && !navigator.userAgent.includes('Firefox/');

/** Two animation frames from now: what a focus change scrolled and laid out is in place. */
export const nextFrames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** One real Tab press (Shift+Tab when `backwards`). */
export async function pressTab(backwards = false): Promise<void> {
  if (!backwards) return sendKeys({ press: 'Tab' });
  if (webdriverClassic) {
    // WebDriver classic (WebKit) has no separate key down and up: U+E008 Shift and U+E004 Tab go in
    // one action, Shift held while Tab goes down and up.
    return sendKeys({ type: '\uE008\uE004' });
  }
  await sendKeys({ down: 'Shift' });
  try {
    await sendKeys({ press: 'Tab' });
  } finally {
    await sendKeys({ up: 'Shift' });
  }
}

const px = (value: string) => parseFloat(value) || 0;

/**
 * The focus indicator a person sees on `control`: its own outline, or the outline of the label it
 * sits in (segments and chips draw it on their label, the file button on its wrapper), 2 px or more
 * and not `none`. Answers what it found, or undefined when there is none.
 */
export function focusIndicator(control: Element): string | undefined {
  const candidates: Element[] = [control];
  const wrapper = control.closest('label, .file-button');
  if (wrapper && wrapper !== control) candidates.push(wrapper);
  for (const element of candidates) {
    const style = getComputedStyle(element);
    if (style.outlineStyle !== 'none' && px(style.outlineWidth) >= 2) return `${element.localName}: outline ${style.outlineWidth} ${style.outlineStyle}`;
  }
  return undefined;
}

/** What is drawn at (x, y) on the page, followed down through shadow roots. */
export function deepElementFromPoint(x: number, y: number): Element | null {
  let found = document.elementFromPoint(x, y);
  while (found?.shadowRoot) {
    const inner = found.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === found) break;
    found = inner;
  }
  return found;
}

/**
 * Whether `control` is what a pointer at its centre reaches (it or something inside it, or for an
 * input its own label), i.e. nothing the page or the element drew covers it. Answers what covers it.
 */
export function coveredBy(control: Element): Element | undefined {
  const box = control.getBoundingClientRect();
  const x = Math.min(Math.max(box.left + box.width / 2, 0), innerWidth - 1);
  const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 12), 0), innerHeight - 1);
  const hit = deepElementFromPoint(x, y);
  if (!hit) return document.documentElement;
  if (within(control, hit)) return undefined;
  const labels = (control as HTMLInputElement).labels;
  if (labels && [...labels].some((label) => within(label, hit))) return undefined;
  return hit;
}

/** Whether `control` is in the viewport at all (a control scrolled out of view is not "visible"). */
export function inViewport(control: Element): boolean {
  const box = control.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
}

/** Style sheets of `root` (adopted and <style>), then of every shadow root inside it. */
export function shadowSheets(root: ShadowRoot): CSSStyleSheet[] {
  const sheets = [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((style) => style.sheet!).filter(Boolean)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) sheets.push(...shadowSheets(element.shadowRoot));
  return sheets;
}

/** Every shadow root in `root`, itself first. */
export function shadowRoots(root: ShadowRoot): ShadowRoot[] {
  const roots = [root];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(...shadowRoots(element.shadowRoot));
  return roots;
}

export interface EmulatedMedia {
  /** True when the browser itself emulates the feature (Chromium, through CDP): the page is drawn as it would be. */
  emulated: boolean;
  restore(): Promise<void>;
}

/**
 * Turns a media feature on (`forced-colors: active`, `prefers-reduced-motion: reduce`). Chromium
 * emulates it through the `media-features` command (test/rig/media-features-plugin.mjs); matchMedia
 * and every stylesheet then see it, and forced colours repaint the page in the system palette.
 * Firefox and WebKit cannot emulate it: there the rules each shadow root inside `host` has under
 * that feature are taken out of their @media blocks into a sheet adopted after its own, so they
 * apply as they would (scripts and the browser's own forced palette do not change: tests say which
 * of their checks need the real emulation).
 */
export async function emulateMediaFeature(host: HTMLElement, name: string, value: string): Promise<EmulatedMedia> {
  const { emulated } = await executeServerCommand<{ emulated: boolean }, { features: { name: string; value: string }[] }>('media-features', { features: [{ name, value }] });
  if (emulated) {
    if (!matchMedia(`(${name}: ${value})`).matches) throw new Error(`(${name}: ${value}) was emulated but does not match`);
    return { emulated, restore: async () => void (await executeServerCommand('media-features', { features: [{ name, value: '' }] })) };
  }
  const feature = new RegExp(`\\(\\s*${name}\\s*:\\s*${value}\\s*\\)`, 'i');
  const adopted: [ShadowRoot, CSSStyleSheet][] = [];
  for (const root of shadowRoots(host.shadowRoot!)) {
    const rules: string[] = [];
    const collect = (list: CSSRuleList) => {
      for (const rule of list) if (rule instanceof CSSMediaRule && feature.test(rule.conditionText ?? rule.media.mediaText)) rules.push(...[...rule.cssRules].map((inner) => inner.cssText));
    };
    for (const sheet of [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((style) => style.sheet!).filter(Boolean)]) collect(sheet.cssRules);
    if (rules.length === 0) continue;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules.join('\n'));
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    adopted.push([root, sheet]);
  }
  return {
    emulated,
    restore: async () => {
      for (const [root, sheet] of adopted) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((candidate) => candidate !== sheet);
    },
  };
}
