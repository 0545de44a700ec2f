// The public shape of the supporter-side elements, as the staff-side ones have it: typed events for
// what the server accepted, sub-URLs that honour `paths`, a refresh that cancels the one before it,
// and one session per configuration scope on the page (read through the fault proxy's log).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/peer-support.js';
import { configure } from '../../src/core/config.js';
import type { PeerRequestInbox } from '../../src/request-inbox/request-inbox.js';
import type { PeerAvailability } from '../../src/availability/availability.js';
import type { PeerContactLog } from '../../src/contact-log/contact-log.js';
import {
  PeerAvailabilityChangeEvent,
  PeerContactLoggedEvent,
  PeerRequestAssignedEvent,
  PeerRequestClaimedEvent,
  PeerRequestClosedEvent,
  PeerRequestContactedEvent,
} from '../../src/core/events.js';
import { API_URL, PROXY_URL, injectFault, proxyLog, proxySettled } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { text, button, choice, requestForAnyone, withCleanSupporterSide } from '../support/supporter-side.js';

/** The next event of this class from `target`, typed as that class. */
const next = <E extends Event>(target: EventTarget, type: { eventName: string; prototype: E }) => oneEvent(target, type.eventName) as unknown as Promise<E>;

const card = (inbox: PeerRequestInbox, id: string) => inbox.shadowRoot!.querySelector<HTMLElement>(`[part~="request"][data-request-id="${id}"]`);
const action = (inbox: PeerRequestInbox, id: string, part: string) => card(inbox, id)?.querySelector<HTMLButtonElement>(`button[part~="${part}"]`) ?? null;

describe('supporter-side elements: public API', () => {
  withCleanSupporterSide();

  it('the inbox announces claim, contacted and close with the request id (and the erase delay), and nothing about the person', async () => {
    const id = await requestForAnyone('Events Person');
    configure({ headers: (await bearerSession('supporter', 'chi-nguyen')).headers });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    await waitUntil(() => action(inbox, id, 'claim'), 'the request is not offered');

    const claimed = next(inbox, PeerRequestClaimedEvent);
    action(inbox, id, 'claim')!.click();
    const claim = await claimed;
    expect(claim).to.be.instanceOf(PeerRequestClaimedEvent);
    expect(claim).to.include({ requestId: id, action: 'claimed', bubbles: true, composed: true });
    expect(Object.keys(claim).filter((key) => key !== 'isTrusted')).to.have.members(['requestId', 'action']);

    await waitUntil(() => action(inbox, id, 'contacted'), 'not shown as taken');
    const contacted = next(inbox, PeerRequestContactedEvent);
    action(inbox, id, 'contacted')!.click();
    expect(await contacted).to.include({ requestId: id, action: 'contacted' });

    await waitUntil(() => !action(inbox, id, 'contacted'), 'not shown as contacted');
    const closed = next(inbox, PeerRequestClosedEvent);
    action(inbox, id, 'close')!.click();
    await waitUntil(() => action(inbox, id, 'close-confirm'), 'closing did not ask first');
    action(inbox, id, 'close-confirm')!.click();
    const close = await closed;
    expect(close).to.be.instanceOf(PeerRequestClosedEvent);
    expect(close.requestId).to.equal(id);
    expect(close.eraseAfterMinutes).to.be.a('number');
  });

  it('the inbox announces an assignment with the request and the account it went to', async () => {
    const id = await requestForAnyone('Assign Event');
    const gabe = await bearerSession('supporter', 'gabe-santos');
    configure({ headers: (await bearerSession('coordinator')).headers });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`);
    await waitUntil(() => card(inbox, id)?.querySelector('select[part~="assign"]'), 'no assign choice');
    const assigned = next(inbox, PeerRequestAssignedEvent);
    const select = card(inbox, id)!.querySelector('select')!;
    select.value = gabe.accountId;
    select.dispatchEvent(new Event('change'));
    const event = await assigned;
    expect(event).to.be.instanceOf(PeerRequestAssignedEvent);
    expect(event).to.include({ requestId: id, accountId: gabe.accountId, action: 'assigned' });
  });

  it('availability announces what the server saved', async () => {
    configure({ headers: (await bearerSession('supporter', 'dee-harper')).headers });
    const widget = await fixture<PeerAvailability>(html`<peer-availability endpoint=${API_URL}></peer-availability>`);
    await waitUntil(() => widget.shadowRoot!.querySelector('input[type="radio"]'), 'not signed in');
    choice(widget, 'Busy').click();
    await widget.updateComplete;
    const changed = next(widget, PeerAvailabilityChangeEvent);
    button(widget, 'Save').click();
    const event = await changed;
    expect(event).to.be.instanceOf(PeerAvailabilityChangeEvent);
    expect(event).to.include({ status: 'busy', until: undefined, bubbles: true, composed: true });
    const roster = await (await fetch(`${API_URL}supporters`)).json();
    expect(roster.items.find((supporter: { id: string }) => supporter.id === 'dee-harper').availability.status).to.equal('busy');
  });

  it('the contact log announces an entry with its id and week only', async () => {
    configure({ headers: (await bearerSession('supporter', 'fatima-haddad')).headers });
    const log = await fixture<PeerContactLog>(html`<peer-contact-log endpoint=${API_URL}></peer-contact-log>`);
    await waitUntil(() => log.shadowRoot!.querySelector('form'), 'not signed in');
    const logged = next(log, PeerContactLoggedEvent);
    button(log, 'Log it').click();
    const event = await logged;
    expect(event).to.be.instanceOf(PeerContactLoggedEvent);
    expect(event.contactId).to.match(/^[0-9a-f-]{36}$/);
    expect(event.week).to.match(/^\d{4}-W\d{2}$/);
    expect(event.persisted).to.be.a('boolean');
    expect(Object.keys(event).filter((key) => key !== 'isTrusted')).to.have.members(['contactId', 'week', 'persisted']);
  });

  it('four supporter-side elements with one configuration ask `GET session` once', async () => {
    configure({ headers: (await bearerSession('coordinator')).headers });
    const page = await fixture<HTMLElement>(html`<div>
      <peer-request-inbox endpoint=${PROXY_URL}></peer-request-inbox>
      <peer-availability endpoint=${PROXY_URL}></peer-availability>
      <peer-contact-log endpoint=${PROXY_URL}></peer-contact-log>
      <peer-program-stats endpoint=${PROXY_URL}></peer-program-stats>
    </div>`);
    const elements = [...page.children] as HTMLElement[];
    await waitUntil(() => elements.every((element) => element.shadowRoot?.querySelector('.panel')), 'not all signed in');
    await proxySettled();
    const sessions = (await proxyLog()).filter((entry) => entry.method === 'GET' && entry.path.split('?')[0] === '/api/session');
    expect(sessions, 'GET session requests').to.have.length(1);
  });

  it('the inbox builds its sub-URLs through `paths`, a path with a query (a gateway’s tenant) included: read and claim go to the overridden path', async () => {
    const id = crypto.randomUUID();
    const now = Date.now();
    const item = { id, status: 'open', urgency: 'today', receivedAt: new Date(now - 60_000).toISOString(), respondBy: new Date(now + 3_600_000).toISOString(), overdue: false, name: 'Path Person', view: 'preview' };
    await injectFault({ match: '/api/team/requests-inbox', method: 'GET', status: 200, body: { items: [item], eraseAfterMinutes: 0 } });
    await injectFault({ match: '/api/team/requests-inbox', method: 'POST', status: 204 });
    configure({ headers: (await bearerSession('supporter', 'ben-okafor')).headers, paths: { inbox: 'team/requests-inbox?tenant=north' } });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${PROXY_URL}></peer-request-inbox>`);
    await waitUntil(() => action(inbox, id, 'claim'), `the request is not offered: "${text(inbox)}"`);
    const claimed = next(inbox, PeerRequestClaimedEvent);
    action(inbox, id, 'claim')!.click();
    expect((await claimed).requestId).to.equal(id);
    await proxySettled();
    const inboxCalls = (await proxyLog()).filter((entry) => /inbox/.test(entry.path)).map((entry) => `${entry.method} ${entry.path}`);
    expect(inboxCalls).to.include('GET /api/team/requests-inbox?tenant=north').and.include(`POST /api/team/requests-inbox/${id}/claim?tenant=north`);
    expect(inboxCalls.filter((call) => call.includes('/api/inbox')), 'calls that bypassed `paths`').to.deep.equal([]);
  });

  it('a refresh cancels the read still under way', async () => {
    configure({ headers: (await bearerSession('supporter', 'eli-brooks')).headers });
    // The first read of the inbox hangs at the proxy; the second is answered at once.
    await injectFault({ match: '/api/inbox', method: 'GET', times: 1, delayMs: 4000 });
    const inboxReads = async () => (await proxyLog()).filter((entry) => entry.method === 'GET' && entry.path.startsWith('/api/inbox'));
    try {
      const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${PROXY_URL}></peer-request-inbox>`);
      await waitUntil(async () => (await inboxReads()).length === 1, 'the first read did not start');
      await inbox.refresh();
      // Seen where the request goes, not by wrapping fetch: the page closed the first read's connection.
      await waitUntil(async () => (await inboxReads())[0]?.clientAborted === true, 'the earlier read is not cancelled');
      const reads = await inboxReads();
      expect(reads).to.have.length(2);
      expect(reads[1].clientAborted, 'the newer read is answered').to.not.equal(true);
      await inbox.updateComplete;
      expect(text(inbox)).to.contain('Check again').and.not.contain('Loading…');
      expect(inbox.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim(), 'a cancelled read is not a problem to show').to.equal('');
    } finally {
      await proxySettled();
    }
  });
});
