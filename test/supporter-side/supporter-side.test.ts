import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/peer-support.js';
import { configure } from '../../src/core/config.js';
import type { PeerRequestForm } from '../../src/request-form/request-form.js';
import type { PeerRequestInbox } from '../../src/request-inbox/request-inbox.js';
import type { PeerAvailability } from '../../src/availability/availability.js';
import type { PeerContactLog } from '../../src/contact-log/contact-log.js';
import { API_URL, PROXY_URL, clearFaults, injectFault } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { text, button, withCleanSupporterSide } from '../support/supporter-side.js';

/**
 * The card of one request, following "Show more requests" until it shows: the inbox comes in pages
 * of 50, soonest respond-by first, and other tests leave requests in the same database.
 */
async function pageTo(inbox: PeerRequestInbox, requestId: string): Promise<HTMLElement> {
  const card = () => inbox.shadowRoot!.querySelector<HTMLElement>(`[part~="request"][data-request-id="${requestId}"]`);
  const more = () => inbox.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="more"]:not([disabled])');
  for (;;) {
    await waitUntil(() => card() || more() || (text(inbox).includes('Check again') && !text(inbox).includes('Loading…') && !inbox.shadowRoot!.querySelector('button[part~="more"]')), 'the inbox did not load');
    if (card()) return card()!;
    if (!more()) throw new Error('the request is not in any page of the inbox');
    more()!.click();
    await waitUntil(() => card() || !inbox.shadowRoot!.querySelector('button[part~="more"][disabled]'), 'the next page did not come');
  }
}

describe('the supporter side', () => {
  withCleanSupporterSide();

  it('asks to sign in, plainly, when nobody is', async () => {
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    await waitUntil(() => text(inbox).includes('sign-in link'), 'no sign-in message');
    await expect(inbox).to.be.accessible();
  });

  it('the full loop: a request from the form reaches the right supporter, who takes it, gets in touch and closes it; it is erased', async () => {
    const ana = await bearerSession('supporter', 'ana-rivera');
    const ben = await bearerSession('supporter', 'ben-okafor');
    // Staff side: no sign-in needed to ask.
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${API_URL} supporter-id="ana-rivera"></peer-request-form>`);
    await waitUntil(() => form.shadowRoot!.querySelectorAll('option').length > 3, 'roster not loaded');
    const root = form.shadowRoot!;
    const name = root.querySelector<HTMLInputElement>('[id$="-name"]')!;
    name.value = 'Loop Tester';
    name.dispatchEvent(new InputEvent('input'));
    [...root.querySelectorAll('label')].find((label) => label.textContent!.trim() === 'Phone call')!.querySelector('input')!.click();
    await form.updateComplete;
    const value = root.querySelector<HTMLInputElement>('[id$="-channelValue"]')!;
    value.value = '555-010-0142';
    value.dispatchEvent(new InputEvent('input'));
    [...root.querySelectorAll('label')].find((label) => label.textContent!.trim() === 'Today, if possible')!.querySelector('input')!.click();
    [...root.querySelectorAll('label')].find((label) => label.textContent!.trim() === 'I have read what stays confidential and its limits.')!.querySelector('input')!.click();
    await form.updateComplete;
    const sent = oneEvent(form, 'peer-request-sent');
    button(form, 'Send my request').click();
    const { requestId } = (await sent) as unknown as { requestId: string };

    // Ben does not see it: it is addressed to Ana.
    configure({ headers: ben.headers });
    const bensInbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    await waitUntil(() => text(bensInbox).includes('Check again') && !text(bensInbox).includes('Loading…'), 'Ben’s inbox did not load');
    expect(text(bensInbox)).not.to.contain('Loop Tester');

    configure({ headers: ana.headers });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    await pageTo(inbox, requestId);
    await waitUntil(() => text(inbox).includes('Loop Tester'), 'Ana does not see the request');
    expect(text(inbox)).to.contain('Today — respond within').and.contain('erases the person’s name');
    expect(inbox.shadowRoot!.querySelector('a[href="tel:5550100142"]')).to.exist;
    await expect(inbox).to.be.accessible();
    // Other tests leave requests for "anyone" in the same database: act on this one only.
    const mine = () => inbox.shadowRoot!.querySelector<HTMLElement>('[part~="request"][aria-label="Loop Tester"]');
    const action = (label: string) => [...(mine()?.querySelectorAll('button') ?? [])].find((candidate) => candidate.textContent!.trim().startsWith(label));
    for (const step of ['I’ll take this', 'I’ve been in touch']) {
      action(step)!.click();
      await waitUntil(() => !action(step), `${step} did not happen`);
    }
    // Closing asks first, in the card.
    action('Close and erase')!.click();
    await waitUntil(() => action('Yes, close and erase'), 'closing did not ask first');
    action('Yes, close and erase')!.click();
    await waitUntil(() => !mine(), 'Close and erase did not happen');
    expect(mine()).to.equal(null);
    expect(text(inbox)).to.contain('only an anonymous count remains');
    const row = await (await fetch(`/__db/request-fields?id=${requestId}`)).json();
    expect(row).to.deep.include({ name: null, channel_value: null, message: null, best_times: null });
    expect(row.erased_at).to.be.a('string');
  });

  it('availability: set by the supporter, shown on the roster, and off duty said kindly', async () => {
    configure({ headers: (await bearerSession('supporter', 'hana-kim')).headers });
    const widget = await fixture<PeerAvailability>(html`<peer-availability endpoint=${API_URL}></peer-availability>`);
    await waitUntil(() => widget.shadowRoot!.querySelector('input[type="radio"]'), 'not signed in');
    [...widget.shadowRoot!.querySelectorAll('label')].find((label) => label.textContent!.trim() === 'Off duty')!.querySelector('input')!.click();
    await widget.updateComplete;
    expect(text(widget)).to.contain('Off duty is part of the job');
    await expect(widget).to.be.accessible();
    button(widget, 'Save').click();
    await waitUntil(() => text(widget).includes('Saved'), 'not saved');
    const roster = await (await fetch(`${API_URL}supporters`)).json();
    expect(roster.items.find((supporter: { id: string }) => supporter.id === 'hana-kim').availability.status).to.equal('off-duty');
  });

  it('contact log: quick, anonymous, works offline and lands once', async () => {
    configure({ headers: (await bearerSession('supporter', 'eli-brooks')).headers });
    await injectFault({ match: '/api/contacts', drop: true });
    const log = await fixture<PeerContactLog>(html`<peer-contact-log endpoint=${PROXY_URL}></peer-contact-log>`);
    await waitUntil(() => log.shadowRoot!.querySelector('form'), 'not signed in');
    expect(log.shadowRoot!.querySelector('textarea, input[type="text"]')).to.equal(null); // no free text anywhere
    await expect(log).to.be.accessible();
    const submitted = new Promise<string>((resolve) => {
      const observer = new MutationObserver(() => {
        const status = log.shadowRoot!.querySelector('[part~="status"]')!.textContent!;
        if (status.includes('when the connection is back')) resolve(status);
      });
      observer.observe(log.shadowRoot!, { subtree: true, characterData: true, childList: true });
    });
    button(log, 'Log it').click();
    expect(await submitted).to.contain('Saved on this device');
    await clearFaults();
    const status = () => log.shadowRoot!.querySelector('[part~="status"]')!.textContent!;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => status().includes('Sent'), 'never sent', { timeout: 8000 });
    const id = (log as unknown as { status?: { id: string } }).status!.id;
    expect((await (await fetch(`/__db/contact-count?id=${id}`)).json()).count).to.equal(1);
  });

  it('contact log works with the keyboard alone (arrow keys, Tab, Enter)', async () => {
    configure({ headers: (await bearerSession('supporter', 'jo-lindqvist')).headers });
    const log = await fixture<PeerContactLog>(html`<peer-contact-log endpoint=${API_URL}></peer-contact-log>`);
    await waitUntil(() => log.shadowRoot!.querySelector('form'), 'not signed in');
    log.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!.focus();
    await sendKeys({ press: 'ArrowRight' }); // Group
    await log.updateComplete;
    expect(log.shadowRoot!.querySelector('#people')).to.exist;
    const submit = button(log, 'Log it');
    for (let step = 0; step < 40 && log.shadowRoot!.activeElement !== submit; step++) await sendKeys({ press: 'Tab' });
    expect(log.shadowRoot!.activeElement === submit, 'Tab reaches "Log it"').to.be.true;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => /Sent|Saved/.test(log.shadowRoot!.querySelector('[part~="status"]')!.textContent!), `not logged: "${log.shadowRoot!.activeElement?.textContent}"`, { timeout: 5000 });

  });

  it('a coordinator sees what nobody has taken yet and assigns it', async () => {
    const request = { id: crypto.randomUUID(), name: 'Assign Me', channel: { kind: 'text', value: '555-0100' }, urgency: 'today', acknowledgedConfidentiality: true };
    await fetch(`${API_URL}requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': request.id }, body: JSON.stringify(request) });
    const kai = await bearerSession('supporter', 'kai-tupou');
    configure({ headers: (await bearerSession('coordinator')).headers });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    const card = () => inbox.shadowRoot!.querySelector<HTMLElement>(`[part~="request"][data-request-id="${request.id}"]`);
    await pageTo(inbox, request.id);
    await waitUntil(() => card()?.querySelector('select'), 'no assign choice');
    expect(card()!.textContent).to.contain('Nobody has taken it yet.');
    // A coordinator sees that it waits and how soon, not who asked.
    expect(card()!.getAttribute('aria-label')).to.equal('A request for anyone on the team');
    expect(card()!.textContent).not.to.contain('Assign Me').and.not.to.contain('555-0100');
    expect(button(inbox, 'I’ll take this')).to.equal(undefined, 'coordinators assign; supporters take');
    await expect(inbox).to.be.accessible();
    const select = card()!.querySelector('select')!;
    select.value = kai.accountId;
    select.dispatchEvent(new Event('change'));
    // The roster's name, not the account's id.
    await waitUntil(() => text(inbox).includes('Assigned to Kai Tupou-Example'), `not assigned: ${text(inbox)}`);
    expect(text(inbox)).not.to.contain('kai-tupou');
    // The message comes first; the list follows once the inbox has been read again.
    await waitUntil(() => !card()!.textContent!.includes('Nobody has taken it yet.'), 'still shown as not taken');
    // The card says who holds it, by name.
    expect(card()!.querySelector('[part~="holder"]')!.textContent).to.contain('Taken by Kai Tupou-Example');
  });

  it('a request for anyone shows the team a first name; how to reach them appears only for the one who takes it', async () => {
    const request = { id: crypto.randomUUID(), name: 'Robin Preview-Person', channel: { kind: 'phone', value: '555-0177' }, message: 'Rough week.', urgency: 'few-days', acknowledgedConfidentiality: true };
    await fetch(`${API_URL}requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': request.id }, body: JSON.stringify(request) });
    configure({ headers: (await bearerSession('supporter', 'jo-lindqvist')).headers });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    const card = () => inbox.shadowRoot!.querySelector<HTMLElement>(`[part~="request"][data-request-id="${request.id}"]`);
    // "In the next few days": behind the team's "today" requests, possibly past the first page.
    await pageTo(inbox, request.id);
    expect(card()!.getAttribute('aria-label')).to.equal('Robin');
    expect(card()!.textContent).to.contain('once you take it').and.not.to.contain('555-0177').and.not.to.contain('Rough week.');
    await expect(inbox).to.be.accessible();
    [...card()!.querySelectorAll('button')].find((candidate) => candidate.textContent!.trim().startsWith('I’ll take this'))!.click();
    await waitUntil(() => card()?.querySelector('a[href="tel:5550177"]'), 'contact details not shown to the one who took it');
    expect(card()!.textContent).to.contain('Robin Preview-Person').and.contain('Rough week.');
  });
});
