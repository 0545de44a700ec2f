// Error identification and suggestion (WCAG 3.3.1, 3.3.3) for every form of the library: sent with
// something wrong, the focus goes to what says so — the error summary, which links to each field, or
// in a form with one field (or no summary) the first field in error — and nothing is sent. Each field
// in error has aria-invalid="true" and aria-describedby pointing at words that say how to put it
// right; fixing the field clears both. (No error appears under a pressed pointer: see
// test/request-form/first-minutes.test.ts.)
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { PeerRequestForm } from '../../src/request-form/request-form.js';
import { deepActiveElement, describe as name, mountFilled } from '../support/focus.js';
import { proxyLog } from '../support/rig.js';
import { button, choice, withCleanSupporterSide } from '../support/supporter-side.js';

/** Words that tell a person what to do, not only that something is wrong. */
const SAYS_HOW = /\b(please|choose|enter|pick|use|say|confirm|type|add|write)\b/i;

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** The message a field is described by while it is in error, read through its aria-describedby. */
function messageOf(field: Element): string {
  const root = field.getRootNode() as ShadowRoot;
  return (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '')
    .filter((words) => SAYS_HOW.test(words))
    .join(' ');
}

/** The fields to check for an element linked from the summary (a field, or a group holding fields). */
const fieldsAt = (target: Element): Element[] => (target.matches('input, select, textarea') ? [target] : [...target.querySelectorAll('input, select, textarea')]);

/**
 * What a failed submit must leave: the focus on the summary (whose links lead to every field in
 * error) or on the first field in error; every field in error marked and described. Answers the
 * fields in error.
 */
function expectErrorsIdentified(host: HTMLElement): Element[] {
  const root = host.shadowRoot!;
  const invalid = [...root.querySelectorAll('[aria-invalid="true"]')];
  expect(invalid.length, 'fields marked aria-invalid="true"').to.be.greaterThan(0);
  const focused = deepActiveElement();
  expect(focused && root.contains(focused), 'the focus is in the element').to.equal(true);
  const links = [...focused!.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  if (links.length) {
    // The summary: each link leads to a field in error, and every field in error has a link.
    const linked = links.flatMap((link) => fieldsAt(root.getElementById(link.getAttribute('href')!.slice(1))!));
    for (const field of invalid) expect(linked.includes(field) || linked.some((other) => (other as HTMLInputElement).name && (other as HTMLInputElement).name === (field as HTMLInputElement).name), `the summary links to ${name(field)}`).to.equal(true);
  } else {
    expect(focused, 'the focus is on the first field in error').to.equal(invalid[0]);
  }
  // A radio or checkbox group is described as a group, on its fieldset (read as the group is entered).
  const described = (field: Element) => messageOf(field) || (field.closest('fieldset') ? messageOf(field.closest('fieldset')!) : '');
  for (const field of invalid) expect(described(field), `${name(field)} is described by words that say how to fix it`).to.match(SAYS_HOW);
  return invalid;
}

/** Puts `value` in `field` as a person does (typing, then leaving it), and waits for the element. */
async function fill(host: HTMLElement, field: Field, value: string): Promise<void> {
  field.value = value;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  field.dispatchEvent(new FocusEvent('blur'));
  await (host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

function expectFixed(field: Element): void {
  expect(field.getAttribute('aria-invalid'), `${name(field)} is no longer marked in error`).to.equal('false');
  expect(messageOf(field), `${name(field)} no longer points at an error`).to.equal('');
}

const inputIn = (host: HTMLElement, selector: string) => host.shadowRoot!.querySelector<HTMLInputElement>(selector)!;

/**
 * Presses the button `label` and waits for `field` to be marked in error (`what` says what is wrong)
 * and to take the focus; then checks every error is identified.
 */
async function sendExpectingError(host: HTMLElement, label: string, field: Element, what: string): Promise<void> {
  button(host, label).click();
  await waitUntil(() => field.getAttribute('aria-invalid') === 'true', `${what} is not marked`);
  await waitUntil(() => deepActiveElement() === field, 'the focus did not go to the field in error');
  expectErrorsIdentified(host);
}

describe('errors are identified, with how to fix them (WCAG 3.3.1, 3.3.3)', () => {
  withCleanSupporterSide();

  it('<peer-request-form>: the summary takes the focus and links to each field; fixing a field clears it', async () => {
    const form = await mountFilled<PeerRequestForm>('peer-request-form');
    button(form, 'Send my request').click();
    await waitUntil(() => form.shadowRoot!.querySelector('[part~="error-summary"]'), 'no error summary');
    await form.updateComplete;
    const invalid = expectErrorsIdentified(form);
    expect(deepActiveElement()!.matches('[part~="error-summary"]')).to.equal(true);
    const nameField = invalid.find((field) => field.id.endsWith('-name')) as HTMLInputElement;
    await fill(form, nameField, 'Sam');
    expectFixed(nameField);
    choice(form, 'Phone call').click();
    await form.updateComplete;
    const channels = [...form.shadowRoot!.querySelectorAll('input[type="radio"][name="channel"]')];
    expect(channels.length, 'the ways to reach you').to.be.greaterThan(1);
    for (const radio of channels) expect(radio.getAttribute('aria-invalid'), `${name(radio)} is no longer marked in error`).to.equal('false');
    expect((await proxyLog()).filter((entry) => entry.method === 'POST' && entry.path.includes('requests'))).to.deep.equal([]);
  });

  it('<peer-availability>: an "until" time in the past', async () => {
    const widget = await mountFilled('peer-availability');
    const until = inputIn(widget, 'input[type="datetime-local"]');
    const past = new Date(Date.now() - 2 * 3600_000);
    const local = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await fill(widget, until, local(past));
    await sendExpectingError(widget, 'Save', until, 'the past time');
    expect(widget.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim(), 'nothing saved').to.equal('');
    await fill(widget, until, local(new Date(Date.now() + 3 * 3600_000)));
    expectFixed(until);
  });

  it('<peer-contact-log>: a group of fewer than two people is said, not silently changed', async () => {
    const log = await mountFilled('peer-contact-log');
    choice(log, 'Group').click();
    await (log as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const people = inputIn(log, '#people');
    await fill(log, people, '1');
    expect(people.value, 'what the person typed stays').to.equal('1');
    await sendExpectingError(log, 'Log it', people, 'one person in a group');
    expect(messageOf(people)).to.contain('from 2 to');
    expect(log.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim(), 'nothing logged').to.equal('');
    await fill(log, people, '4');
    expectFixed(people);
  });

  it('<peer-follow-ups>: adding a reminder with no day, or a day gone by', async () => {
    const element = await mountFilled('peer-follow-ups');
    const day = inputIn(element, '#follow-up-day');
    await sendExpectingError(element, 'Add reminder', day, 'the missing day');
    const yesterday = new Date(Date.now() - 86_400_000);
    await fill(element, day, `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`);
    await sendExpectingError(element, 'Add reminder', day, 'the day gone by');
    const later = new Date(Date.now() + 5 * 86_400_000);
    await fill(element, day, `${later.getFullYear()}-${String(later.getMonth() + 1).padStart(2, '0')}-${String(later.getDate()).padStart(2, '0')}`);
    expectFixed(day);
  });

  it('<peer-self-care-plan>: the passphrase form sent with a short passphrase and no second one', async () => {
    const plan = await mountFilled('peer-self-care-plan');
    button(plan, 'Protect with a passphrase').click();
    await (plan as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const first = inputIn(plan, 'input[id$="-passphrase"]');
    first.value = 'short';
    await sendExpectingError(plan, 'Protect my plan', first, 'the short passphrase');
    await fill(plan, first, 'correct horse battery');
    expectFixed(first);
  });
});
