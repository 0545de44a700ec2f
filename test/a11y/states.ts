// Every element of the library in every state a person meets it in, each mounted against the real
// reference server (or the fault proxy in front of it) and resolved once that state is on screen.
// The accessibility checks in this folder run over this list; other tests may import it too.
//
// Faults are set at the proxy (injectFault), never by touching fetch. A state that leaves something
// behind (a fault, an outbox entry, a reminder) is cleared by `resetStates()` after each test.
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { TemplateResult } from 'lit';
import '../../src/peer-support.js';
import { resetConfiguration } from '../../src/core/config.js';
import { openDatabase } from '../../src/core/storage.js';
import { localDay } from '../../src/follow-ups/reminder-store.js';
import type { PeerSelfCarePlan } from '../../src/self-care-plan/self-care-plan.js';
import type { PeerRequestForm } from '../../src/request-form/request-form.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { FULL_PLAN } from '../fixtures/plan.js';
import { MONDAY_MORNING_CHICAGO, TEST_RESOURCES } from '../fixtures/resources.js';
import { API_URL, PROXY_URL, clearFaults, injectFault } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { emptyOutbox, requestLeftFromEarlierVisit } from '../support/outbox-helpers.js';
import { requestForAnyone } from '../support/supporter-side.js';

export interface ElementState {
  element: string;
  state: string;
  mount(): Promise<HTMLElement>;
}

// ---------------------------------------------------------------------------------------------
// Small helpers: finding things the way a person does, and waiting for a state to show.

const words = (element: Element) => (element.shadowRoot ?? element).textContent!.replace(/\s+/g, ' ');
const $ = <T extends Element = HTMLElement>(element: HTMLElement, selector: string) => element.shadowRoot!.querySelector<T>(selector);

async function until(element: HTMLElement, ready: () => unknown, what: string): Promise<HTMLElement> {
  try {
    await waitUntil(ready, '', { timeout: 8_000 });
  } catch {
    throw new Error(`<${element.localName}> did not reach "${what}"; it shows: ${words(element).slice(0, 300)}`);
  }
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}
const saying = (element: HTMLElement, text: string) => until(element, () => words(element).includes(text), text);

function buttonNamed(element: HTMLElement, label: string, scope: ParentNode = element.shadowRoot!): HTMLButtonElement {
  const found = [...scope.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent!.replace(/\s+/g, ' ').trim().startsWith(label));
  if (!found) throw new Error(`<${element.localName}> has no button "${label}"`);
  return found;
}
function labelled(element: HTMLElement, label: string): HTMLInputElement {
  const found = [...element.shadowRoot!.querySelectorAll('label')].find((candidate) => candidate.textContent!.replace(/\s+/g, ' ').trim().startsWith(label));
  const input = found && (found.querySelector('input') ?? (found.htmlFor ? element.shadowRoot!.getElementById(found.htmlFor) : null));
  if (!input) throw new Error(`<${element.localName}> has no field "${label}"`);
  return input as HTMLInputElement;
}
async function typeInto(element: HTMLElement, input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new FocusEvent('blur'));
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

/** Opens every closed `<details>` of the element (and of widgets inside it): "disclosures open". */
async function openDisclosures(element: HTMLElement): Promise<HTMLElement> {
  const opened = [...element.shadowRoot!.querySelectorAll('details')];
  if (opened.length === 0) throw new Error(`<${element.localName}> has no disclosure to open`);
  for (const details of opened) details.open = true;
  await until(element, () => opened.every((details) => details.open), 'disclosures open');
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return element;
}

/** Mounts `template` and returns the element named `tag` inside it (the template may wrap it in <peer-support-config>). */
async function mount(template: TemplateResult, tag: string): Promise<HTMLElement> {
  const outer = await fixture<HTMLElement>(template);
  const element = outer.localName === tag ? outer : outer.querySelector<HTMLElement>(tag)!;
  await (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}

/** A request the proxy holds for this long stays "loading" for the whole check (it is cleared after the test). */
const HOLD = { delayMs: 8_000, times: 1 };
const problem = (status: number, title: string) => ({ status, contentType: 'application/problem+json', body: { type: 'about:blank', title, status } });
const SERVER_ERROR = problem(500, 'Internal Server Error');
const FORBIDDEN = problem(403, 'Forbidden');
/** A 200 whose body is not what the contract says. */
const BAD_BODY = { status: 200, contentType: 'application/json', body: { nothing: 'like a list' } };

const signedIn = async (role: 'supporter' | 'coordinator', supporterId?: string) => (await bearerSession(role, supporterId)).headers;

let planCounter = 0;
const planId = () => `a11y-plan-${Date.now()}-${planCounter++}`;

async function plan(): Promise<PeerSelfCarePlan> {
  const element = (await mount(html`<peer-self-care-plan plan-id=${planId()}></peer-self-care-plan>`, 'peer-self-care-plan')) as PeerSelfCarePlan;
  await until(element, () => $(element, 'textarea'), 'the plan');
  element.replacePlan(structuredClone(FULL_PLAN));
  await element.updateComplete;
  return element;
}
async function planAtStep(index: number): Promise<HTMLElement> {
  const element = await plan();
  const steps = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="step"]');
  steps[index].click();
  await element.updateComplete;
  return until(element, () => element.shadowRoot!.querySelectorAll('[part~="step"]')[index].getAttribute('aria-current'), `step ${index + 1}`);
}

async function requestForm(endpoint = PROXY_URL): Promise<PeerRequestForm> {
  const form = (await mount(html`<peer-request-form endpoint=${endpoint} .supporters=${structuredClone(TEST_SUPPORTERS)}></peer-request-form>`, 'peer-request-form')) as PeerRequestForm;
  return form;
}
async function fillRequest(form: PeerRequestForm) {
  await typeInto(form, $<HTMLInputElement>(form, '[id$="-name"]')!, 'Sam');
  labelled(form, 'Text message').click();
  await form.updateComplete;
  await typeInto(form, $<HTMLInputElement>(form, '[id$="-channelValue"]')!, '555-010-0199');
  labelled(form, 'In the next few days').click();
  labelled(form, 'I have read what stays confidential and its limits.').click();
  await form.updateComplete;
}

const inboxLoaded = (inbox: HTMLElement) => until(inbox, () => words(inbox).includes('Check again') && !words(inbox).includes('Loading'), 'the inbox');
const supporterSide = (tag: string, endpoint: string, headers?: Record<string, string>, locale = 'en') =>
  mount(html`<peer-support-config endpoint=${endpoint} locale=${locale} .headers=${headers}>${tagged(tag)}</peer-support-config>`, tag);

/** Lit cannot template a tag name; the supporter-side tags are few, so they are listed. */
function tagged(tag: string): TemplateResult {
  switch (tag) {
    case 'peer-request-inbox':
      return html`<peer-request-inbox></peer-request-inbox>`;
    case 'peer-availability':
      return html`<peer-availability></peer-availability>`;
    case 'peer-contact-log':
      return html`<peer-contact-log></peer-contact-log>`;
    case 'peer-program-stats':
      return html`<peer-program-stats></peer-program-stats>`;
    case 'peer-supporter-session':
      return html`<peer-supporter-session></peer-supporter-session>`;
    case 'peer-notifications':
      return html`<peer-notifications service-worker-url="/dist/peer-support-sw.js"></peer-notifications>`;
    default:
      throw new Error(`no template for <${tag}>`);
  }
}
const SIGN_IN = 'Please open the sign-in link';

async function reminders(entries: { id: string; inDays: number; note?: string }[]) {
  const database = (await openDatabase())!;
  await database.clear('reminders');
  for (const entry of entries) await database.put('reminders', { id: entry.id, dueOn: localDay(new Date(), entry.inDays), note: entry.note, createdAt: new Date().toISOString() });
}
async function followUps(): Promise<HTMLElement> {
  const element = await mount(html`<peer-follow-ups></peer-follow-ups>`, 'peer-follow-ups');
  await (element as HTMLElement & { ready: Promise<unknown> }).ready;
  return element;
}

// ---------------------------------------------------------------------------------------------
// The catalogue.

export const STATES: ElementState[] = [
  // <peer-roster>
  {
    element: 'peer-roster',
    state: 'loading',
    mount: async () => {
      await injectFault({ match: '/api/supporters', ...HOLD });
      const roster = await mount(html`<peer-roster endpoint=${PROXY_URL}></peer-roster>`, 'peer-roster');
      return until(roster, () => $(roster, '[part~="skeleton"]'), 'skeleton');
    },
  },
  {
    element: 'peer-roster',
    state: 'filled',
    mount: async () => {
      const roster = await mount(html`<peer-roster endpoint=${API_URL}></peer-roster>`, 'peer-roster');
      return until(roster, () => $(roster, '[part~="card"]'), 'cards');
    },
  },
  {
    element: 'peer-roster',
    state: 'no one matches the filters',
    mount: async () => {
      const roster = await mount(html`<peer-roster endpoint=${API_URL}></peer-roster>`, 'peer-roster');
      await until(roster, () => $(roster, '[part~="search"]'), 'filters');
      await typeInto(roster, $<HTMLInputElement>(roster, '[part~="search"]')!, 'zzzz nobody like this');
      return saying(roster, 'No one matches all of these');
    },
  },
  {
    element: 'peer-roster',
    state: 'empty',
    mount: async () => {
      await injectFault({ match: '/api/a11y-empty/supporters', status: 200, contentType: 'application/json', body: { items: [] } });
      const roster = await mount(html`<peer-roster endpoint=${PROXY_URL + 'a11y-empty/'}></peer-roster>`, 'peer-roster');
      return saying(roster, 'No supporters are listed yet');
    },
  },
  {
    element: 'peer-roster',
    state: 'error (500, nothing kept)',
    mount: async () => {
      await injectFault({ match: '/api/a11y-500/', ...SERVER_ERROR });
      const roster = await mount(html`<peer-roster endpoint=${PROXY_URL + 'a11y-500/'}></peer-roster>`, 'peer-roster');
      return saying(roster, 'We could not load the peer support team right now.');
    },
  },
  {
    element: 'peer-roster',
    state: 'error (bad body)',
    mount: async () => {
      await injectFault({ match: '/api/a11y-bad/', ...BAD_BODY });
      const roster = await mount(html`<peer-roster endpoint=${PROXY_URL + 'a11y-bad/'}></peer-roster>`, 'peer-roster');
      return saying(roster, 'We could not load the peer support team right now.');
    },
  },
  {
    element: 'peer-roster',
    state: 'offline (last copy shown)',
    mount: async () => {
      const first = await mount(html`<peer-roster endpoint=${PROXY_URL}></peer-roster>`, 'peer-roster');
      await until(first, () => $(first, '[part~="card"]'), 'cards');
      await injectFault({ match: '/api/supporters', drop: true });
      const roster = await mount(html`<peer-roster endpoint=${PROXY_URL}></peer-roster>`, 'peer-roster');
      return until(roster, () => $(roster, '.notice.offline'), 'offline notice');
    },
  },

  // <peer-supporter-card>
  {
    element: 'peer-supporter-card',
    state: 'filled',
    mount: () => mount(html`<peer-supporter-card .supporter=${structuredClone(TEST_SUPPORTERS[0])}></peer-supporter-card>`, 'peer-supporter-card'),
  },
  {
    element: 'peer-supporter-card',
    state: 'filled from the server',
    mount: async () => {
      const card = await mount(html`<peer-supporter-card endpoint=${API_URL} supporter-id="ana-rivera"></peer-supporter-card>`, 'peer-supporter-card');
      return until(card, () => $(card, '[part~="name"]'), 'the card');
    },
  },
  {
    element: 'peer-supporter-card',
    state: 'loading',
    mount: async () => {
      await injectFault({ match: '/api/a11y-card-hold/', ...HOLD });
      const card = await mount(html`<peer-supporter-card endpoint=${PROXY_URL + 'a11y-card-hold/'} supporter-id="ana-rivera"></peer-supporter-card>`, 'peer-supporter-card');
      return until(card, () => $(card, '[aria-busy="true"]'), 'loading');
    },
  },
  {
    element: 'peer-supporter-card',
    state: 'not on the team any more',
    mount: async () => {
      const card = await mount(html`<peer-supporter-card endpoint=${API_URL} supporter-id="nobody"></peer-supporter-card>`, 'peer-supporter-card');
      return until(card, () => $(card, '[part~="notice"]'), 'notice');
    },
  },
  {
    element: 'peer-supporter-card',
    state: 'offline (dropped, nothing kept)',
    mount: async () => {
      await injectFault({ match: '/api/a11y-card-drop/', drop: true });
      const card = await mount(html`<peer-supporter-card endpoint=${PROXY_URL + 'a11y-card-drop/'} supporter-id="ana-rivera"></peer-supporter-card>`, 'peer-supporter-card');
      return until(card, () => $(card, '[part~="notice"]'), 'notice');
    },
  },

  // <peer-request-form>
  { element: 'peer-request-form', state: 'first look', mount: () => requestForm() },
  {
    element: 'peer-request-form',
    state: 'team list loading',
    mount: async () => {
      await injectFault({ match: '/api/a11y-form-hold/', ...HOLD });
      const form = await mount(html`<peer-request-form endpoint=${PROXY_URL + 'a11y-form-hold/'}></peer-request-form>`, 'peer-request-form');
      return form;
    },
  },
  {
    element: 'peer-request-form',
    state: 'errors shown',
    mount: async () => {
      const form = await requestForm();
      $<HTMLButtonElement>(form, '[part~="submit"]')!.click();
      return until(form, () => $(form, '[part~="error-summary"]'), 'error summary');
    },
  },
  {
    element: 'peer-request-form',
    state: 'filled, preview open',
    mount: async () => {
      const form = await requestForm();
      await fillRequest(form);
      await typeInto(form, $<HTMLTextAreaElement>(form, '[id$="-message"]')!, 'Rough few weeks. Evenings are best.');
      return openDisclosures(form);
    },
  },
  {
    element: 'peer-request-form',
    state: 'sent',
    mount: async () => {
      const form = await requestForm(API_URL);
      await fillRequest(form);
      $<HTMLButtonElement>(form, '[part~="submit"]')!.click();
      return until(form, () => $(form, '[part~="status"]')?.textContent!.includes('Sent.'), 'sent');
    },
  },
  {
    element: 'peer-request-form',
    state: 'offline, kept on this device',
    mount: async () => {
      await injectFault({ match: '/api/requests', drop: true });
      const form = await requestForm();
      await fillRequest(form);
      $<HTMLButtonElement>(form, '[part~="submit"]')!.click();
      return until(form, () => $(form, '[part~="status"]')?.textContent!.includes('Not sent yet'), 'not sent yet');
    },
  },
  {
    element: 'peer-request-form',
    state: 'a request left from an earlier visit',
    mount: async () => {
      await requestLeftFromEarlierVisit();
      const form = await requestForm();
      return until(form, () => $(form, '[part~="send-now"]'), 'the earlier request');
    },
  },

  // <peer-self-care-plan>
  ...[0, 1, 2, 3, 4, 5, 6].map((index) => ({ element: 'peer-self-care-plan', state: `step ${index + 1}`, mount: () => planAtStep(index) })),
  {
    element: 'peer-self-care-plan',
    state: 'whole plan',
    mount: async () => {
      const element = await plan();
      const steps = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="step"]');
      steps[steps.length - 1].click();
      return until(element, () => $(element, '[part~="overview"]'), 'overview');
    },
  },
  {
    element: 'peer-self-care-plan',
    state: 'delete asked first',
    mount: async () => {
      const element = await plan();
      buttonNamed(element, 'Delete from this device').click();
      return until(element, () => $(element, '[role="alertdialog"]'), 'delete question');
    },
  },
  {
    element: 'peer-self-care-plan',
    state: 'passphrase form open',
    mount: async () => {
      const element = await plan();
      const lock = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')][0];
      lock.click();
      return until(element, () => $(element, 'input[type="password"]'), 'passphrase form');
    },
  },
  {
    element: 'peer-self-care-plan',
    state: 'copy as text open',
    mount: async () => {
      const element = await plan();
      buttonNamed(element, 'Copy as text').click();
      return until(element, () => $(element, 'textarea[readonly], pre, [part~="text"]'), 'text panel');
    },
  },

  // <peer-resource-directory>
  {
    element: 'peer-resource-directory',
    state: 'loading',
    mount: async () => {
      await injectFault({ match: '/api/resources', ...HOLD });
      const directory = await mount(html`<peer-resource-directory endpoint=${PROXY_URL}></peer-resource-directory>`, 'peer-resource-directory');
      return until(directory, () => $(directory, '[part~="skeleton"]'), 'skeleton');
    },
  },
  {
    element: 'peer-resource-directory',
    state: 'filled',
    mount: async () => {
      const directory = await mount(html`<peer-resource-directory endpoint=${API_URL}></peer-resource-directory>`, 'peer-resource-directory');
      return until(directory, () => $(directory, '[part~="listing"]'), 'listings');
    },
  },
  {
    element: 'peer-resource-directory',
    state: 'filled, hours open',
    mount: async () => {
      const directory = await mount(
        html`<peer-resource-directory .resources=${structuredClone(TEST_RESOURCES)} .clock=${() => MONDAY_MORNING_CHICAGO}></peer-resource-directory>`,
        'peer-resource-directory',
      );
      return openDisclosures(directory);
    },
  },
  {
    element: 'peer-resource-directory',
    state: 'nothing matches',
    mount: async () => {
      const directory = await mount(html`<peer-resource-directory .resources=${structuredClone(TEST_RESOURCES)} .clock=${() => MONDAY_MORNING_CHICAGO}></peer-resource-directory>`, 'peer-resource-directory');
      await typeInto(directory, $<HTMLInputElement>(directory, '[part~="search"]')!, 'zzzz nothing like this');
      return saying(directory, 'Nothing matches all of these');
    },
  },
  {
    element: 'peer-resource-directory',
    state: 'empty',
    mount: async () => {
      await injectFault({ match: '/api/a11y-empty/resources', status: 200, contentType: 'application/json', body: { items: [] } });
      const directory = await mount(html`<peer-resource-directory endpoint=${PROXY_URL + 'a11y-empty/'}></peer-resource-directory>`, 'peer-resource-directory');
      return saying(directory, 'No listings yet');
    },
  },
  {
    element: 'peer-resource-directory',
    state: 'error (500, nothing kept)',
    mount: async () => {
      await injectFault({ match: '/api/a11y-500/', ...SERVER_ERROR });
      const directory = await mount(html`<peer-resource-directory endpoint=${PROXY_URL + 'a11y-500/'}></peer-resource-directory>`, 'peer-resource-directory');
      return saying(directory, 'We could not load the directory right now.');
    },
  },
  {
    element: 'peer-resource-directory',
    state: 'error (bad body)',
    mount: async () => {
      await injectFault({ match: '/api/a11y-bad/', ...BAD_BODY });
      const directory = await mount(html`<peer-resource-directory endpoint=${PROXY_URL + 'a11y-bad/'}></peer-resource-directory>`, 'peer-resource-directory');
      return saying(directory, 'We could not load the directory right now.');
    },
  },
  {
    element: 'peer-resource-directory',
    state: 'offline (last copy shown)',
    mount: async () => {
      const first = await mount(html`<peer-resource-directory endpoint=${PROXY_URL}></peer-resource-directory>`, 'peer-resource-directory');
      await until(first, () => $(first, '[part~="search"]'), 'listings');
      await injectFault({ match: '/api/resources', drop: true });
      const directory = await mount(html`<peer-resource-directory endpoint=${PROXY_URL}></peer-resource-directory>`, 'peer-resource-directory');
      return until(directory, () => $(directory, '[part~="retry"]') && $(directory, '[part~="search"]'), 'offline notice');
    },
  },

  // <peer-crisis-line>
  { element: 'peer-crisis-line', state: 'default (988)', mount: () => mount(html`<peer-crisis-line></peer-crisis-line>`, 'peer-crisis-line') },
  {
    element: 'peer-crisis-line',
    state: 'the program’s own line, call and text',
    mount: () =>
      mount(html`<peer-support-config crisis-name="Employee Crisis Line" crisis-call="555-0142" crisis-text="555-0143"><peer-crisis-line></peer-crisis-line></peer-support-config>`, 'peer-crisis-line'),
  },
  { element: 'peer-crisis-line', state: 'Spanish', mount: () => mount(html`<peer-support-config locale="es"><peer-crisis-line></peer-crisis-line></peer-support-config>`, 'peer-crisis-line') },

  // <peer-request-inbox>
  { element: 'peer-request-inbox', state: 'signed out', mount: async () => saying(await supporterSide('peer-request-inbox', API_URL), SIGN_IN) },
  {
    element: 'peer-request-inbox',
    state: 'loading',
    mount: async () => {
      const headers = await signedIn('supporter', 'ana-rivera');
      await injectFault({ match: '/api/inbox', ...HOLD });
      const inbox = await supporterSide('peer-request-inbox', PROXY_URL, headers);
      return saying(inbox, 'Loading');
    },
  },
  {
    element: 'peer-request-inbox',
    state: 'empty',
    mount: async () => {
      const headers = await signedIn('supporter', 'ana-rivera');
      await injectFault({ match: '/api/inbox', status: 200, contentType: 'application/json', body: { items: [] } });
      return saying(await supporterSide('peer-request-inbox', PROXY_URL, headers), 'Nothing waiting');
    },
  },
  {
    element: 'peer-request-inbox',
    state: 'filled, signed in as a supporter',
    mount: async () => {
      await requestForAnyone('A11y Checker');
      const inbox = await supporterSide('peer-request-inbox', API_URL, await signedIn('supporter', 'ana-rivera'));
      await inboxLoaded(inbox);
      return until(inbox, () => $(inbox, '[part~="request"]'), 'a request');
    },
  },
  {
    element: 'peer-request-inbox',
    state: 'filled, signed in as a coordinator',
    mount: async () => {
      await requestForAnyone('A11y Coordinator View');
      const inbox = await supporterSide('peer-request-inbox', API_URL, await signedIn('coordinator'));
      await inboxLoaded(inbox);
      return until(inbox, () => $(inbox, '[part~="request"]'), 'a request');
    },
  },
  {
    element: 'peer-request-inbox',
    state: 'taken, close asked first, safety net open',
    mount: async () => {
      const id = await requestForAnyone('A11y Taken');
      const inbox = await supporterSide('peer-request-inbox', API_URL, await signedIn('supporter', 'ben-okafor'));
      const card = () => $(inbox, `[part~="request"][data-request-id="${id}"]`);
      await inboxLoaded(inbox);
      await until(inbox, card, 'the request');
      buttonNamed(inbox, 'I’ll take this', card()!).click();
      await until(inbox, () => card()?.querySelector('a[href^="tel:"]'), 'taken');
      buttonNamed(inbox, 'Close and erase', card()!).click();
      await until(inbox, () => [...card()!.querySelectorAll('button')].some((button) => button.textContent!.includes('Yes, close and erase')), 'close question');
      return openDisclosures(inbox);
    },
  },
  {
    element: 'peer-request-inbox',
    state: 'error (500)',
    mount: async () => {
      const headers = await signedIn('supporter', 'ana-rivera');
      await injectFault({ match: '/api/inbox', ...SERVER_ERROR });
      const inbox = await supporterSide('peer-request-inbox', PROXY_URL, headers);
      return saying(inbox, 'Something went wrong on the server');
    },
  },
  {
    element: 'peer-request-inbox',
    state: 'offline (dropped)',
    mount: async () => {
      const headers = await signedIn('supporter', 'ana-rivera');
      await injectFault({ match: '/api/inbox', drop: true });
      const inbox = await supporterSide('peer-request-inbox', PROXY_URL, headers);
      return saying(inbox, 'couldn');
    },
  },
  {
    element: 'peer-request-inbox',
    state: '403: your account cannot do this',
    mount: async () => {
      const id = await requestForAnyone('A11y Forbidden');
      const headers = await signedIn('supporter', 'eli-brooks');
      const inbox = await supporterSide('peer-request-inbox', PROXY_URL, headers);
      const card = () => $(inbox, `[part~="request"][data-request-id="${id}"]`);
      await inboxLoaded(inbox);
      await until(inbox, card, 'the request');
      await injectFault({ match: `/api/inbox/${id}`, method: 'POST', times: 1, ...FORBIDDEN });
      buttonNamed(inbox, 'I’ll take this', card()!).click();
      return saying(inbox, 'cannot do this');
    },
  },

  // <peer-availability>
  { element: 'peer-availability', state: 'signed out', mount: async () => saying(await supporterSide('peer-availability', API_URL), SIGN_IN) },
  {
    element: 'peer-availability',
    state: 'signed in',
    mount: async () => {
      const widget = await supporterSide('peer-availability', API_URL, await signedIn('supporter', 'hana-kim'));
      return until(widget, () => $(widget, 'input[type="radio"]'), 'the choices');
    },
  },
  {
    element: 'peer-availability',
    state: 'saved',
    mount: async () => {
      const widget = await supporterSide('peer-availability', API_URL, await signedIn('supporter', 'hana-kim'));
      await until(widget, () => $(widget, 'input[type="radio"]'), 'the choices');
      labelled(widget, 'On a break').click();
      buttonNamed(widget, 'Save').click();
      return saying(widget, 'Saved');
    },
  },
  {
    element: 'peer-availability',
    state: 'a time in the past refused',
    mount: async () => {
      const widget = await supporterSide('peer-availability', API_URL, await signedIn('supporter', 'hana-kim'));
      await until(widget, () => $(widget, 'input[type="radio"]'), 'the choices');
      const until_ = $<HTMLInputElement>(widget, 'input[type="datetime-local"]')!;
      await typeInto(widget, until_, '2020-01-01T10:00');
      buttonNamed(widget, 'Save').click();
      return saying(widget, 'later than now');
    },
  },
  {
    element: 'peer-availability',
    state: '403: your account cannot do this',
    mount: async () => {
      const headers = await signedIn('supporter', 'chi-nguyen');
      await injectFault({ match: '/api/availability', method: 'PUT', ...FORBIDDEN });
      const widget = await supporterSide('peer-availability', PROXY_URL, headers);
      await until(widget, () => $(widget, 'input[type="radio"]'), 'the choices');
      buttonNamed(widget, 'Save').click();
      return saying(widget, 'Your account cannot do this');
    },
  },
  {
    element: 'peer-availability',
    state: 'coordinator (nothing to set)',
    mount: async () => saying(await supporterSide('peer-availability', API_URL, await signedIn('coordinator')), 'for peer supporters'),
  },

  // <peer-contact-log>
  { element: 'peer-contact-log', state: 'signed out', mount: async () => saying(await supporterSide('peer-contact-log', API_URL), SIGN_IN) },
  {
    element: 'peer-contact-log',
    state: 'signed in, topics open',
    mount: async () => {
      const log = await supporterSide('peer-contact-log', API_URL, await signedIn('supporter', 'eli-brooks'));
      await until(log, () => $(log, 'form'), 'the form');
      return openDisclosures(log);
    },
  },
  {
    element: 'peer-contact-log',
    state: 'sent',
    mount: async () => {
      const log = await supporterSide('peer-contact-log', API_URL, await signedIn('supporter', 'eli-brooks'));
      await until(log, () => $(log, 'form'), 'the form');
      buttonNamed(log, 'Log it').click();
      return saying(log, 'Sent.');
    },
  },
  {
    element: 'peer-contact-log',
    state: 'offline, kept on this device',
    mount: async () => {
      const headers = await signedIn('supporter', 'eli-brooks');
      await injectFault({ match: '/api/contacts', drop: true });
      const log = await supporterSide('peer-contact-log', PROXY_URL, headers);
      await until(log, () => $(log, 'form'), 'the form');
      buttonNamed(log, 'Log it').click();
      return saying(log, 'when the connection is back');
    },
  },

  // <peer-program-stats>
  { element: 'peer-program-stats', state: 'signed out', mount: async () => saying(await supporterSide('peer-program-stats', API_URL), SIGN_IN) },
  {
    element: 'peer-program-stats',
    state: 'coordinator, filled',
    mount: async () => {
      const stats = await supporterSide('peer-program-stats', API_URL, await signedIn('coordinator'));
      return until(stats, () => $(stats, 'tbody tr'), 'the table');
    },
  },
  {
    element: 'peer-program-stats',
    state: 'coordinator, big numbers, the first bar at the top of the scale',
    mount: async () => {
      const headers = await signedIn('coordinator');
      // The server's own answer, with the first month at 15,000 contacts: the scale's top is then that bar.
      const published = await (await fetch(`${API_URL}stats?period=month`, { headers })).json();
      published.rows = published.rows.map((row: { contacts: number | null }, index: number) => ({ ...row, contacts: index === 0 ? 15_000 : row.contacts }));
      await injectFault({ match: '/api/stats', status: 200, contentType: 'application/json', body: published });
      const stats = await supporterSide('peer-program-stats', PROXY_URL, headers);
      return until(stats, () => $(stats, '.chart-wrap svg text.value'), 'the chart');
    },
  },
  {
    element: 'peer-program-stats',
    state: 'loading',
    mount: async () => {
      const headers = await signedIn('coordinator');
      await injectFault({ match: '/api/stats', ...HOLD });
      const stats = await supporterSide('peer-program-stats', PROXY_URL, headers);
      return until(stats, () => $(stats, '#stats-title'), 'the heading, numbers still on their way');
    },
  },
  {
    element: 'peer-program-stats',
    state: 'error (500)',
    mount: async () => {
      const headers = await signedIn('coordinator');
      await injectFault({ match: '/api/stats', ...SERVER_ERROR });
      const stats = await supporterSide('peer-program-stats', PROXY_URL, headers);
      return until(stats, () => $(stats, '[role="alert"], [part~="error"]'), 'an error');
    },
  },
  {
    element: 'peer-program-stats',
    state: '403: a supporter cannot see the numbers',
    mount: async () => saying(await supporterSide('peer-program-stats', API_URL, await signedIn('supporter', 'lupe-ramos')), 'can’t see the program’s numbers'),
  },

  // <peer-supporter-session>
  { element: 'peer-supporter-session', state: 'signed out', mount: async () => saying(await supporterSide('peer-supporter-session', API_URL), SIGN_IN) },
  {
    element: 'peer-supporter-session',
    state: 'signed in',
    mount: async () => saying(await supporterSide('peer-supporter-session', API_URL, await signedIn('supporter', 'ana-rivera')), 'Signed in as'),
  },
  {
    element: 'peer-supporter-session',
    state: 'sign-out not heard',
    mount: async () => {
      const headers = await signedIn('supporter', 'ana-rivera');
      const session = await supporterSide('peer-supporter-session', PROXY_URL, headers);
      await saying(session, 'Signed in as');
      await injectFault({ match: '/api/session', method: 'DELETE', drop: true });
      buttonNamed(session, 'Sign out').click();
      return until(session, () => $(session, '[role="alert"]') ?? words(session).includes('could'), 'the sign-out problem');
    },
  },

  // <peer-follow-ups>
  {
    element: 'peer-follow-ups',
    state: 'empty',
    mount: async () => {
      await reminders([]);
      return followUps();
    },
  },
  {
    element: 'peer-follow-ups',
    state: 'one due, one to come',
    mount: async () => {
      await reminders([
        { id: 'a11y-due', inDays: 0, note: 'check in' },
        { id: 'a11y-later', inDays: 4 },
      ]);
      return followUps();
    },
  },
  {
    element: 'peer-follow-ups',
    state: 'a day in the past refused',
    mount: async () => {
      await reminders([]);
      const element = await followUps();
      await typeInto(element, $<HTMLInputElement>(element, '#follow-up-day')!, localDay(new Date(), -2));
      buttonNamed(element, 'Add reminder').click();
      return saying(element, 'today or a later day');
    },
  },
  {
    element: 'peer-follow-ups',
    state: 'shared device',
    mount: async () => {
      await reminders([]);
      const element = await mount(html`<peer-follow-ups shared-device></peer-follow-ups>`, 'peer-follow-ups');
      return saying(element, 'Shared device');
    },
  },

  // <peer-notifications>
  { element: 'peer-notifications', state: 'signed out', mount: async () => saying(await supporterSide('peer-notifications', API_URL), SIGN_IN) },
  {
    element: 'peer-notifications',
    state: 'signed in',
    mount: async () => {
      const widget = await supporterSide('peer-notifications', API_URL, await signedIn('supporter', 'jo-lindqvist'));
      return until(widget, () => {
        const status = $(widget, '[part="status"]')?.textContent?.trim();
        return status && status !== 'One moment…';
      }, 'its state');
    },
  },

  // More states: a session still being checked, refusals, a locked plan, and Spanish (longer words).
  {
    element: 'peer-request-inbox',
    state: 'checking who is signed in',
    mount: async () => {
      const headers = await signedIn('supporter', 'ana-rivera');
      await injectFault({ match: '/api/session', method: 'GET', ...HOLD });
      return saying(await supporterSide('peer-request-inbox', PROXY_URL, headers), 'Checking who is signed in');
    },
  },
  {
    element: 'peer-supporter-card',
    state: 'error (500, nothing kept)',
    mount: async () => {
      await injectFault({ match: '/api/a11y-card-500/', ...SERVER_ERROR });
      const card = await mount(html`<peer-supporter-card endpoint=${PROXY_URL + 'a11y-card-500/'} supporter-id="ana-rivera"></peer-supporter-card>`, 'peer-supporter-card');
      return until(card, () => $(card, '[part~="notice"]'), 'notice');
    },
  },
  {
    element: 'peer-supporter-card',
    state: 'error (bad body)',
    mount: async () => {
      await injectFault({ match: '/api/a11y-card-bad/', ...BAD_BODY });
      const card = await mount(html`<peer-supporter-card endpoint=${PROXY_URL + 'a11y-card-bad/'} supporter-id="ana-rivera"></peer-supporter-card>`, 'peer-supporter-card');
      return until(card, () => $(card, '[part~="notice"]'), 'notice');
    },
  },
  {
    element: 'peer-contact-log',
    state: '403: your account cannot do this',
    mount: async () => {
      const headers = await signedIn('supporter', 'eli-brooks');
      await injectFault({ match: '/api/contacts', method: 'POST', ...FORBIDDEN });
      const log = await supporterSide('peer-contact-log', PROXY_URL, headers);
      await until(log, () => $(log, 'form'), 'the form');
      buttonNamed(log, 'Log it').click();
      return saying(log, 'cannot do this');
    },
  },
  {
    element: 'peer-self-care-plan',
    state: 'locked: asks for the passphrase, a wrong one said',
    mount: async () => {
      const id = planId();
      const first = (await mount(html`<peer-self-care-plan plan-id=${id}></peer-self-care-plan>`, 'peer-self-care-plan')) as PeerSelfCarePlan;
      await until(first, () => $(first, 'textarea'), 'the plan');
      first.replacePlan(structuredClone(FULL_PLAN));
      await first.whenSaved();
      [...first.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-expanded]')][0].click();
      await until(first, () => first.shadowRoot!.querySelectorAll('input[type="password"]').length === 2, 'passphrase form');
      for (const input of first.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="password"]')) await typeInto(first, input, 'correct horse');
      const saved = new Promise((resolve) => first.addEventListener('peer-plan-save', resolve, { once: true }));
      first.shadowRoot!.querySelector<HTMLButtonElement>('input[type="password"]')!.form!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
      await saved;
      first.remove();
      const locked = (await mount(html`<peer-self-care-plan plan-id=${id}></peer-self-care-plan>`, 'peer-self-care-plan')) as PeerSelfCarePlan;
      await until(locked, () => $(locked, 'input[type="password"]'), 'the passphrase prompt');
      await typeInto(locked, $<HTMLInputElement>(locked, 'input[type="password"]')!, 'wrong horse');
      buttonNamed(locked, 'Open my plan').click();
      return saying(locked, 'That passphrase does not open this plan');
    },
  },
  {
    element: 'peer-request-form',
    state: 'peer to peer, a referral, not on my team: every extra question and its errors',
    mount: async () => {
      const form = (await mount(html`<peer-request-form peer-to-peer endpoint=${API_URL}></peer-request-form>`, 'peer-request-form')) as PeerRequestForm;
      await until(form, () => form.shadowRoot!.querySelectorAll('select[id$="-supporterId"] option').length > 3, 'the team list');
      labelled(form, 'I am asking on behalf of a colleague (a referral)').click();
      await form.updateComplete;
      labelled(form, 'Someone who is not on my team').click();
      await fillRequest(form);
      $<HTMLButtonElement>(form, '[part~="submit"]')!.click();
      return until(form, () => $(form, '[part~="error-summary"]')?.textContent!.includes('Please say which team you are on'), 'the extra questions’ errors');
    },
  },
  {
    element: 'peer-roster',
    state: 'not on my team: the team asked',
    mount: async () => {
      const roster = await mount(html`<peer-roster .supporters=${structuredClone(TEST_SUPPORTERS)}></peer-roster>`, 'peer-roster');
      labelled(roster, 'Not on my team').click();
      return until(roster, () => [...roster.shadowRoot!.querySelectorAll('label.field span')].some((span) => span.textContent === 'My team'), 'the team question');
    },
  },
  {
    element: 'peer-roster',
    state: 'Spanish, filled',
    mount: async () => {
      const roster = await mount(html`<peer-support-config locale="es" endpoint=${API_URL}><peer-roster></peer-roster></peer-support-config>`, 'peer-roster');
      return until(roster, () => $(roster, '[part~="card"]'), 'cards');
    },
  },
  {
    element: 'peer-request-form',
    state: 'Spanish, errors shown',
    mount: async () => {
      const form = await mount(
        html`<peer-support-config locale="es"><peer-request-form endpoint=${PROXY_URL} .supporters=${structuredClone(TEST_SUPPORTERS)}></peer-request-form></peer-support-config>`,
        'peer-request-form',
      );
      $<HTMLButtonElement>(form, '[part~="submit"]')!.click();
      return until(form, () => $(form, '[part~="error-summary"]'), 'error summary');
    },
  },
  {
    element: 'peer-self-care-plan',
    state: 'Spanish, step 4',
    mount: async () => {
      const element = (await mount(html`<peer-support-config locale="es"><peer-self-care-plan plan-id=${planId()}></peer-self-care-plan></peer-support-config>`, 'peer-self-care-plan')) as PeerSelfCarePlan;
      await until(element, () => $(element, 'textarea'), 'the plan');
      element.replacePlan(structuredClone(FULL_PLAN));
      await element.updateComplete;
      element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="step"]')[3].click();
      return until(element, () => element.shadowRoot!.querySelectorAll('[part~="step"]')[3].getAttribute('aria-current'), 'step 4');
    },
  },
  {
    element: 'peer-resource-directory',
    state: 'Spanish, filled, hours open',
    mount: async () => {
      const directory = await mount(
        html`<peer-support-config locale="es"><peer-resource-directory .resources=${structuredClone(TEST_RESOURCES)} .clock=${() => MONDAY_MORNING_CHICAGO}></peer-resource-directory></peer-support-config>`,
        'peer-resource-directory',
      );
      return openDisclosures(directory);
    },
  },
  {
    element: 'peer-contact-log',
    state: 'Spanish, signed in, topics open',
    mount: async () => {
      const log = await supporterSide('peer-contact-log', API_URL, await signedIn('supporter', 'eli-brooks'), 'es');
      await until(log, () => $(log, 'form'), 'the form');
      return openDisclosures(log);
    },
  },
  {
    element: 'peer-availability',
    state: 'Spanish, signed in',
    mount: async () => {
      const widget = await supporterSide('peer-availability', API_URL, await signedIn('supporter', 'hana-kim'), 'es');
      return until(widget, () => $(widget, 'input[type="radio"]'), 'the choices');
    },
  },
  {
    element: 'peer-request-inbox',
    state: 'Spanish, filled, signed in as a coordinator',
    mount: async () => {
      await requestForAnyone('A11y Vista en español');
      const inbox = await supporterSide('peer-request-inbox', API_URL, await signedIn('coordinator'), 'es');
      return until(inbox, () => $(inbox, '[part~="request"]') && $(inbox, 'button[part~="refresh"]'), 'a request');
    },
  },
  {
    element: 'peer-program-stats',
    state: 'Spanish, coordinator, by quarter',
    mount: async () => {
      const stats = await supporterSide('peer-program-stats', API_URL, await signedIn('coordinator'), 'es');
      await until(stats, () => $(stats, 'tbody tr'), 'the table');
      const period = $<HTMLSelectElement>(stats, 'select[part~="period"]')!;
      period.value = 'quarter';
      period.dispatchEvent(new Event('change'));
      return until(stats, () => stats.shadowRoot!.querySelectorAll('table').length > 1, 'the quarter tables');
    },
  },
  {
    element: 'peer-follow-ups',
    state: 'Spanish, one due, one to come',
    mount: async () => {
      await reminders([
        { id: 'a11y-due-es', inDays: 0, note: 'llamar' },
        { id: 'a11y-later-es', inDays: 4 },
      ]);
      const element = await mount(html`<peer-support-config locale="es"><peer-follow-ups></peer-follow-ups></peer-support-config>`, 'peer-follow-ups');
      await (element as HTMLElement & { ready: Promise<unknown> }).ready;
      return element;
    },
  },
  {
    element: 'peer-supporter-session',
    state: 'Spanish, signed in',
    mount: async () => {
      const session = await supporterSide('peer-supporter-session', API_URL, await signedIn('coordinator'), 'es');
      return until(session, () => $(session, 'button'), 'the session bar');
    },
  },
];

/** After each test: no fault left at the proxy, no write left in the outbox, no reminder kept, no global configuration. */
export async function resetStates(): Promise<void> {
  resetConfiguration();
  await clearFaults();
  await emptyOutbox();
  await (await openDatabase())?.clear('reminders');
}

/** The elements the catalogue covers (every element of the library). */
export const ELEMENTS = [...new Set(STATES.map((entry) => entry.element))];
