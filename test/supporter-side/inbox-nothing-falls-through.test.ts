// Issue #17, "Nothing falls through", in <peer-request-inbox> and <peer-supporter-session>, against the
// real reference server: the inbox in pages ("Show more requests"), each request's clock and why,
// "Tried, no answer" through to the hand-back, what coordinators see ("Who is carrying what"), and
// the supporters' safety net.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/peer-support.js';
import '../../src/config/define.js';
import { configure } from '../../src/core/config.js';
import type { InboxItem, InboxLoad } from '../../src/core/contract.js';
import type { PeerRequestInbox } from '../../src/request-inbox/request-inbox.js';
import type { PeerSupporterSession } from '../../src/supporter-session/supporter-session.js';
import { API_URL, PROXY_URL, injectFault } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { button, text, withCleanSupporterSide } from '../support/supporter-side.js';

type Urgency = 'today' | 'few-days' | 'no-rush';

/** A request straight to the server, as the request form sends it. */
async function ask(name: string, urgency: Urgency, supporterId?: string): Promise<string> {
  const request = { id: crypto.randomUUID(), name, channel: { kind: 'phone', value: '555-0188' }, message: 'Could we talk?', urgency, acknowledgedConfidentiality: true, ...(supporterId ? { supporterId } : {}) };
  const response = await fetch(`${API_URL}requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': request.id }, body: JSON.stringify(request) });
  if (!response.ok) throw new Error(`request not stored: ${response.status}`);
  return request.id;
}

const cardOf = (inbox: PeerRequestInbox, id: string) => inbox.shadowRoot!.querySelector<HTMLElement>(`[part~="request"][data-request-id="${id}"]`);
const cards = (inbox: PeerRequestInbox) => inbox.shadowRoot!.querySelectorAll('[part~="request"]').length;
const more = (inbox: PeerRequestInbox) => inbox.shadowRoot!.querySelector<HTMLButtonElement>('button[part~="more"]');
const loaded = (inbox: PeerRequestInbox) => text(inbox).includes('Check again') && !text(inbox).includes('Loading…');
const status = (inbox: PeerRequestInbox) => inbox.shadowRoot!.querySelector('[part~="status"]')!.textContent!.replace(/\s+/g, ' ').trim();
const inCard = (card: HTMLElement, label: string) => [...card.querySelectorAll('button')].find((candidate) => candidate.textContent!.replace(/\s+/g, ' ').trim().startsWith(label));

/** Follows "Show more requests" until the request's card shows (the inbox comes in pages of 50). */
async function pageTo(inbox: PeerRequestInbox, id: string): Promise<HTMLElement> {
  for (;;) {
    await waitUntil(() => cardOf(inbox, id) || (loaded(inbox) && !more(inbox)?.disabled), 'the inbox did not load');
    const card = cardOf(inbox, id);
    if (card) return card;
    if (!more(inbox)) throw new Error('the request is in no page of the inbox');
    const shown = cards(inbox);
    more(inbox)!.click();
    await waitUntil(() => cards(inbox) > shown, 'the next page did not come');
  }
}

/** "Tried, no answer" on the card, a next-try choice, and "Record the try"; resolves with what the inbox says. */
async function recordTry(inbox: PeerRequestInbox, id: string, next: string): Promise<string> {
  const before = status(inbox);
  inCard(cardOf(inbox, id)!, 'Tried, no answer')!.click();
  await waitUntil(() => cardOf(inbox, id)!.querySelector('[part~="tried"]'), 'no next-try question');
  const question = cardOf(inbox, id)!.querySelector<HTMLElement>('[part~="tried"]')!;
  expect(inbox.shadowRoot!.activeElement).to.equal(question);
  [...question.querySelectorAll('label')].find((label) => label.textContent!.trim() === next)!.querySelector('input')!.click();
  await inbox.updateComplete;
  inCard(cardOf(inbox, id)!, 'Record the try')!.click();
  await waitUntil(() => status(inbox) !== before && status(inbox).startsWith('Tried'), `the try was not recorded: ${status(inbox)}`);
  // What happened is said at once; the inbox is then read again from the server.
  await waitUntil(() => !(inbox as unknown as { busyReading: boolean }).busyReading, 'the inbox was not read again');
  return status(inbox);
}

describe('<peer-request-inbox>: nothing falls through', () => {
  withCleanSupporterSide();

  it('shows the inbox a page at a time: "Show more requests" while there are more, "Check again" starts over', async () => {
    // 55 requests with no rush: all behind whatever else is open, so the last one is past the first page.
    const ids: string[] = [];
    for (let n = 0; n < 55; n++) ids.push(await ask(`Paging ${n}`, 'no-rush'));
    configure({ headers: (await bearerSession('supporter', 'ike-mensah')).headers });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    await waitUntil(() => loaded(inbox) && cards(inbox) > 0, 'the inbox did not load');
    expect(cards(inbox)).to.equal(50);
    expect(cardOf(inbox, ids[54]!)).to.equal(null);
    expect(more(inbox)).to.exist;
    await expect(inbox).to.be.accessible();

    more(inbox)!.click();
    await waitUntil(() => cards(inbox) > 50, 'the next page did not come');
    // Focus goes to the first request the page brought, so a keyboard user carries on from there.
    const active = inbox.shadowRoot!.activeElement as HTMLElement;
    expect(active.getAttribute('part')).to.equal('request');
    expect([...inbox.shadowRoot!.querySelectorAll('[part~="request"]')].indexOf(active)).to.equal(50);
    const last = await pageTo(inbox, ids[54]!);
    expect(last.getAttribute('aria-label')).to.equal('Paging');
    // Soonest respond-by first: the seeded requests keep the order they were asked in.
    const order = [...inbox.shadowRoot!.querySelectorAll<HTMLElement>('[part~="request"]')].map((card) => card.dataset.requestId!).filter((id) => ids.includes(id));
    expect(order).to.deep.equal(ids);
    expect(more(inbox)).to.equal(null, 'no "Show more requests" on the last page');

    button(inbox, 'Check again').click();
    await waitUntil(() => cards(inbox) === 50 && more(inbox), 'Check again did not start over');
    expect(cardOf(inbox, ids[54]!)).to.equal(null);
  });

  it('says each request’s clock and why, in the locale’s words', async () => {
    const id = await ask('Clock Person', 'today');
    configure({ headers: (await bearerSession('supporter', 'chi-nguyen')).headers });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    const card = await pageTo(inbox, id);
    const item = (inbox as unknown as { items: InboxItem[] }).items.find((candidate) => candidate.id === id)!;
    expect(item.respondWithinHours).to.equal(4);
    const respondBy = new Date(item.respondBy);
    const by =
      respondBy.toDateString() === new Date().toDateString()
        ? new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(respondBy)
        : new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(respondBy);
    expect(card.querySelector('[part~="due"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Today — respond within 4 hours (by ${by})`);

    // The program manual's "within 24 hours" in hours; beyond two days, in days.
    const later = await ask('Later Person', 'few-days');
    const noRush = await ask('No Rush Person', 'no-rush');
    button(inbox, 'Check again').click();
    await inbox.updateComplete; // the read has started: "Show more requests" waits for it
    expect((await pageTo(inbox, later)).querySelector('[part~="due"]')!.textContent).to.contain('In the next few days — respond within 24 hours (by');
    expect((await pageTo(inbox, noRush)).querySelector('[part~="due"]')!.textContent).to.contain('No rush — respond within 3 days (by');
  });

  it('says plainly, without blame, when a request’s time has passed', async () => {
    configure({ headers: (await bearerSession('supporter', 'chi-nguyen')).headers });
    const past = new Date(Date.now() - 3 * 3_600_000).toISOString();
    await injectFault({
      match: '/api/inbox',
      method: 'GET',
      times: 1,
      status: 200,
      body: { items: [{ id: 'late-1', status: 'open', urgency: 'today', receivedAt: past, respondBy: past, overdue: true, respondWithinHours: 4, name: 'Sam', view: 'preview' }], eraseAfterMinutes: 0 },
    });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${PROXY_URL}></peer-request-inbox>`);
    await waitUntil(() => cardOf(inbox, 'late-1'), 'the request is not shown');
    const due = cardOf(inbox, 'late-1')!.querySelector('[part~="due"]')!.textContent!.replace(/\s+/g, ' ');
    expect(due).to.contain('Today — the time to respond by has passed').and.contain('3 hours ago').and.contain('Getting in touch now still helps.');
    expect(due.toLowerCase()).not.to.contain('should have');
    await expect(inbox).to.be.accessible();
  });

  it('"Tried, no answer": counts each try with the next one, and after the program’s number hands it back to the team', async () => {
    const id = await ask('Hard To Reach', 'today');
    configure({ headers: (await bearerSession('supporter', 'lupe-ramos')).headers });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    await pageTo(inbox, id);
    expect(inCard(cardOf(inbox, id)!, 'Tried, no answer'), 'only whoever holds it can record a try').to.equal(undefined);
    inCard(cardOf(inbox, id)!, 'I’ll take this')!.click();
    await waitUntil(() => cardOf(inbox, id) && inCard(cardOf(inbox, id)!, 'Tried, no answer'), 'no "Tried, no answer" once taken');

    // The question, opened: what "Record the try" will do, and accessible.
    inCard(cardOf(inbox, id)!, 'Tried, no answer')!.click();
    await waitUntil(() => cardOf(inbox, id)!.querySelector('[part~="tried"]'), 'no next-try question');
    // The program's number of tries comes with the read after the claim (`GET policy`).
    await waitUntil(() => cardOf(inbox, id)!.textContent!.includes('After 3 tries without an answer, the request goes back'), 'the program’s number of tries is not said');
    await expect(inbox).to.be.accessible();
    inCard(cardOf(inbox, id)!, 'Not now')!.click();
    await waitUntil(() => !cardOf(inbox, id)!.querySelector('[part~="tried"]'), '"Not now" did not close the question');
    expect(inbox.shadowRoot!.activeElement).to.equal(inCard(cardOf(inbox, id)!, 'Tried, no answer'));
    // With the keyboard: Escape closes it too, and focus comes back to the button.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => cardOf(inbox, id)!.querySelector('[part~="tried"]'), 'Enter did not open the question');
    expect(inbox.shadowRoot!.activeElement).to.equal(cardOf(inbox, id)!.querySelector('[part~="tried"]'));
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !cardOf(inbox, id)!.querySelector('[part~="tried"]'), 'Escape did not close the question');
    expect(inbox.shadowRoot!.activeElement).to.equal(inCard(cardOf(inbox, id)!, 'Tried, no answer'));

    const first = await recordTry(inbox, id, 'In an hour');
    expect(first).to.match(/^Tried 1 time of 3; next try .+\.$/);
    await waitUntil(() => cardOf(inbox, id)?.querySelector('[part~="tries"]'), 'the card does not say it was tried');
    expect(cardOf(inbox, id)!.querySelector('[part~="tries"]')!.textContent).to.match(/Tried 1 time of 3; next try .+\./);

    expect(await recordTry(inbox, id, 'Not sure yet')).to.equal('Tried 2 times of 3. Thank you for trying.');
    const last = await recordTry(inbox, id, 'Tomorrow morning');
    expect(last).to.equal('Tried 3 times of 3. Handed back to the team so someone else can try.');

    // Someone else on the team sees it back, and why, without blame.
    configure({ headers: (await bearerSession('supporter', 'dee-harper')).headers });
    const other = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    const back = await pageTo(other, id);
    expect(back.querySelector('[part~="tries"]')!.textContent).to.contain('Back with the team: someone tried 3 times and could not reach them.');
    expect(inCard(back, 'I’ll take this')).to.exist;
    await expect(other).to.be.accessible();
  });

  it('"Tried, no answer" at a time the supporter chooses: asked for when missing, then said back in the locale’s words', async () => {
    const id = await ask('Evening Person', 'today');
    configure({ headers: (await bearerSession('supporter', 'ike-mensah')).headers });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    inCard(await pageTo(inbox, id), 'I’ll take this')!.click();
    await waitUntil(() => cardOf(inbox, id) && inCard(cardOf(inbox, id)!, 'Tried, no answer'), 'not taken');
    inCard(cardOf(inbox, id)!, 'Tried, no answer')!.click();
    await waitUntil(() => cardOf(inbox, id)!.querySelector('[part~="tried"]'), 'no next-try question');
    const question = () => cardOf(inbox, id)!.querySelector<HTMLElement>('[part~="tried"]')!;
    [...question().querySelectorAll('label')].find((label) => label.textContent!.trim() === 'At a time I choose')!.querySelector('input')!.click();
    await waitUntil(() => question().querySelector('[part~="next-try-time"]'), 'no time field');
    inCard(cardOf(inbox, id)!, 'Record the try')!.click();
    await waitUntil(() => status(inbox).includes('Choose when you mean to try again'), 'a missing time was not asked for');
    expect(question(), 'the question stays open').to.exist;
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    tomorrow.setHours(10, 0, 0, 0);
    const field = question().querySelector<HTMLInputElement>('[part~="next-try-time"]')!;
    const pad = (value: number) => String(value).padStart(2, '0');
    field.value = `${tomorrow.getFullYear()}-${pad(tomorrow.getMonth() + 1)}-${pad(tomorrow.getDate())}T10:00`;
    field.dispatchEvent(new InputEvent('input'));
    await inbox.updateComplete;
    await expect(inbox).to.be.accessible();
    inCard(cardOf(inbox, id)!, 'Record the try')!.click();
    const said = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(tomorrow);
    await waitUntil(() => status(inbox) === `Tried 1 time of 3; next try ${said}.`, `not said back: ${status(inbox)}`);
    // The card, read again from the server, says the same.
    await waitUntil(() => cardOf(inbox, id)?.querySelector('[part~="tries"]')?.textContent?.includes(`Tried 1 time of 3; next try ${said}.`), 'the card does not say the next try');
  });

  it('a request addressed by name goes to the coordinator after the last try, and each of them reads why', async () => {
    const id = await ask('Named Person', 'today', 'gabe-santos');
    const gabe = await bearerSession('supporter', 'gabe-santos');
    // Taken and tried twice through the API; the last try through the inbox.
    const post = (action: string, body?: unknown) =>
      fetch(`${API_URL}inbox/${id}/${action}`, { method: 'POST', headers: { ...gabe.headers, ...(body ? { 'Content-Type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    expect((await post('claim')).status).to.equal(204);
    for (let n = 0; n < 2; n++) expect((await post('attempt', {})).status).to.equal(200);
    configure({ headers: gabe.headers });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    await pageTo(inbox, id);
    expect(cardOf(inbox, id)!.querySelector('[part~="tries"]')!.textContent).to.contain('Tried 2 times of 3.');
    expect(await recordTry(inbox, id, 'Not sure yet')).to.contain('Tried 3 times of 3. Passed to your coordinator');
    await waitUntil(() => cardOf(inbox, id)?.querySelector('[part~="tries"]')?.textContent?.includes('Passed to your coordinator'), 'the card does not say where it went');

    configure({ headers: (await bearerSession('coordinator')).headers });
    const coordinators = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    const card = await pageTo(coordinators, id);
    expect(card.querySelector('[part~="tries"]')!.textContent).to.contain('it was for this supporter by name: please look at it with them');
    await expect(coordinators).to.be.accessible();
  });

  it('a request from a fellow supporter says so to whoever may read it', async () => {
    const request = { id: crypto.randomUUID(), name: 'Fellow Supporter', channel: { kind: 'phone', value: '555-0199' }, urgency: 'today', acknowledgedConfidentiality: true, peerToPeer: true };
    const response = await fetch(`${API_URL}requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': request.id }, body: JSON.stringify(request) });
    expect(response.ok, `request not stored: ${response.status}`).to.equal(true);
    configure({ headers: (await bearerSession('supporter', 'ike-mensah')).headers });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    const card = await pageTo(inbox, request.id);
    expect(card.querySelector('[part~="peer"]')!.textContent).to.contain('A fellow supporter would like to talk something through.');
  });

  it('coordinators see who is carrying what, counts only; supporters do not', async () => {
    const id = await ask('Load Person', 'today');
    const fatima = await bearerSession('supporter', 'fatima-haddad');
    await fetch(`${API_URL}inbox/${id}/claim`, { method: 'POST', headers: fatima.headers });
    const coordinator = await bearerSession('coordinator');
    const load = ((await (await fetch(`${API_URL}inbox/load`, { headers: coordinator.headers })).json()) as InboxLoad).items;
    expect(load.find((row) => row.accountId === fatima.accountId)!.claimed).to.equal(1);

    configure({ headers: coordinator.headers });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    await waitUntil(() => inbox.shadowRoot!.querySelector('[part~="load"] tbody tr'), 'no load table');
    const table = inbox.shadowRoot!.querySelector('[part~="load"] table')!;
    expect(table.querySelector('caption')!.textContent).to.contain('Who is carrying what');
    const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!.trim()));
    expect(rows.map((row) => row.slice(1).map(Number))).to.deep.equal(load.map((row) => [row.addressed, row.claimed, row.attempted, row.contacted]));
    // The roster's names, never a request's details.
    expect(rows.map((row) => row[0])).to.include('Fatima Haddad-Example');
    expect(table.textContent).not.to.contain('Load Person').and.not.to.contain('555-0188');
    await expect(inbox).to.be.accessible();

    configure({ headers: fatima.headers });
    const supporters = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    await waitUntil(() => loaded(supporters) && cards(supporters) > 0, 'the supporter’s inbox did not load');
    expect(supporters.shadowRoot!.querySelector('[part~="load"]')).to.equal(null);
    expect(text(supporters)).not.to.contain('Who is carrying what');
  });
});

describe('the supporters’ safety net on the supporter side', () => {
  withCleanSupporterSide();

  it('is one tap away in the inbox', async () => {
    configure({ headers: (await bearerSession('supporter', 'chi-nguyen')).headers });
    const wrapper = await fixture(html`<peer-support-config backup-name="the on-call clinician" backup-call="555-0100" protocol-url="/wellness/disclosure-steps">
      <peer-request-inbox endpoint=${API_URL}></peer-request-inbox>
    </peer-support-config>`);
    const inbox = wrapper.querySelector<PeerRequestInbox>('peer-request-inbox')!;
    await waitUntil(() => loaded(inbox), 'the inbox did not load');
    const details = inbox.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="backup"]')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.contain('Heard something heavy?');
    expect(details.textContent).to.contain('Call the on-call clinician now.');
    expect(details.querySelector('[part~="backup-call"]')!.getAttribute('href')).to.equal('tel:5550100');
    expect(details.querySelector('[part~="backup-protocol"]')!.getAttribute('href')).to.equal(new URL('/wellness/disclosure-steps', location.href).href);
    details.querySelector('summary')!.click();
    await expect(inbox).to.be.accessible();
  });

  it('is one tap away in <peer-supporter-session> while someone is signed in', async () => {
    configure({ headers: (await bearerSession('supporter', 'chi-nguyen')).headers });
    const session = await fixture<PeerSupporterSession>(html`<peer-supporter-session endpoint=${API_URL}></peer-supporter-session>`);
    await waitUntil(() => text(session).includes('Signed in as'), 'not signed in');
    const details = session.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="backup"]')!;
    expect(details.textContent).to.contain('Call your peer support coordinator now.');
    expect(details.querySelector('[part~="backup-crisis"]')!.getAttribute('href')).to.equal('tel:988');
    // On a line of its own below "Signed in as …" and "Sign out".
    expect(details.getBoundingClientRect().top).to.be.at.least(session.shadowRoot!.querySelector('[part~="sign-out"]')!.getBoundingClientRect().bottom);
    await expect(session).to.be.accessible();
  });
});
