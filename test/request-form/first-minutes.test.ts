// The request form as a newcomer meets it: a click on "Send my request" is never lost to an error
// appearing above the button, and a request that waited on this device says "Sent" when it arrives.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/request-form/define.js';
import type { PeerRequestForm } from '../../src/request-form/request-form.js';
import { $, field, root } from '../support/request-form.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { PROXY_URL, clearFaults } from '../support/rig.js';
import { narrowLayout } from '../support/layout.js';
import { emptyOutbox, requestLeftFromEarlierVisit } from '../support/outbox-helpers.js';
import type { PeerRequestSentEvent } from '../../src/core/events.js';

const center = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
};
/** Where the button is inside the form: what an error above it would change. */
const offsetInForm = (form: PeerRequestForm, element: Element) => element.getBoundingClientRect().top - form.getBoundingClientRect().top;

describe('<peer-request-form>: the first five minutes', () => {
  beforeEach(async () => {
    await clearFaults();
    await emptyOutbox();
  });
  afterEach(async () => {
    await resetMouse();
    await clearFaults();
    await emptyOutbox();
  });

  it('a real click on "Send my request" right after leaving an empty field is not lost: the button stays put until the mouse is up', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${structuredClone(TEST_SUPPORTERS)}></peer-request-form>`);
    // The backend's confidentiality facts change the form's height once they arrive: wait for them.
    await waitUntil(() => $(form, '[part~="confidentiality"]').textContent!.includes('only an anonymous count remains') || /erased from the server/.test($(form, '[part~="confidentiality"]').textContent!), 'the policy did not arrive');
    const submit = $<HTMLButtonElement>(form, '[part~="submit"]');
    // The whole form in view, the button under the mouse as a person would see it.
    const layout = await narrowLayout(form, 1000, Math.ceil(form.getBoundingClientRect().height) + 200);
    try {
      expect(document.elementFromPoint(...center(submit)), 'the button is not under the mouse').to.equal(form);
      field(form, 'name').focus();
      const before = offsetInForm(form, submit);
      await sendMouse({ type: 'move', position: center(submit) });
      await sendMouse({ type: 'down' });
      // The name field has been left, with an error to show once the mouse is up.
      await form.updateComplete;
      expect(root(form).activeElement === field(form, 'name'), 'the name field was not left').to.be.false;
      expect(offsetInForm(form, submit), 'the button moved under the pressed mouse').to.equal(before);
      await sendMouse({ type: 'up' });
      await form.updateComplete;
      // The click landed: the form was sent, so every problem is listed and focus is on the list.
      await waitUntil(() => root(form).querySelector('[part~="error-summary"]'), 'the click was lost: no error summary');
      expect($(form, '[part~="error-summary"]').textContent).to.contain('Please say what to call you');
      expect(root(form).querySelector('[part~="error"]')).to.exist;
    } finally {
      await layout.restore();
    }
  });

  it('leaving a field with Tab still shows its error at once', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${structuredClone(TEST_SUPPORTERS)}></peer-request-form>`);
    field(form, 'name').focus();
    field(form, 'name').blur();
    await form.updateComplete;
    expect($(form, '[part~="error"]').textContent).to.contain('Please say what to call you');
  });

  it('a request made offline on an earlier visit says "Sent" with the respond-by time when it is delivered while the form is open', async () => {
    const id = await requestLeftFromEarlierVisit();
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} .supporters=${structuredClone(TEST_SUPPORTERS)}></peer-request-form>`);
    await waitUntil(() => root(form).querySelector('[part~="pending"]'), 'earlier request not shown');
    await clearFaults();
    const sent = new Promise<PeerRequestSentEvent>((resolve) => form.addEventListener('peer-request-sent', resolve, { once: true }));
    window.dispatchEvent(new Event('online'));
    const event = await sent;
    expect(event.requestId).to.equal(id);
    expect(event.respondBy).to.be.a('string');
    await form.updateComplete;
    const delivered = $(form, '[part~="delivered"]');
    expect(delivered.getAttribute('role')).to.equal('status');
    expect(delivered.textContent).to.contain('Sent.').and.contain('will get in touch by');
    await waitUntil(() => !root(form).querySelector('[part~="pending"]'), 'still listed as not sent');
    await expect(form).to.be.accessible();
  });

  it('a request from an earlier visit delivered as the page opens also says "Sent"', async () => {
    const id = await requestLeftFromEarlierVisit();
    await clearFaults();
    const form = document.createElement('peer-request-form') as PeerRequestForm;
    form.setAttribute('endpoint', PROXY_URL);
    form.supporters = structuredClone(TEST_SUPPORTERS);
    const sent = new Promise<PeerRequestSentEvent>((resolve) => form.addEventListener('peer-request-sent', resolve, { once: true }));
    (await fixture(html`<div></div>`)).append(form);
    expect((await sent).requestId).to.equal(id);
    await form.updateComplete;
    expect($(form, '[part~="delivered"]').textContent).to.contain('will get in touch by');
  });

  it('counts in words: "Please check 1 thing", "within 1 hour"', async () => {
    const form = await fixture<PeerRequestForm>(html`<peer-request-form endpoint=${PROXY_URL} response-hours="1" .supporters=${structuredClone(TEST_SUPPORTERS)}></peer-request-form>`);
    expect($(form, '.before-send').textContent).to.contain('within 1 hour.');
    const pick = async (label: string) => {
      [...root(form).querySelectorAll('label')].find((candidate) => candidate.textContent!.trim() === label)!.querySelector('input')!.click();
      await form.updateComplete;
    };
    await pick('Text message');
    field(form, 'channelValue').value = '555-010-0199';
    field(form, 'channelValue').dispatchEvent(new InputEvent('input'));
    await pick('In the next few days');
    await pick('I have read what stays confidential and its limits.');
    $<HTMLButtonElement>(form, '[part~="submit"]').click();
    await form.updateComplete;
    expect($(form, '[part~="error-summary"] h3').textContent!.trim()).to.equal('Please check 1 thing before sending:');
    form.responseHours = 24;
    await form.updateComplete;
    expect($(form, '.before-send').textContent).to.contain('within 24 hours.');
  });

  it('two forms on a page both say "Sent" for a request from an earlier visit, and the page hears of it once', async () => {
    const id = await requestLeftFromEarlierVisit();
    const page = await fixture<HTMLElement>(html`<div>
      <peer-request-form endpoint=${PROXY_URL} .supporters=${structuredClone(TEST_SUPPORTERS)}></peer-request-form>
      <peer-request-form endpoint=${PROXY_URL} .supporters=${structuredClone(TEST_SUPPORTERS)}></peer-request-form>
    </div>`);
    const forms = [...page.querySelectorAll<PeerRequestForm>('peer-request-form')];
    await waitUntil(() => forms.every((form) => root(form).querySelector('[part~="pending"]')), 'the earlier request is not shown');
    const heard: string[] = [];
    page.addEventListener('peer-request-sent', (event) => heard.push((event as PeerRequestSentEvent).requestId));
    const delivered = new Promise((resolve) => page.addEventListener('peer-request-sent', resolve, { once: true }));
    await clearFaults();
    window.dispatchEvent(new Event('online'));
    await delivered;
    // Every form was told in the same turn as the first: both say it, and nobody announced it twice.
    await Promise.all(forms.map((form) => form.updateComplete));
    expect(forms.map((form) => !!root(form).querySelector('[part~="delivered"]'))).to.deep.equal([true, true]);
    expect(heard).to.deep.equal([id]);
  });
});
