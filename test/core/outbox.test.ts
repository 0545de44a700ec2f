import { expect } from '@open-wc/testing';
import { openDatabase } from '../../src/core/storage.js';
import { withoutIndexedDB } from '../support/storage-faults.js';
import type { PeerOutbox } from '../../src/core/outbox.js';
import { clearFaults, injectFault, proxyLog, proxySettled, storedRequestCounts } from '../support/rig.js';
import { emptyOutbox, nextChange, requestsUrl, testOutbox, validRequest } from '../support/outbox-helpers.js';

describe('outbox: nothing is lost', () => {
  const opened: PeerOutbox[] = [];
  const open = (options?: Parameters<typeof testOutbox>[0]) => {
    const outbox = testOutbox(options);
    opened.push(outbox);
    return outbox;
  };
  beforeEach(async () => {
    await clearFaults();
    await emptyOutbox();
  });
  afterEach(async () => {
    opened.splice(0).forEach((outbox) => outbox.stop());
    await clearFaults();
    await emptyOutbox();
  });

  async function sendOnce(outbox: PeerOutbox, body = validRequest()) {
    outbox.start();
    const sent = nextChange(outbox, body.id, 'sent');
    const { persisted } = await outbox.enqueue(requestsUrl(), body, body.id);
    expect(persisted).to.be.true;
    return { body, sent: await sent };
  }

  it('saves on the device before sending, sends with an Idempotency-Key, and forgets it only after the 2xx', async () => {
    await injectFault({ match: '/api/requests', delayMs: 300, times: 1 });
    const outbox = open();
    outbox.start();
    const body = validRequest();
    const sent = nextChange(outbox, body.id, 'sent');
    await outbox.enqueue(requestsUrl(), body, body.id);
    // While the request is on its way, a fresh look at IndexedDB (a reload) finds it.
    const onDevice = await testOutbox().get(body.id);
    expect(onDevice?.body).to.deep.equal(body);
    const { receipt } = await sent;
    expect(receipt).to.include({ id: body.id, status: 'received' });
    expect(await testOutbox().get(body.id)).to.equal(undefined);
    const log = (await proxyLog()).filter((entry) => entry.method === 'POST');
    expect(log.map((entry) => entry.idempotencyKey)).to.deep.equal([body.id]);
    expect(await storedRequestCounts([body.id])).to.deep.equal({ [body.id]: 1 });
  });

  it('offline before sending: keeps it, says it is retrying, and sends when the browser is back online', async () => {
    // Every connection fails (Chrome itself resends once on a reset connection, so one drop is not enough).
    await injectFault({ match: '/api/requests', drop: true });
    const outbox = open({ baseMs: 60_000 });
    outbox.start();
    const body = validRequest();
    const retrying = nextChange(outbox, body.id, 'retrying');
    await outbox.enqueue(requestsUrl(), body, body.id);
    const change = await retrying;
    expect(change.record?.lastError?.kind).to.equal('network');
    expect(change.record?.lastError?.message).to.match(/couldn't reach the server/);
    await clearFaults();
    const sent = nextChange(outbox, body.id, 'sent');
    window.dispatchEvent(new Event('online'));
    await sent;
    expect(await storedRequestCounts([body.id])).to.deep.equal({ [body.id]: 1 });
  });

  const faults: [string, Parameters<typeof injectFault>[0], Parameters<typeof testOutbox>[0]?][] = [
    ['connection reset', { match: '/api/requests', drop: true, times: 2 }],
    ['offline mid-send (the connection dies after a while)', { match: '/api/requests', delayMs: 200, drop: true, times: 2 }],
    // The hang is far past the timeout, so that a timer late on a busy machine still fires first.
    ['a hang past the timeout', { match: '/api/requests', delayMs: 3000, times: 1 }, { timeoutMs: 250 }],
    ['500', { match: '/api/requests', status: 500, times: 1 }],
    ['502', { match: '/api/requests', status: 502, times: 1, contentType: 'text/html', body: '<h1>Bad gateway</h1>' }],
    ['503 with Retry-After', { match: '/api/requests', status: 503, headers: { 'Retry-After': '1' }, times: 1 }],
    ['429', { match: '/api/requests', status: 429, headers: { 'Retry-After': '0' }, times: 2 }],
    ['the answer lost after the server stored it', { match: '/api/requests', dropResponse: true, times: 1 }],
  ];
  for (const [name, fault, options] of faults) {
    it(`${name}: retried until acknowledged, stored exactly once`, async () => {
      await injectFault(fault);
      const outbox = open(options);
      const states: string[] = [];
      outbox.addEventListener('change', (event) => states.push((event as unknown as { change: { state: string } }).change.state));
      const { body, sent } = await sendOnce(outbox);
      expect(sent.receipt).to.include({ id: body.id });
      expect(states[0]).to.equal('queued');
      expect(states.at(-1)).to.equal('sent');
      // Sent more than once (by the outbox, or by Chrome itself after a reset), yet stored once.
      const attempts = (await proxyLog()).filter((entry) => entry.method === 'POST' && entry.idempotencyKey === body.id);
      expect(attempts.length).to.be.at.least(2);
      await proxySettled();
      expect(await storedRequestCounts([body.id])).to.deep.equal({ [body.id]: 1 });
    });
  }

  it('honours Retry-After before trying again', async () => {
    await injectFault({ match: '/api/requests', status: 503, headers: { 'Retry-After': '1' }, times: 1 });
    const outbox = open();
    outbox.start();
    const body = validRequest();
    const retrying = nextChange(outbox, body.id, 'retrying');
    await outbox.enqueue(requestsUrl(), body, body.id);
    const { record } = await retrying;
    expect(Date.parse(record!.nextAttemptAt) - Date.now()).to.be.greaterThan(700);
  });

  it('a reload mid-send: the next page finds it and sends it; the server keeps one', async () => {
    await injectFault({ match: '/api/requests', delayMs: 300, times: 1 });
    const first = open();
    first.start();
    const body = validRequest();
    const sending = nextChange(first, body.id, 'sending');
    await first.enqueue(requestsUrl(), body, body.id);
    await sending;
    first.stop(); // the tab goes away with the request in flight
    const next = open();
    const sent = nextChange(next, body.id, 'sent');
    next.start();
    await sent;
    // The abandoned attempt still reaches the server after its delay; let it land, then count.
    await proxySettled();
    expect(await storedRequestCounts([body.id])).to.deep.equal({ [body.id]: 1 });
  });

  it('two tabs: one sends at a time and nothing is sent twice', async () => {
    const tabA = open();
    const tabB = open();
    const bodies = Array.from({ length: 5 }, () => validRequest());
    const allSent = Promise.all(bodies.map((body) => nextChange(tabA, body.id, 'sent').catch(() => undefined)));
    for (const body of bodies) await tabA.enqueue(requestsUrl(), body, body.id);
    await Promise.all([tabA.flush(), tabB.flush(), tabA.flush()]);
    await allSent;
    expect(await tabA.pending()).to.deep.equal([]);
    const posts = (await proxyLog()).filter((entry) => entry.method === 'POST');
    expect(posts.map((entry) => entry.idempotencyKey).sort()).to.deep.equal(bodies.map((body) => body.id).sort());
    const counts = await storedRequestCounts(bodies.map((body) => body.id));
    expect(Object.values(counts)).to.deep.equal([1, 1, 1, 1, 1]);
  });

  it('a request the server refuses (400) is parked with its words, not retried', async () => {
    const outbox = open();
    outbox.start();
    const body = validRequest({ urgency: 'yesterday' });
    const parked = nextChange(outbox, body.id, 'needs-fix');
    await outbox.enqueue(requestsUrl(), body, body.id);
    const { record } = await parked;
    expect(record!.lastError!.message).to.match(/must be one of: today, few-days, no-rush/);
    await outbox.flush();
    expect((await proxyLog()).filter((entry) => entry.method === 'POST')).to.have.length(1);
  });

  it('a sign-in wall keeps the request until the person signs in and sends it', async () => {
    await injectFault({ match: '/api/requests', status: 200, contentType: 'text/html', body: '<form>Sign in</form>', times: 1 });
    const outbox = open();
    outbox.start();
    const body = validRequest();
    const waiting = nextChange(outbox, body.id, 'needs-sign-in');
    await outbox.enqueue(requestsUrl(), body, body.id);
    expect((await waiting).record!.lastError!.message).to.match(/sign in/i);
    const sent = nextChange(outbox, body.id, 'sent');
    await outbox.sendNow(body.id);
    await sent;
    expect(await storedRequestCounts([body.id])).to.deep.equal({ [body.id]: 1 });
  });

  it('can be cancelled while waiting', async () => {
    await injectFault({ match: '/api/requests', drop: true });
    const outbox = open({ baseMs: 60_000 });
    outbox.start();
    const body = validRequest();
    const retrying = nextChange(outbox, body.id, 'retrying');
    await outbox.enqueue(requestsUrl(), body, body.id);
    await retrying;
    await outbox.cancel(body.id);
    expect(await outbox.pending()).to.deep.equal([]);
    expect(await storedRequestCounts([body.id])).to.deep.equal({ [body.id]: 0 });
  });

  it('without IndexedDB, says it cannot keep the request, and still sends it', async () => {
    await withoutIndexedDB(async () => {
      const outbox = open();
      outbox.start();
      const body = validRequest();
      const sent = nextChange(outbox, body.id, 'sent');
      const { persisted } = await outbox.enqueue(requestsUrl(), body, body.id);
      expect(persisted).to.be.false;
      await sent;
      expect(await storedRequestCounts([body.id])).to.deep.equal({ [body.id]: 1 });
    });
    expect(await openDatabase()).to.exist;
  });
});
