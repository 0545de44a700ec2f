// Status messages (WCAG 4.1.3): what changes without taking the focus — search counts, "saved",
// "sent", "queued", what an inbox action did — is said to screen readers. For that the words must
// land in a live region (role=status/alert/log, or aria-live) that was ALREADY on the page before
// they changed: a region inserted together with its words is often not announced at all. Where an
// element moves the focus to the message instead (the request form's status panel), the focus is
// what announces it, and that is checked instead.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/peer-support.js';
import { configure } from '../../src/core/config.js';
import { bearerSession } from '../support/accounts.js';
import type { PeerRequestForm } from '../../src/request-form/request-form.js';
import { deepActiveElement, mountFilled, shadowRoots, shadowText, within } from '../support/focus.js';
import { API_URL, PROXY_URL, injectFault } from '../support/rig.js';
import { button, choice, withCleanSupporterSide } from '../support/supporter-side.js';
import { type as typeInto } from '../support/request-form.js';

const LIVE = '[role="status"], [role="alert"], [role="log"], [aria-live]:not([aria-live="off"])';

/** Every live region in `host`'s shadow roots, with the words it holds now. */
function liveRegions(host: Element): Map<Element, string> {
  const regions = new Map<Element, string>();
  const roots = host.shadowRoot ? shadowRoots(host.shadowRoot) : [host];
  for (const root of roots) for (const region of root.querySelectorAll(LIVE)) regions.set(region, words(region));
  return regions;
}

const words = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Does `act`, then waits for `expected` to show in `host`, and answers how it was announced: in a
 * live region that was there before (`'live region'`), by the focus moving onto it (`'focus'`), or
 * it throws saying why it would not be announced.
 */
async function announcement(host: Element, act: () => unknown, expected: RegExp): Promise<'live region' | 'focus'> {
  const before = liveRegions(host);
  await act();
  await waitUntil(() => expected.test(host.shadowRoot ? shadowText(host) : (host.textContent ?? '')), `"${expected.source}" never showed`, { timeout: 8000 });
  const now = liveRegions(host);
  const carrying = [...now.entries()].filter(([, text]) => expected.test(text)).map(([region]) => region);
  const kept = carrying.filter((region) => before.has(region) && !expected.test(before.get(region)!));
  if (kept.length) return 'live region';
  const focused = deepActiveElement();
  if (focused && focused !== host && within(host, focused) && expected.test(words(focused)) && carrying.some((region) => region === focused || within(focused, region) || within(region, focused))) return 'focus';
  if (carrying.length) throw new Error(`"${expected.source}" is in a live region inserted together with it (${carrying.map((region) => `<${region.localName} role=${region.getAttribute('role')}>`).join(', ')}): often not announced`);
  throw new Error(`"${expected.source}" is in no live region`);
}

describe('status messages are announced (WCAG 4.1.3)', () => {
  withCleanSupporterSide();

  it('the check itself: words inserted with their region are caught, words changed in a region already there pass', async () => {
    const page = await fixture<HTMLElement>(html`<div><p role="status"></p></div>`);
    const late = document.createElement('p');
    late.setAttribute('role', 'status');
    let error: unknown;
    try {
      await announcement(page, () => ((late.textContent = '3 supporters'), page.append(late)), /3 supporters/);
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).to.contain('inserted together with it');
    expect(await announcement(page, () => (page.querySelector('p')!.textContent = '2 of 3 supporters match'), /2 of 3 supporters match/)).to.equal('live region');
  });

  for (const tag of ['peer-roster', 'peer-resource-directory'] as const) {
    it(`<${tag}>: the count of matches, as the search narrows and when nothing matches`, async () => {
      const element = await mountFilled(tag);
      const search = element.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
      const searchFor = (text: string) => () => {
        search.value = text;
        search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      };
      const narrowed = tag === 'peer-roster' ? 'Ana' : 'counseling';
      expect(await announcement(element, searchFor(narrowed), /\b[1-9]\d* of \d+ (supporters|listings?) match/)).to.equal('live region');
      expect(await announcement(element, searchFor('zzzz-nobody'), /\b0 of \d+ (supporters|listings?) match/)).to.equal('live region');
    });
  }

  for (const tag of ['peer-roster', 'peer-supporter-card'] as const) {
    it(`<${tag}>: "ask them to contact me" with no request form on the page says where to ask instead`, async () => {
      const element = await mountFilled(tag);
      const ask = element.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="request-contact"]')!;
      expect(await announcement(element, () => ask.click(), /use your peer support team's request page/)).to.equal('live region');
    });
  }

  it('<peer-notifications>: what went wrong turning notices on', async function () {
    if (!navigator.userAgent.includes('Chrome/')) this.skip(); // the browser's permission question is answered through Chromium's DevTools protocol
    await executeServerCommand('push-permission', { origin: location.origin, setting: 'granted' });
    configure({ headers: (await bearerSession('supporter', 'jo-lindqvist')).headers });
    const widget = await fixture<HTMLElement>(html`<peer-notifications endpoint=${API_URL} service-worker-url="/nowhere/peer-support-sw.js"></peer-notifications>`);
    await waitUntil(() => shadowText(widget).includes('Notices are off for this browser'), 'not off at first');
    expect(await announcement(widget, () => button(widget, 'Turn on notices').click(), /The notice helper could not be loaded/)).to.equal('live region');
  });

  it('<peer-request-form>: "saved on this device" while it cannot be sent, then "sent"', async () => {
    // The server's answer is held back at the fault proxy, so "saved" shows before "sent".
    await injectFault({ match: '/api/requests', method: 'POST', delayMs: 1500, times: 1 });
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL}></peer-request-form>`);
    await waitUntil(() => form.shadowRoot!.querySelectorAll('option').length > 3, 'roster not loaded');
    await typeInto(form, 'name', 'Status Tester');
    choice(form, 'Phone call').click();
    await form.updateComplete;
    await typeInto(form, 'channelValue', '555-010-0199');
    choice(form, 'Today, if possible').click();
    choice(form, 'I have read what stays confidential').click();
    await form.updateComplete;
    const how = await announcement(form, () => button(form, 'Send my request').click(), /Saved on this device/);
    expect(how, 'saved: the panel that says so takes the focus, or a live region says it').to.be.oneOf(['focus', 'live region']);
    // The outbox tries again; the "sent" panel replaces the "saved" one.
    const sent = await announcement(form, () => undefined, /Sent\. Your request has reached the team/);
    expect(sent).to.be.oneOf(['focus', 'live region']);
  });

  it('<peer-self-care-plan>: "saved on this device" after an edit', async () => {
    const plan = await mountFilled('peer-self-care-plan');
    const field = plan.shadowRoot!.querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input[type="text"]')!;
    expect(
      await announcement(plan, () => {
        field.value = 'a walk with the dog';
        field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      }, /Saved on this device/),
    ).to.equal('live region');
  });

  it('<peer-availability>: "saved" after a change', async () => {
    const widget = await mountFilled('peer-availability');
    const radios = [...widget.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="status"]')];
    const other = radios.find((radio) => !radio.checked)!;
    expect(
      await announcement(widget, async () => {
        other.click();
        await (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        button(widget, 'Save').click();
      }, /Saved: the roster now shows you as/),
    ).to.equal('live region');
  });

  it('<peer-contact-log>: what happened to a logged contact', async () => {
    const log = await mountFilled('peer-contact-log');
    expect(await announcement(log, () => button(log, 'Log it').click(), /saved|sent|logged|counted/i)).to.equal('live region');
  });

  it('<peer-request-inbox>: what an action did', async () => {
    const inbox = await mountFilled('peer-request-inbox');
    const take = () => [...inbox.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="request"] button')].find((candidate) => candidate.textContent!.trim().startsWith('I’ll take this'));
    await waitUntil(take, 'no request to take');
    expect(await announcement(inbox, () => take()!.click(), /You took the request from/)).to.be.oneOf(['live region', 'focus']);
  });

  it('<peer-follow-ups>: "reminder set" and "done"', async () => {
    const element = await mountFilled('peer-follow-ups');
    const root = element.shadowRoot!;
    const quick = (label: string) => [...root.querySelectorAll<HTMLButtonElement>('[role="group"][aria-labelledby="follow-up-when"] button')].find((candidate) => candidate.textContent!.trim() === label)!;
    expect(await announcement(element, () => quick('In 3 days').click(), /Reminder set for/)).to.equal('live region');
    const done = [...root.querySelectorAll<HTMLButtonElement>('[part="due"] button')].find((candidate) => candidate.textContent!.trim() === 'Done')!;
    expect(await announcement(element, () => done.click(), /Done\. If a contact log is on this page/)).to.equal('live region');
  });
});
