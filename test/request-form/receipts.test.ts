// The person's honest receipt: a request the person asked this device to remember is checked with the
// real server (GET requests/{id}/status) when the form opens, and said as it stands. The device keeps
// only the request's id, the API and respond-by. A 403 on a queued write is parked, not "sign in".
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/request-form/define.js';
import type { PeerRequestForm } from '../../src/request-form/request-form.js';
import { $, root, type } from '../support/request-form.js';
import type { PeerRequestSentEvent } from '../../src/core/events.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { API_URL, PROXY_URL, clearFaults, injectFault, proxyLog } from '../support/rig.js';
import { emptyOutbox, nextChange, requestsUrl, testOutbox, validRequest, withCleanFaultsAndOutbox } from '../support/outbox-helpers.js';
import { bearerSession } from '../support/accounts.js';
import { withoutIndexedDB } from '../support/storage-faults.js';
import { button, choice, text } from '../support/supporter-side.js';

async function fillValid(form: PeerRequestForm, { remember }: { remember: boolean }) {
  await type(form, 'name', 'Sam Receiptson');
  choice(form, 'Text message').click();
  await form.updateComplete;
  await type(form, 'channelValue', '555-010-0199');
  choice(form, 'In the next few days').click();
  await type(form, 'message', 'A private message that stays off this device.');
  choice(form, 'I have read what stays confidential and its limits.').click();
  if (remember) choice(form, 'Remember on this device so I can check on it').click();
  await form.updateComplete;
}

const openForm = (attributes: { sharedDevice?: boolean } = {}) =>
  fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} ?shared-device=${attributes.sharedDevice} .supporters=${structuredClone(TEST_SUPPORTERS)}></peer-request-form>`);

/** Sends a request through the form (remembered or not) and resolves once the server has it. */
async function sendThroughForm(remember: boolean): Promise<PeerRequestSentEvent> {
  const form = await openForm();
  await fillValid(form, { remember });
  const sent = oneEvent(form, 'peer-request-sent') as unknown as Promise<PeerRequestSentEvent>;
  $<HTMLButtonElement>(form, '[part~="submit"]').click();
  const event = await sent;
  // The receipt is written as the acknowledgement arrives: wait for it, as a person reopening the page later would.
  if (remember) await waitUntil(async () => (await storedReceipts()).some((receipt) => receipt.id === event.requestId && receipt.respondBy), 'the receipt was not kept');
  form.remove();
  return event;
}

/** Every receipt as IndexedDB holds it, read without the library. */
function storedReceipts(): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open('peer-support-widgets');
    opening.onerror = () => reject(opening.error);
    opening.onsuccess = () => {
      const database = opening.result;
      if (!database.objectStoreNames.contains('receipts')) {
        database.close();
        resolve([]);
        return;
      }
      const reading = database.transaction('receipts').objectStore('receipts').getAll();
      reading.onsuccess = () => {
        database.close();
        resolve(reading.result);
      };
      reading.onerror = () => reject(reading.error);
    };
  });
}

async function clearReceipts(): Promise<void> {
  const { forgetReceipt, readReceipts } = await import('../../src/request-form/receipt-store.js');
  for (const endpoint of [new URL(PROXY_URL, location.href).href, new URL(API_URL, location.href).href]) {
    for (const receipt of await readReceipts(endpoint)) await forgetReceipt(receipt.id);
  }
}

/** A supporter takes the request and records "tried, no answer" through the API. */
async function supporterTries(id: string): Promise<Record<string, string>> {
  const { headers } = await bearerSession('supporter', 'ana-rivera');
  const post = (action: string, body?: unknown) =>
    fetch(`${API_URL}inbox/${id}/${action}`, { method: 'POST', headers: { ...headers, ...(body ? { 'Content-Type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
  expect((await post('claim')).status, 'claim').to.equal(204);
  expect((await post('attempt', {})).status, 'attempt').to.equal(200);
  return headers;
}

const receiptsText = async (form: PeerRequestForm) => {
  await waitUntil(() => root(form).querySelector('[part~="receipts"]') && !text(form).includes('Checking where your request stands'), 'the receipt was not checked');
  return $(form, '[part~="receipts"]').textContent!.replace(/\s+/g, ' ');
};

describe('<peer-request-form>: the receipt the person asked to keep', () => {
  beforeEach(async () => {
    await clearFaults();
    await emptyOutbox();
    await clearReceipts();
  });
  afterEach(async () => {
    await clearFaults();
    await emptyOutbox();
    await clearReceipts();
  });

  it('is off by default: a request sent without ticking "Remember" leaves no receipt', async () => {
    const form = await openForm();
    expect(choice(form, 'Remember on this device so I can check on it').checked).to.be.false;
    form.remove();
    await sendThroughForm(false);
    expect(await storedReceipts()).to.deep.equal([]);
  });

  it('with shared-device, the form never offers it, keeps nothing and shows no receipt kept earlier', async () => {
    await sendThroughForm(true);
    const kept = await storedReceipts();
    await clearFaults(); // empties the proxy's log
    const form = await openForm({ sharedDevice: true });
    // A form without shared-device, opened after it, checks the receipt: by then the shared one would have too.
    const other = await openForm();
    await receiptsText(other);
    other.remove();
    expect(root(form).querySelector('[part~="receipts"]')).to.equal(null);
    expect((await proxyLog()).filter((entry) => entry.path.endsWith('/status')), 'the shared device asked about a receipt').to.have.length(1);
    expect(text(form)).not.to.contain('Remember on this device');
    await fillValid(form, { remember: false });
    const sent = oneEvent(form, 'peer-request-sent');
    $<HTMLButtonElement>(form, '[part~="submit"]').click();
    await sent;
    expect(await storedReceipts()).to.deep.equal(kept);
  });

  it('keeps only the id, the API and respond-by (no name, contact or message), and says "waiting" with by when', async () => {
    const { requestId, respondBy } = await sendThroughForm(true);
    const [receipt] = await storedReceipts();
    expect(receipt).to.deep.equal({ id: requestId, endpoint: new URL(PROXY_URL, location.href).href, respondBy });
    expect(JSON.stringify(await storedReceipts())).not.to.match(/Receiptson|555-010-0199|private message/);

    const form = await openForm();
    const words = await receiptsText(form);
    expect(words).to.contain('Sent. Someone should be in touch by');
    expect((await proxyLog()).some((entry) => entry.method === 'GET' && entry.path === `/api/requests/${requestId}/status`)).to.be.true;
  });

  it('says honestly that the team tried, once a supporter records a try', async () => {
    const { requestId } = await sendThroughForm(true);
    await supporterTries(requestId);
    const form = await openForm();
    expect(await receiptsText(form)).to.contain('The team tried to reach you and could not get through. They will try again');
    expect(await storedReceipts()).to.have.length(1);
  });

  it('says when the team has been in touch', async () => {
    const { requestId } = await sendThroughForm(true);
    const { headers } = await bearerSession('supporter', 'ana-rivera');
    expect((await fetch(`${API_URL}inbox/${requestId}/claim`, { method: 'POST', headers })).status).to.equal(204);
    expect((await fetch(`${API_URL}inbox/${requestId}/contacted`, { method: 'POST', headers })).status).to.equal(204);
    const form = await openForm();
    expect(await receiptsText(form)).to.contain('Someone from the team has been in touch about this request.');
  });

  it('once the request is closed, says so and forgets the receipt', async () => {
    const { requestId } = await sendThroughForm(true);
    const headers = await supporterTries(requestId);
    expect((await fetch(`${API_URL}inbox/${requestId}/close`, { method: 'POST', headers })).status).to.equal(204);
    const form = await openForm();
    expect(await receiptsText(form)).to.contain('This request has been closed, so this device no longer remembers it.');
    expect(await storedReceipts()).to.deep.equal([]);
  });

  it('"Forget this request" removes it from the device, and the request stays with the team', async () => {
    const { requestId } = await sendThroughForm(true);
    const form = await openForm();
    await receiptsText(form);
    button(form, 'Forget this request').click();
    await waitUntil(() => !root(form).querySelector('[part~="receipts"]'), 'the receipt is still shown');
    expect(await storedReceipts()).to.deep.equal([]);
    const status = await (await fetch(`${API_URL}requests/${requestId}/status`)).json();
    expect(status.status).to.equal('waiting');
  });

  it('when the server cannot be asked, says so plainly and changes nothing; "Check again" asks again', async () => {
    const { requestId } = await sendThroughForm(true);
    await injectFault({ match: `/api/requests/${requestId}/status`, status: 503, times: 1 });
    const form = await openForm();
    const words = await receiptsText(form);
    expect(words).to.contain('We could not check on your request just now.');
    expect(words).to.contain('Nothing has changed: this device still remembers it.');
    expect(await storedReceipts()).to.have.length(1);
    button(form, 'Check again').click();
    await waitUntil(() => text(form).includes('Sent. Someone should be in touch by'), 'not checked again');
  });

  it('says "remembered" after sending only when this device kept it, and plainly when storage refused', async () => {
    const form = await openForm();
    await fillValid(form, { remember: true });
    $<HTMLButtonElement>(form, '[part~="submit"]').click();
    await waitUntil(() => $(form, '[part~="status"]')?.textContent!.includes('This device remembers this request (not your name or message)'), 'not said');
    await withoutIndexedDB(async () => {
      const refused = await openForm();
      await fillValid(refused, { remember: true });
      const sent = oneEvent(refused, 'peer-request-sent');
      $<HTMLButtonElement>(refused, '[part~="submit"]').click();
      await sent;
      await waitUntil(() => $(refused, '[part~="status"]').textContent!.includes('This browser could not keep a note of this request'), 'the refusal was not said');
      expect($(refused, '[part~="status"]').textContent).not.to.contain('This device remembers this request');
    }, new DOMException('Storage is disabled in this window.', 'InvalidStateError'));
  });

  it('a request still waiting on this device is not asked about until the server has it', async () => {
    await injectFault({ match: '/api/requests', method: 'POST', drop: true });
    const form = await openForm();
    await fillValid(form, { remember: true });
    $<HTMLButtonElement>(form, '[part~="submit"]').click();
    await waitUntil(async () => (await storedReceipts()).length === 1, 'no receipt kept with the request');
    form.remove();
    const again = await openForm();
    await waitUntil(() => root(again).querySelector('[part~="pending"]'), 'the waiting request is not shown');
    expect(root(again).querySelector('[part~="receipts"]')).to.equal(null);
    expect((await proxyLog()).some((entry) => entry.path.endsWith('/status'))).to.be.false;
    // Cancelling it (it never reached the team) leaves no receipt either.
    button(again, 'Cancel this request').click();
    await waitUntil(async () => (await storedReceipts()).length === 0, 'the receipt of a cancelled request was kept');
  });
});

describe('the outbox and a 403 (an account that may not do this)', () => {
  withCleanFaultsAndOutbox();

  it('parks the write as needing attention with the server’s reason, not as "needs sign-in"', async () => {
    const detail = 'Your account is not set up for this program yet. Please ask your coordinator.';
    await injectFault({ match: '/api/requests', method: 'POST', status: 403, times: 1, contentType: 'application/problem+json', body: { title: 'Forbidden', status: 403, detail } });
    const outbox = testOutbox();
    outbox.start();
    const body = validRequest();
    const parked = nextChange(outbox, body.id, 'needs-fix');
    await outbox.enqueue(requestsUrl(), body, body.id);
    const change = await parked;
    expect(change.record!.state).to.equal('needs-fix');
    expect(change.record!.lastError).to.deep.include({ message: detail, status: 403 });
    outbox.stop();
  });

  it('without a reason from the server, says the account cannot do this; the form shows it', async () => {
    await injectFault({ match: '/api/requests', method: 'POST', status: 403, times: 1, contentType: 'application/problem+json', body: { title: 'Forbidden', status: 403 } });
    const form = await openForm();
    await fillValid(form, { remember: false });
    $<HTMLButtonElement>(form, '[part~="submit"]').click();
    await waitUntil(() => $(form, '[part~="status"]')?.textContent!.includes('Your account cannot do this'), 'the 403 was not said as such');
    expect($(form, '[part~="status"]').textContent).not.to.contain('please sign in');
    expect($(form, '[part~="status"]').classList.contains('needs-fix')).to.be.true;
  });
});
