// Every element in its main states, rendered in one language, against the real reference server:
// shared by test/a11y/spanish-everywhere.test.ts (what a person sees) and
// test/a11y/names-both-languages.test.ts (what a screen reader says). A scene puts one page of
// elements in a <peer-support-config locale=…>, waits until each has settled, brings it to its state,
// and opens every <details> (the safety net "Heard something heavy?", the plan's sections) so what
// is behind them is read too.
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { TemplateResult } from 'lit';
import '../../src/peer-support.js';
import { applyLocale } from '../../src/core/localize.js';
import { resetConfiguration } from '../../src/core/config.js';
import { openDatabase } from '../../src/core/storage.js';
import { localDay } from '../../src/follow-ups/reminder-store.js';
import { forgetReceipt, keepReceipt, readReceipts } from '../../src/request-form/receipt-store.js';
import type { PeerSelfCarePlan } from '../../src/self-care-plan/self-care-plan.js';
import { TEST_RESOURCES } from '../fixtures/resources.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { bearerSession } from '../support/accounts.js';
import { emptyOutbox } from '../support/outbox-helpers.js';
import { API_URL, PROXY_URL, clearFaults, injectFault } from '../support/rig.js';
import { requestForAnyone } from '../support/supporter-side.js';
import { dataText, deepElements } from './language-checks.js';
import type { DataText } from './language-checks.js';

export type Language = 'en' | 'es';

export interface Scene {
  name: string;
  /** Mounts the scene in `lang` and brings it to its state; resolves with the page (a wrapper element). */
  mount(lang: Language): Promise<HTMLElement>;
}

type Widget = HTMLElement & { updateComplete?: Promise<unknown> };

/** What the test itself typed or stored: data, shown as entered. */
const TYPED = {
  requester: 'Sam Quintero',
  phone: '555-010-0199',
  note: 'Preguntarle cómo le fue en la semana',
  backup: 'Dr. Rowan Vale',
  plan: {
    atMyBest: 'Duermo bien y cocino para los niños.',
    aTeam: [{ name: 'Jo Quintana', role: 'Escucha sin arreglar nada', contact: '555-0100' }],
    careTeam: [{ name: 'Dr. Lee', role: 'primary-care', contact: '555-0150' }],
  },
};

let serverData: unknown[] | undefined;
/** The server's supporters and resources, the fixtures and what the tests type: never English copy. */
export async function sceneData(): Promise<DataText> {
  serverData ??= [
    await (await fetch(`${API_URL}supporters`)).json(),
    await (await fetch(`${API_URL}resources`)).json(),
  ];
  return dataText(serverData, TEST_SUPPORTERS, TEST_RESOURCES, TYPED);
}

const shadow = (element: Element) => element.shadowRoot!;
const find = <T extends Element = HTMLElement>(element: Element, selector: string) => shadow(element).querySelector<T>(selector);

async function settle(page: HTMLElement): Promise<void> {
  for (const element of deepElements(page)) await (element as Widget).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Opens every <details> in the page (shadow roots included), then lets the elements render. */
async function openEverything(page: HTMLElement): Promise<void> {
  for (const details of deepElements(page)) if (details.localName === 'details') (details as HTMLDetailsElement).open = true;
  await settle(page);
}

async function until(check: () => unknown, what: string, page: HTMLElement) {
  await waitUntil(check, `${what}: ${(page.textContent ?? '').slice(0, 80)}`, { timeout: 8000 });
}

/** One page of `inner` in `lang`, signed in as `role` when given. */
async function page(lang: Language, inner: TemplateResult, options: { role?: 'supporter' | 'coordinator'; supporterId?: string; endpoint?: string } = {}) {
  await applyLocale(lang);
  const headers = options.role ? (await bearerSession(options.role, options.supporterId)).headers : undefined;
  return fixture<HTMLElement>(html`<div>
    <peer-support-config locale=${lang} endpoint=${options.endpoint ?? API_URL} .headers=${headers} backup-name=${TYPED.backup} backup-call="555-0142" backup-text="555-0143" protocol-url="/wellness/steps">
      ${inner}
    </peer-support-config>
  </div>`);
}

const el = <T extends Element = Widget>(root: HTMLElement, tag: string) => root.querySelector<T & Widget>(tag)!;

/** A page of the request form in `lang` (sending to `endpoint`), once it has the team to choose from. */
async function requestFormPage(lang: Language, endpoint?: string): Promise<{ root: HTMLElement; form: Widget }> {
  const root = await page(lang, html`<peer-request-form></peer-request-form>`, { endpoint });
  const form = el(root, 'peer-request-form');
  await until(() => shadow(form).querySelectorAll('option').length > 3, 'the supporters', root);
  return { root, form };
}

/** Types into an input or textarea of the request form (by the end of its id) and leaves it. */
async function typeInto(element: Widget, idEnd: string, value: string) {
  const input = find<HTMLInputElement>(element, `[id$="-${idEnd}"]`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  input.dispatchEvent(new FocusEvent('blur'));
  await element.updateComplete;
}

async function fillRequest(form: Widget, { remember = false } = {}) {
  await typeInto(form, 'name', TYPED.requester);
  find<HTMLInputElement>(form, '[id$="-channelKind"]')!.click();
  await form.updateComplete;
  await typeInto(form, 'channelValue', TYPED.phone);
  find<HTMLInputElement>(form, '[id$="-urgency"]')!.click();
  find<HTMLInputElement>(form, '[id$="-acknowledged"]')!.click();
  if (remember) find<HTMLInputElement>(form, '[id$="-remember"]')!.click();
  await form.updateComplete;
}

async function forgetAllReceipts() {
  for (const endpoint of [new URL(PROXY_URL, location.href).href, new URL(API_URL, location.href).href]) {
    for (const receipt of await readReceipts(endpoint)) await forgetReceipt(receipt.id);
  }
}

export const SCENES: Scene[] = [
  {
    name: '<peer-crisis-line>, block and compact',
    async mount(lang) {
      const root = await page(lang, html`<peer-crisis-line></peer-crisis-line><peer-crisis-line compact></peer-crisis-line>`);
      await until(() => find(el(root, 'peer-crisis-line'), 'a'), 'crisis line', root);
      return root;
    },
  },
  {
    name: '<peer-roster> and <peer-supporter-card>, loaded',
    async mount(lang) {
      const root = await page(lang, html`<peer-roster></peer-roster><peer-supporter-card supporter-id="ana-rivera"></peer-supporter-card>`);
      const roster = el(root, 'peer-roster');
      await until(() => shadow(roster).querySelectorAll('[part~="card"]').length > 0, 'roster cards', root);
      await until(() => shadow(el(root, 'peer-supporter-card')).querySelector('[part~="card"], article'), 'the card', root);
      return root;
    },
  },
  {
    name: '<peer-roster>, list layout, a search that finds nobody',
    async mount(lang) {
      const root = await page(lang, html`<peer-roster layout="list"></peer-roster>`);
      const roster = el(root, 'peer-roster');
      await until(() => shadow(roster).querySelectorAll('[part~="card"]').length > 0, 'roster cards', root);
      const search = find<HTMLInputElement>(roster, 'input[part~="search"], [part~="search"] input')!;
      search.value = 'zzqx';
      search.dispatchEvent(new InputEvent('input'));
      await until(() => shadow(roster).querySelectorAll('[part~="card"]').length === 0, 'nobody found', root);
      return root;
    },
  },
  {
    name: '<peer-roster> and <peer-resource-directory>, the server is busy (503)',
    async mount(lang) {
      await injectFault({ match: '/api/supporters', status: 503, headers: { 'Retry-After': '30' }, times: 10 });
      await injectFault({ match: '/api/resources', status: 503, headers: { 'Retry-After': '30' }, times: 10 });
      const root = await page(lang, html`<peer-roster></peer-roster><peer-resource-directory></peer-resource-directory>`, { endpoint: PROXY_URL });
      await until(() => find(el(root, 'peer-roster'), '[part~="retry"]'), 'roster error', root);
      await until(() => find(el(root, 'peer-resource-directory'), '[role="alert"], [part~="error"], [part~="retry"]'), 'directory error', root);
      await clearFaults();
      return root;
    },
  },
  {
    name: '<peer-request-form>, empty, with a receipt it was asked to keep',
    async mount(lang) {
      await forgetAllReceipts();
      const id = await requestForAnyone(TYPED.requester);
      await keepReceipt({ id, endpoint: new URL(API_URL, location.href).href, respondBy: new Date(Date.now() + 86_400_000).toISOString() });
      const { root, form } = await requestFormPage(lang);
      await until(() => find(form, '[part~="receipts"] [part~="button"]'), 'the receipt checked', root);
      return root;
    },
  },
  {
    name: '<peer-request-form>, sent without filling it in (errors)',
    async mount(lang) {
      const { root, form } = await requestFormPage(lang);
      find<HTMLButtonElement>(form, '[part~="submit"]')!.click();
      await until(() => find(form, '[part~="error-summary"]'), 'the error summary', root);
      return root;
    },
  },
  {
    name: '<peer-request-form>, sent and remembered (receipt)',
    async mount(lang) {
      await forgetAllReceipts();
      const { root, form } = await requestFormPage(lang);
      await fillRequest(form, { remember: true });
      find<HTMLButtonElement>(form, '[part~="submit"]')!.click();
      await until(() => find(form, '[part~="status"].sent'), 'sent', root);
      return root;
    },
  },
  {
    name: '<peer-request-form>, offline: the request waits on this device',
    async mount(lang) {
      await emptyOutbox();
      await injectFault({ match: '/api/requests', method: 'POST', drop: true, times: 50 });
      const { root, form } = await requestFormPage(lang, PROXY_URL);
      await fillRequest(form);
      find<HTMLButtonElement>(form, '[part~="submit"]')!.click();
      await until(() => find(form, '[part~="status"].retrying'), 'kept on this device, to be tried again', root);
      return root;
    },
  },
  {
    name: '<peer-self-care-plan>, new',
    async mount(lang) {
      const root = await page(lang, html`<peer-self-care-plan plan-id=${`lang-${crypto.randomUUID()}`}></peer-self-care-plan>`);
      await until(() => find(el(root, 'peer-self-care-plan'), 'textarea, input'), 'the plan', root);
      await openEverything(root);
      return root;
    },
  },
  {
    name: '<peer-self-care-plan>, filled in',
    async mount(lang) {
      const root = await page(lang, html`<peer-self-care-plan plan-id=${`lang-${crypto.randomUUID()}`} .supporters=${structuredClone(TEST_SUPPORTERS)}></peer-self-care-plan>`);
      const plan = el<PeerSelfCarePlan>(root, 'peer-self-care-plan');
      await until(() => find(plan, 'textarea, input'), 'the plan', root);
      plan.replacePlan({ format: 'peer-support-widgets/self-care-plan', version: 1, ...TYPED.plan }, 'example');
      await openEverything(root);
      return root;
    },
  },
  {
    name: '<peer-resource-directory>, loaded, a kind of help searched, and nothing found',
    async mount(lang) {
      const root = await page(lang, html`<peer-resource-directory></peer-resource-directory><peer-resource-directory layout="grid"></peer-resource-directory>`);
      const [first, second] = root.querySelectorAll<Widget>('peer-resource-directory');
      await until(() => shadow(first).querySelectorAll('[part~="name"]').length > 3, 'listings', root);
      await until(() => shadow(second).querySelectorAll('[part~="name"]').length > 3, 'listings', root);
      // The first word the placeholder suggests, in this language: a kind of help.
      const search = find<HTMLInputElement>(first, '[part~="search"]')!;
      search.value = search.placeholder.replace(/^[^:]*:/, '').split(',')[0].trim();
      search.dispatchEvent(new InputEvent('input'));
      const other = find<HTMLInputElement>(second, '[part~="search"]')!;
      other.value = 'zzqx';
      other.dispatchEvent(new InputEvent('input'));
      await until(() => shadow(second).querySelectorAll('[part~="name"]').length === 0, 'nothing found', root);
      await openEverything(root);
      return root;
    },
  },
  {
    name: 'supporter side, signed out (<peer-supporter-session>, <peer-request-inbox>, <peer-availability>)',
    async mount(lang) {
      const root = await page(lang, html`<peer-supporter-session></peer-supporter-session><peer-request-inbox></peer-request-inbox><peer-availability></peer-availability>`);
      await until(() => find(el(root, 'peer-supporter-session'), '[part~="notice"]'), 'how to sign in', root);
      return root;
    },
  },
  {
    name: 'supporter side, signed in: session, inbox (a request taken), availability, follow-ups',
    async mount(lang) {
      await requestForAnyone(TYPED.requester);
      const database = (await openDatabase())!;
      await database.clear('reminders');
      await database.put('reminders', { id: 'lang-due', dueOn: localDay(new Date(), -1), note: TYPED.note, createdAt: new Date().toISOString() });
      await database.put('reminders', { id: 'lang-later', dueOn: localDay(new Date(), 4), note: TYPED.note, createdAt: new Date().toISOString() });
      const root = await page(
        lang,
        html`<peer-supporter-session></peer-supporter-session><peer-request-inbox></peer-request-inbox><peer-availability></peer-availability><peer-follow-ups></peer-follow-ups>`,
        { role: 'supporter', supporterId: 'chi-nguyen' },
      );
      const inbox = el(root, 'peer-request-inbox');
      await until(() => find(el(root, 'peer-supporter-session'), '[part~="sign-out"]'), 'signed in', root);
      await until(() => find(inbox, 'button[part~="claim"]'), 'a request offered', root);
      find<HTMLButtonElement>(inbox, 'button[part~="claim"]')!.click();
      await until(() => find(inbox, 'button[part~="contacted"]'), 'the request taken', root);
      await until(() => find(el(root, 'peer-availability'), 'input[type="radio"]'), 'availability', root);
      await until(() => find(el(root, 'peer-follow-ups'), '[part="due"]'), 'follow-ups', root);
      await openEverything(root);
      return root;
    },
  },
  {
    name: 'supporter side, signed in: contact log sent empty (errors), notifications',
    async mount(lang) {
      const root = await page(lang, html`<peer-contact-log></peer-contact-log><peer-notifications service-worker-url="/dist/peer-support-sw.js"></peer-notifications>`, {
        role: 'supporter',
        supporterId: 'dee-harper',
      });
      const log = el(root, 'peer-contact-log');
      await until(() => find(log, 'form'), 'the contact log', root);
      await until(() => find(el(root, 'peer-notifications'), 'details[part="backup"]'), 'notifications', root);
      // A group talk without the number of people: the one thing the log asks to be fixed.
      find<HTMLInputElement>(log, 'input[name="kind"][value="group"]')!.click();
      await log.updateComplete;
      const people = find<HTMLInputElement>(log, '#people')!;
      people.value = '';
      people.dispatchEvent(new InputEvent('input'));
      people.dispatchEvent(new FocusEvent('blur'));
      find<HTMLButtonElement>(log, '[part~="submit"]')!.click();
      await until(() => find(log, '[part~="error"]'), 'errors', root);
      await openEverything(root);
      return root;
    },
  },
  {
    name: '<peer-program-stats>, a coordinator, the chart and tables',
    async mount(lang) {
      const root = await page(lang, html`<peer-program-stats></peer-program-stats>`, { role: 'coordinator' });
      await until(() => find(el(root, 'peer-program-stats'), 'svg, table'), 'the numbers', root);
      await openEverything(root);
      return root;
    },
  },
];

/** What this device keeps for the widgets (queued requests, receipts, follow-up reminders): none left behind. */
export async function clearDeviceData(): Promise<void> {
  await emptyOutbox();
  await forgetAllReceipts();
  await (await openDatabase())?.clear('reminders');
}

/** Leaves the page as it was: English, no faults, no global configuration, nothing kept on the device. */
export async function cleanUpScene(): Promise<void> {
  resetConfiguration();
  await clearFaults();
  await clearDeviceData();
  await applyLocale('en');
}
