import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/request-form/define.js';
import '../../src/roster/define.js';
import type { PeerRequestForm } from '../../src/request-form/request-form.js';
import { $, field, root, type } from '../support/request-form.js';
import type { PeerRoster } from '../../src/roster/roster.js';
import type { PeerRequestSentEvent } from '../../src/core/events.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { API_URL, PROXY_URL, clearFaults, injectFault, proxyLog, storedRequestCounts } from '../support/rig.js';
import { requestLeftFromEarlierVisit, testOutbox, withCleanFaultsAndOutbox } from '../support/outbox-helpers.js';
import { withoutIndexedDB } from '../support/storage-faults.js';
import { bearerSession } from '../support/accounts.js';

async function pick(form: PeerRequestForm, label: string) {
  const option = [...root(form).querySelectorAll('label')].find((candidate) => candidate.textContent!.trim() === label)!;
  option.querySelector('input')!.click();
  await form.updateComplete;
}

async function fillValid(form: PeerRequestForm) {
  await type(form, 'name', 'Sam');
  await pick(form, 'Text message');
  await type(form, 'channelValue', '555-010-0199');
  await pick(form, 'In the next few days');
  await pick(form, 'I have read what stays confidential and its limits.');
}

const submit = async (form: PeerRequestForm) => {
  $<HTMLButtonElement>(form, '[part~="submit"]').click();
  await form.updateComplete;
};

const supportersNoNetwork = () => structuredClone(TEST_SUPPORTERS);

describe('<peer-request-form>', () => {
  withCleanFaultsAndOutbox();

  it('shows the crisis line and what stays confidential before a word is written, and is accessible', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${supportersNoNetwork()}></peer-request-form>`);
    const text = root(form).textContent!;
    expect(text).to.contain('This is not an emergency service.');
    expect($(form, 'a[href="tel:988"]')).to.exist;
    expect(text).to.contain('may seriously harm themselves or someone else');
    expect(text).to.contain('abused or neglected');
    expect(text).to.contain('will not help hide misconduct');
    expect(text, 'no promise a program’s policy may not keep').not.to.contain('personnel file');
    expect(root(form).querySelector('[part~="error"]')).to.equal(null);
    await expect(form).to.be.accessible();
  });

  it('lists problems in a summary that takes focus, linking each field with aria-invalid and aria-describedby', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${supportersNoNetwork()}></peer-request-form>`);
    await submit(form);
    const summary = $(form, '[part~="error-summary"]');
    expect(root(form).activeElement === summary, 'the summary has focus').to.be.true;
    expect(summary.getAttribute('role')).to.equal('alert');
    const items = [...summary.querySelectorAll('li')].map((item) => item.textContent!.trim());
    expect(items).to.deep.equal([
      'Please say what to call you. A first name or nickname is enough.',
      'Please choose how to reach you.',
      'Please choose how soon.',
      'Please confirm that you have read what stays confidential.',
    ]);
    const name = field(form, 'name');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    const describedBy = name.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => root(form).getElementById(id)?.textContent?.trim())).to.include('Please say what to call you. A first name or nickname is enough.');
    await expect(form).to.be.accessible();
    summary.querySelector('a')!.click();
    expect(root(form).activeElement === name, 'the field has focus').to.be.true;
    expect((await proxyLog()).filter((entry) => entry.method === 'POST')).to.deep.equal([]);
  });

  it('validates the contact value for the chosen channel, only after the field is left', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${supportersNoNetwork()}></peer-request-form>`);
    await pick(form, 'Email');
    const input = field(form, 'channelValue');
    input.value = 'sam at home';
    input.dispatchEvent(new InputEvent('input'));
    await form.updateComplete;
    expect(root(form).querySelector('[part~="error"]')).to.equal(null);
    input.dispatchEvent(new FocusEvent('blur'));
    await form.updateComplete;
    expect($(form, '[part~="error"]').textContent).to.contain('Please enter an email address');
    await pick(form, 'Phone call');
    await type(form, 'channelValue', '12');
    expect($(form, '[part~="error"]').textContent).to.contain('Please enter a phone number');
    await type(form, 'channelValue', '+1 (555) 010-0199');
    expect(root(form).querySelector('[part~="error"]')).to.equal(null);
  });

  it('counts the message and refuses more than 1000 characters', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${supportersNoNetwork()}></peer-request-form>`);
    await type(form, 'message', 'x'.repeat(1001));
    expect($(form, '.counter').textContent).to.equal('1001 of 1000 characters');
    expect($(form, '[part~="error"]').textContent).to.contain('1000 characters or fewer');
  });

  it('shows exactly what will be sent, in words', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} supporter-id="ana" .supporters=${supportersNoNetwork()}></peer-request-form>`);
    await fillValid(form);
    const preview = $(form, '[part~="preview"]');
    const pairs = [...preview.querySelectorAll('dt')].map((term) => `${term.textContent}: ${term.nextElementSibling!.textContent}`);
    expect(pairs).to.include.members(['To: Ana Testwell', 'What to call you: Sam', 'How to reach: Text message: 555-010-0199', 'How soon: In the next few days', 'Message: —']);
  });

  it('saves on the device, says so, then says "Sent" with who and by when, once the server has it', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL}></peer-request-form>`);
    await waitUntil(() => root(form).querySelectorAll('option').length > 3, 'roster did not load');
    const roster = await (await fetch(`${PROXY_URL}supporters`)).json();
    form.supporterId = roster.items[0].id;
    await fillValid(form);
    await type(form, 'message', 'Rough few weeks. Evenings are best.');
    await injectFault({ match: '/api/requests', delayMs: 400, times: 1 });
    const sent = oneEvent(form, 'peer-request-sent') as unknown as Promise<PeerRequestSentEvent>;
    const submitted = oneEvent(form, 'peer-request-submit');
    await submit(form);
    const status = () => $(form, '[part~="status"]').textContent!;
    expect(status()).to.contain('Saving on this device…');
    await submitted;
    await form.updateComplete;
    expect(status()).to.contain('Saved on this device.');
    expect(status()).to.contain('It has not reached the team until this says “Sent”.');
    expect(root(form).activeElement === $(form, '[part~="status"]'), 'the status has focus').to.be.true;
    const { requestId, respondBy } = await sent;
    await form.updateComplete;
    expect(status()).to.contain('Sent. Your request has reached the team.');
    expect(status()).to.contain(`${roster.items[0].displayName} will get in touch by`);
    expect(Date.parse(respondBy!) - Date.now()).to.be.closeTo(24 * 3_600_000, 60_000);
    expect(await storedRequestCounts([requestId])).to.deep.equal({ [requestId]: 1 });
    const [post] = (await proxyLog()).filter((entry) => entry.method === 'POST');
    expect(post.idempotencyKey).to.equal(requestId);
    await expect(form).to.be.accessible();
  });

  it('offline: keeps the request, tells the truth, and sends it when asked once the connection is back', async () => {
    await injectFault({ match: '/api/requests', drop: true });
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${supportersNoNetwork()}></peer-request-form>`);
    await fillValid(form);
    await submit(form);
    await waitUntil(() => $(form, '[part~="status"]').textContent!.includes('Not sent yet'), 'no "not sent yet"');
    const status = $(form, '[part~="status"]').textContent!;
    expect(status).to.contain("We couldn't reach the server");
    expect(status).to.contain('We will keep trying from this device');
    await expect(form).to.be.accessible();
    await clearFaults();
    const sent = oneEvent(form, 'peer-request-sent');
    $<HTMLButtonElement>(form, '[part~="send-now"]').click();
    await sent;
    await form.updateComplete;
    expect($(form, '[part~="status"]').textContent).to.contain('Sent.');
  });

  it('a resend answered "closed" (it reached the team and was closed since) is delivered, and said so without promising a call', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${supportersNoNetwork()}></peer-request-form>`);
    await fillValid(form);
    // What the reference server answers any resend of a closed request's id (server/test/erasure.test.ts).
    await injectFault({ match: '/api/requests', method: 'POST', status: 200, headers: { 'Idempotent-Replayed': 'true' }, body: { id: 'the-request-id', status: 'closed' }, times: 1 });
    const sent = oneEvent(form, 'peer-request-sent') as unknown as Promise<PeerRequestSentEvent>;
    await submit(form);
    const { respondBy } = await sent;
    await form.updateComplete;
    const status = $(form, '[part~="status"]').textContent!;
    expect(status).to.contain('Sent. Your request reached the team earlier, and has since been closed.');
    expect(status).to.contain('If nobody got in touch with you, or you would like to talk again, please make another request.');
    expect(status).not.to.contain('will get in touch');
    expect(respondBy).to.equal(undefined);
    expect(await testOutbox().pending()).to.deep.equal([]);
    await expect(form).to.be.accessible();
  });

  it('peer-to-peer ("I need to talk this through"): says it is for a supporter, and the request tells its reader so', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form peer-to-peer endpoint=${PROXY_URL}></peer-request-form>`);
    expect($(form, 'h2').textContent).to.equal('I need to talk this through');
    expect(root(form).textContent).to.contain('They will see that a fellow supporter is asking.');
    await waitUntil(() => root(form).querySelectorAll('option').length > 3, 'roster did not load');
    const roster = await (await fetch(`${PROXY_URL}supporters`)).json();
    form.supporterId = roster.items.find((supporter: { acceptsRequests?: boolean }) => supporter.acceptsRequests !== false).id;
    await fillValid(form);
    const sent = oneEvent(form, 'peer-request-sent') as unknown as Promise<PeerRequestSentEvent>;
    await submit(form);
    const { requestId } = await sent;
    const [post] = (await proxyLog()).filter((entry) => entry.method === 'POST');
    expect(post.idempotencyKey).to.equal(requestId);
    const { headers } = await bearerSession('supporter', form.supporterId);
    // The inbox comes in pages, soonest respond-by first, and other tests leave requests behind.
    let found: { peerToPeer?: boolean } | undefined;
    for (let cursor: string | undefined = ''; !found && cursor !== undefined; ) {
      const page = await (await fetch(`${API_URL}inbox${cursor ? `?cursor=${cursor}` : ''}`, { headers })).json();
      found = page.items.find((item: { id: string }) => item.id === requestId);
      cursor = page.nextCursor;
    }
    expect(found?.peerToPeer).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('a referral needs the colleague’s agreement and is sent as one', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${supportersNoNetwork()}></peer-request-form>`);
    await pick(form, 'I am asking on behalf of a colleague (a referral)');
    expect(root(form).textContent).to.contain('What to call them');
    await fillValid(form);
    await submit(form);
    expect($(form, '[part~="error-summary"]').textContent).to.contain('we only contact people who know and agree');
    await pick(form, 'My colleague knows I am asking, and agrees to be contacted.');
    await injectFault({ match: '/api/requests', delayMs: 400, times: 1 });
    const submitted = oneEvent(form, 'peer-request-submit');
    await submit(form);
    await submitted;
    // Still on its way: read what was saved on the device and is being sent.
    const [record] = await testOutbox().pending();
    expect((record.body as { referral?: unknown }).referral).to.deep.equal({ personAgreed: true });
  });

  it('is preselected by the roster’s “Ask them to contact me”, and the roster then says nothing more', async () => {
    const page = await fixture(html`<div>
      <peer-roster .supporters=${supportersNoNetwork()}></peer-roster>
      <peer-request-form endpoint=${PROXY_URL} .supporters=${supportersNoNetwork()}></peer-request-form>
    </div>`);
    const roster = page.querySelector('peer-roster') as PeerRoster;
    const form = page.querySelector('peer-request-form') as PeerRequestForm;
    roster.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="request-contact"]')[1].click();
    await form.updateComplete;
    await roster.updateComplete;
    expect($<HTMLSelectElement>(form, 'select').value).to.equal('ben');
    expect(roster.shadowRoot!.querySelector('[role="status"] > .notice')).to.equal(null);
    expect(root(form).textContent).to.contain('Ben Sampleton is away right now');
  });

  it('shows a request left from an earlier visit with its honest state, and lets the person cancel it', async () => {
    const id = await requestLeftFromEarlierVisit();

    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${supportersNoNetwork()}></peer-request-form>`);
    await waitUntil(() => root(form).querySelector('[part~="pending"]'), 'earlier request not shown');
    expect($(form, '[part~="pending"]').textContent).to.contain('is still on this device').and.contain('Not sent yet');
    await expect(form).to.be.accessible();
    $<HTMLButtonElement>(form, '[part~="pending"] [part~="cancel-request"]').click();
    await waitUntil(() => !root(form).querySelector('[part~="pending"]'), 'not cancelled');
    expect(await storedRequestCounts([id])).to.deep.equal({ [id]: 0 });
  });

  it('without storage on this device, says no copy can be kept, and still sends', async () => {
    await withoutIndexedDB(async () => {
      await injectFault({ match: '/api/requests', delayMs: 300, times: 1 });
      const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${supportersNoNetwork()}></peer-request-form>`);
      await fillValid(form);
      const submitted = oneEvent(form, 'peer-request-submit');
      const sent = oneEvent(form, 'peer-request-sent');
      await submit(form);
      expect(((await submitted) as unknown as { persisted: boolean }).persisted).to.be.false;
      await form.updateComplete;
      expect($(form, '[part~="status"]').textContent).to.contain('cannot keep a copy of your request').and.contain('keep this page open');
      await sent;
    }, new DOMException('Storage is disabled in this window.', 'InvalidStateError'));
  });

  it('adds the program’s own confidentiality words after the limits, never instead of them', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form .confidentiality=${['Our own words <b>here</b>.']} .supporters=${supportersNoNetwork()}></peer-request-form>`);
    const box = $(form, '[part~="confidentiality"]');
    expect(box.textContent).to.contain('Our own words <b>here</b>.');
    expect(box.querySelector('b')).to.equal(null);
    const paragraphs = [...box.querySelectorAll('p')].map((paragraph) => paragraph.textContent!);
    expect(paragraphs.findIndex((paragraph) => paragraph.includes('will not help hide misconduct'))).to.be.lessThan(paragraphs.indexOf('Our own words <b>here</b>.'));
  });

  it('states who reads the request from the facts the server enforces, and changes with the choice', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${API_URL}></peer-request-form>`);
    const box = () => $(form, '[part~="confidentiality"]').textContent!.replace(/\s+/g, ' ');
    await waitUntil(() => box().includes('not who sent it or what it says'), 'the server’s facts are not stated');
    expect(box()).to.contain('How to reach you and your message go only to the supporter who takes your request.');
    expect(box()).to.contain('erased from the server');
    const select = $<HTMLSelectElement>(form, 'select[id$="-supporterId"]');
    select.value = 'ana-rivera';
    select.dispatchEvent(new Event('change'));
    await form.updateComplete;
    expect(box()).to.contain('Only Ana Rivera-Example reads your name, how to reach you and your message.');
  });

  it('without the server’s facts (a portal that does not publish them), assumes the coordinator may read it', async () => {
    await injectFault({ match: '/api/policy', status: 404, body: { title: 'Not found', status: 404 }, contentType: 'application/problem+json' });
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${supportersNoNetwork()}></peer-request-form>`);
    await waitUntil(async () => (await proxyLog()).some((entry) => entry.path.startsWith('/api/policy') && entry.done), 'policy not asked for');
    await form.updateComplete;
    expect($(form, '[part~="confidentiality"]').textContent).to.contain('assume the program coordinator may read it too');
  });

  it('offers only supporters a request can reach, and says so at once when one cannot be', async () => {
    const supporters = supportersNoNetwork().map((supporter, index) => (index === 1 ? { ...supporter, acceptsRequests: false } : supporter));
    const form = await fixture<PeerRequestForm>(html`<peer-request-form .supporters=${supporters} supporter-id=${supporters[1].id}></peer-request-form>`);
    const offered = [...root(form).querySelectorAll<HTMLOptionElement>('select[id$="-supporterId"] option')];
    expect(offered.filter((option) => option.value === supporters[1].id && !option.selected)).to.have.length(0);
    expect(offered.some((option) => option.value === supporters[0].id)).to.equal(true);
    const error = $(form, '[id$="-supporterId-error"]');
    expect(error.textContent).to.contain(`${supporters[1].displayName} cannot receive requests through this page yet`);
    expect($(form, 'select[id$="-supporterId"]').getAttribute('aria-invalid')).to.equal('true');
  });

  it('"not on my team" asks for the team and sends it with the request', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${API_URL}></peer-request-form>`);
    await waitUntil(() => root(form).querySelectorAll('select[id$="-supporterId"] option').length > 3, 'roster not loaded');
    await pick(form, 'Someone who is not on my team');
    await fillValid(form);
    await submit(form);
    expect($(form, '[part~="error-summary"]').textContent).to.contain('Please say which team you are on');
    expect(root(form).querySelector('datalist option[value="Dispatch – nights"]')).to.exist;
    await type(form, 'team', 'Dispatch – nights');
    expect($(form, '[part~="preview"]').textContent).to.contain('Someone not on my team (Dispatch – nights)');
    const sent = oneEvent(form, 'peer-request-sent');
    await submit(form);
    await sent;
    expect(root(form).textContent).to.contain('Sent.');
  });

  it('can be filled and sent with the keyboard alone', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${supportersNoNetwork()}></peer-request-form>`);
    field(form, 'name').focus();
    await sendKeys({ type: 'Sam' });
    await sendKeys({ press: 'Tab' }); // first channel radio
    await sendKeys({ press: 'ArrowRight' }); // Text message
    await form.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '555-010-0199' });
    await sendKeys({ press: 'Tab' }); // best times
    await sendKeys({ press: 'Tab' }); // urgency radios
    // The space bar as ' ': puppeteer over WebDriver BiDi (Firefox) rejects the key name "Space".
    await sendKeys({ press: ' ' });
    await form.updateComplete;
    field(form, 'acknowledged').focus();
    await sendKeys({ press: ' ' });
    await form.updateComplete;
    const sent = oneEvent(form, 'peer-request-sent');
    $<HTMLButtonElement>(form, '[part~="submit"]').focus();
    await sendKeys({ press: 'Enter' });
    await sent;
    expect(root(form).textContent).to.contain('Sent.');
  });
});
