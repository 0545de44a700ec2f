// Two <peer-support-config> wrappers on one page, each with its own sign-in (another tenant's bearer
// token, a supporter's session): every write leaves only with the headers of the configuration that
// made it, through the real server and the fault proxy, which records the headers it received.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/config/define.js';
import '../../src/contact-log/define.js';
import '../../src/request-form/define.js';
import { configure } from '../../src/core/config.js';
import { sharedOutbox } from '../../src/core/outbox.js';
import { openDatabase } from '../../src/core/storage.js';
import { isoWeek } from '../../src/core/format.js';
import type { PeerContactLog } from '../../src/contact-log/contact-log.js';
import type { PeerRequestForm } from '../../src/request-form/request-form.js';
import type { PeerRequestSentEvent, PeerRequestSubmitEvent } from '../../src/core/events.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { bearerSession } from '../support/accounts.js';
import { nextChange, requestsUrl, testOutbox, validRequest } from '../support/outbox-helpers.js';
import { withCleanSupporterSide } from '../support/supporter-side.js';
import { API_URL, PROXY_URL, clearFaults, injectFault, proxyLog, storedRequestCounts } from '../support/rig.js';

const shadow = (element: HTMLElement) => element.shadowRoot!;

async function type(form: PeerRequestForm, name: string, value: string) {
  const input = shadow(form).querySelector<HTMLInputElement>(`[id$="-${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  input.dispatchEvent(new FocusEvent('blur'));
  await form.updateComplete;
}

async function pick(form: PeerRequestForm, label: string) {
  [...shadow(form).querySelectorAll('label')].find((candidate) => candidate.textContent!.trim() === label)!.querySelector('input')!.click();
  await form.updateComplete;
}

/** Fills a request for "anyone on the team" and sends it; resolves with its id once it is saved. */
async function ask(form: PeerRequestForm, name: string): Promise<string> {
  await type(form, 'name', name);
  await pick(form, 'Text message');
  await type(form, 'channelValue', '555-010-0199');
  await pick(form, 'In the next few days');
  await pick(form, 'I have read what stays confidential and its limits.');
  const submitted = oneEvent(form, 'peer-request-submit') as unknown as Promise<PeerRequestSubmitEvent>;
  shadow(form).querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
  return (await submitted).requestId;
}

const postsOf = async (id: string) => (await proxyLog()).filter((entry) => entry.method === 'POST' && entry.idempotencyKey === id);

describe('writes from two configurations on one page', () => {
  withCleanSupporterSide();

  it('two wrappers with two tenants’ bearer tokens: each request leaves with its own headers', async () => {
    const north: Record<string, string> = { ...(await bearerSession('supporter', 'eli-brooks')).headers, 'X-Tenant': 'north' };
    const south: Record<string, string> = { ...(await bearerSession('coordinator')).headers, 'X-Tenant': 'south' };
    const page = await fixture(html`<div>
      <peer-support-config endpoint=${PROXY_URL} .headers=${north}><peer-request-form .supporters=${TEST_SUPPORTERS}></peer-request-form></peer-support-config>
      <peer-support-config endpoint=${PROXY_URL} .headers=${south}><peer-request-form .supporters=${TEST_SUPPORTERS}></peer-request-form></peer-support-config>
    </div>`);
    const [northForm, southForm] = page.querySelectorAll<PeerRequestForm>('peer-request-form');
    const sent = [northForm, southForm].map((form) => oneEvent(form, 'peer-request-sent') as unknown as Promise<PeerRequestSentEvent>);
    const northId = await ask(northForm, 'Sam North');
    const southId = await ask(southForm, 'Sam South');
    expect((await Promise.all(sent)).map((event) => event.requestId)).to.deep.equal([northId, southId]);

    for (const [id, headers] of [[northId, north], [southId, south]] as const) {
      const posts = await postsOf(id);
      expect(posts, `POSTs of ${id}`).to.have.length.greaterThan(0);
      for (const post of posts) expect(post.headers, `headers of ${headers['X-Tenant']}'s request`).to.include({ authorization: headers.Authorization, 'x-tenant': headers['X-Tenant'] });
    }
    expect(await storedRequestCounts([northId, southId])).to.deep.equal({ [northId]: 1, [southId]: 1 });
  });

  it('after a reload with only the other wrapper, a request waits and says so, keeps no header on the device, and goes out with its own headers once its wrapper is back', async () => {
    const north: Record<string, string> = { ...(await bearerSession('supporter', 'eli-brooks')).headers, 'X-Tenant': 'north' };
    const south: Record<string, string> = { ...(await bearerSession('coordinator')).headers, 'X-Tenant': 'south' };

    // The earlier visit: the north wrapper saved a request the server never got, then the tab closed.
    await injectFault({ match: '/api/requests', drop: true });
    const earlierVisit = testOutbox({ baseMs: 60_000, config: { scope: 'north', headers: north } });
    earlierVisit.start();
    const body = validRequest({ name: 'Sam North' });
    const retrying = nextChange(earlierVisit, body.id, 'retrying');
    await earlierVisit.enqueue(requestsUrl(), body, body.id);
    await retrying;
    earlierVisit.stop();
    await clearFaults(); // also starts the proxy's log afresh

    // Nothing secret is on the device: no token, no header; only where it goes and the scope's name.
    const stored = await (await openDatabase())!.get('outbox', body.id);
    const storedText = JSON.stringify(stored);
    for (const secret of [north.Authorization, north.Authorization.slice('Bearer '.length), south.Authorization.slice('Bearer '.length)]) expect(storedText).not.to.contain(secret);
    expect(storedText).not.to.contain('X-Tenant');
    expect((stored as { scope?: unknown }).scope).to.deep.equal({ endpoint: new URL(PROXY_URL, location.href).href, credentials: 'same-origin', name: 'north', signedIn: false });

    // The page again, with only the south wrapper on it.
    const outbox = sharedOutbox();
    const page = await fixture(html`<div>
      <peer-support-config endpoint=${PROXY_URL} scope="south" .headers=${south}><peer-request-form .supporters=${TEST_SUPPORTERS}></peer-request-form></peer-support-config>
    </div>`);
    const southForm = page.querySelector<PeerRequestForm>('peer-request-form')!;
    await waitUntil(() => shadow(southForm).querySelector('[part~="pending"]')?.textContent?.includes('made on another part of this site'), 'the waiting request is not shown honestly', { timeout: 5000 });
    expect(shadow(southForm).querySelector('[part~="pending"]')!.textContent).to.contain('It is safe on this device');
    expect((await outbox.get(body.id))?.state).to.equal('waiting-for-scope');
    expect(await postsOf(body.id)).to.deep.equal([]);
    await expect(southForm).to.be.accessible();

    // "Send now" on the south form does not send it with south's headers either.
    await outbox.sendNow(body.id);
    expect(await postsOf(body.id)).to.deep.equal([]);
    expect((await outbox.get(body.id))?.state).to.equal('waiting-for-scope');

    // The north wrapper is back: it goes out, with north's headers only.
    const sent = nextChange(outbox, body.id, 'sent');
    const northWrapper = document.createElement('peer-support-config');
    northWrapper.setAttribute('endpoint', PROXY_URL);
    northWrapper.setAttribute('scope', 'north');
    northWrapper.headers = north;
    const northForm = document.createElement('peer-request-form');
    northForm.supporters = TEST_SUPPORTERS;
    northWrapper.append(northForm);
    page.append(northWrapper);
    await sent;
    const posts = await postsOf(body.id);
    expect(posts.map((post) => post.headers['x-tenant'])).to.deep.equal(['north']);
    expect(posts[0].headers.authorization).to.equal(north.Authorization);
    expect(await storedRequestCounts([body.id])).to.deep.equal({ [body.id]: 1 });
  });

  it('two wrappers without scope names: a request stays with the wrapper that made it, even after a reload that cannot tell them apart', async () => {
    const north = { 'X-Tenant': 'north' };
    const south = { 'X-Tenant': 'south' };
    await injectFault({ match: '/api/requests', drop: true });
    const page = await fixture(html`<div>
      <peer-support-config endpoint=${PROXY_URL} .headers=${north}><peer-request-form .supporters=${TEST_SUPPORTERS}></peer-request-form></peer-support-config>
      <peer-support-config endpoint=${PROXY_URL} .headers=${south}><peer-request-form .supporters=${TEST_SUPPORTERS}></peer-request-form></peer-support-config>
    </div>`);
    const northForm = page.querySelector<PeerRequestForm>('peer-request-form')!;
    const id = await ask(northForm, 'Sam North');
    await waitUntil(() => shadow(northForm).querySelector('[part~="status"]')?.textContent?.includes('Not sent yet'), 'not tried yet');
    page.remove(); // the tab closes
    const northTries = await postsOf(id);
    expect(northTries.map((post) => post.headers['x-tenant'])).to.include('north').and.not.to.include('south');

    // The next visit has only the south wrapper, with the same endpoint and no name: it must not send it.
    await clearFaults();
    const nextVisit = testOutbox({ config: { headers: south } });
    nextVisit.start();
    await nextVisit.sendNow(id);
    expect((await nextVisit.get(id))?.state).to.equal('waiting-for-scope');
    nextVisit.stop();
    expect((await postsOf(id)).map((post) => post.headers['x-tenant'])).not.to.include('south');
    expect(await storedRequestCounts([id])).to.deep.equal({ [id]: 0 });
  });

  it('a contact-log entry is sent with the session and CSRF token of its own wrapper, not with a request form’s client', async () => {
    const eli = await bearerSession('supporter', 'eli-brooks');
    const session = await (await fetch(`${API_URL}session`, { headers: eli.headers })).json();
    expect(session.csrfToken).to.be.a('string');
    const otherTenant = { ...(await bearerSession('coordinator')).headers, 'X-Tenant': 'south' };
    const page = await fixture(html`<div>
      <peer-support-config endpoint=${PROXY_URL} .headers=${eli.headers}>
        <peer-contact-log></peer-contact-log>
        <peer-request-form .supporters=${TEST_SUPPORTERS}></peer-request-form>
      </peer-support-config>
      <peer-support-config endpoint=${PROXY_URL} .headers=${otherTenant}><peer-request-form .supporters=${TEST_SUPPORTERS}></peer-request-form></peer-support-config>
    </div>`);
    const log = page.querySelector<PeerContactLog>('peer-contact-log')!;
    await waitUntil(() => shadow(log).querySelector('form'), 'not signed in');
    [...shadow(log).querySelectorAll('button')].find((button) => button.textContent!.trim() === 'Log it')!.click();
    const status = () => shadow(log).querySelector('[part~="status"]')!.textContent!;
    await waitUntil(() => /Sent\.|Not sent|sign in/i.test(status()), 'the entry was not sent');
    expect(status()).to.contain('Sent.');

    const posts = (await proxyLog()).filter((entry) => entry.method === 'POST' && entry.path.endsWith('/api/contacts'));
    expect(posts).to.have.length(1);
    const id = posts[0].idempotencyKey!;
    expect(posts[0].headers).to.include({ authorization: eli.headers.Authorization, 'x-csrf-token': session.csrfToken });
    expect(posts[0].headers).not.to.have.property('x-tenant');
    expect((await (await fetch(`/__db/contact-count?id=${id}`)).json()).count).to.equal(1);
  });

  it('a contact-log entry saved on an earlier visit waits until the page knows who is signed in, then goes with that session’s CSRF token', async () => {
    const eli = await bearerSession('supporter', 'eli-brooks');
    const session = await (await fetch(`${API_URL}session`, { headers: eli.headers })).json();
    await injectFault({ match: '/api/contacts', drop: true });
    const earlierVisit = testOutbox({ baseMs: 60_000, config: { headers: eli.headers }, signedIn: true });
    earlierVisit.start();
    const entry = { id: crypto.randomUUID(), week: isoWeek(new Date()), kind: 'one-on-one', origin: 'self-referred', durationMinutes: 30, people: 1, topics: [], referredTo: ['none'] };
    const retrying = nextChange(earlierVisit, entry.id, 'retrying');
    await earlierVisit.enqueue(new URL(`${PROXY_URL}contacts`, location.href), entry, entry.id);
    await retrying;
    earlierVisit.stop();
    await clearFaults();

    const sent = nextChange(sharedOutbox(), entry.id, 'sent');
    await fixture(html`<peer-support-config endpoint=${PROXY_URL} .headers=${eli.headers}><peer-contact-log></peer-contact-log></peer-support-config>`);
    await sent;
    const posts = await postsOf(entry.id);
    expect(posts).to.have.length(1);
    expect(posts[0].headers).to.include({ authorization: eli.headers.Authorization, 'x-csrf-token': session.csrfToken });
    expect((await (await fetch(`/__db/contact-count?id=${entry.id}`)).json()).count).to.equal(1);
  });

  it('an app that switches tenants with configure(): a request made as one tenant waits while the page is another, and goes out as its own', async () => {
    const north = { 'X-Tenant': 'north' };
    const south = { 'X-Tenant': 'south' };
    configure({ endpoint: PROXY_URL, headers: north });
    await injectFault({ match: '/api/requests', drop: true });
    const form = await fixture<PeerRequestForm>(html`<peer-request-form .supporters=${TEST_SUPPORTERS}></peer-request-form>`);
    const status = () => shadow(form).querySelector('[part~="status"]')?.textContent ?? '';
    const id = await ask(form, 'Sam North');
    await waitUntil(() => status().includes('Not sent yet'), 'not tried yet');
    await clearFaults();

    configure({ headers: south });
    await waitUntil(() => status().includes('made on another part of this site'), `not said honestly: "${status()}"`);
    await sharedOutbox().sendNow(id);
    expect(await postsOf(id)).to.deep.equal([]);

    const sent = oneEvent(form, 'peer-request-sent');
    configure({ headers: north });
    await sent;
    expect((await postsOf(id)).map((post) => post.headers['x-tenant'])).to.deep.equal(['north']);
  });
});
