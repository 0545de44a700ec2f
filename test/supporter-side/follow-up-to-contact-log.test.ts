// Issue 17: "Done" on a follow-up reminder (the real <peer-follow-ups>) makes <peer-contact-log> ready
// for a follow-up entry: the kind becomes "Follow-up", the log scrolls into view and its status line
// says so, and focus stays where the supporter left it.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/config/define.js';
import '../../src/contact-log/define.js';
import '../../src/follow-ups/define.js';
import type { PeerFollowUps } from '../../src/follow-ups/follow-ups.js';
import { openDatabase } from '../../src/core/storage.js';
import { localDay } from '../../src/follow-ups/reminder-store.js';
import { API_URL } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { button, choice, withCleanSupporterSide } from '../support/supporter-side.js';

const statusLine = (element: HTMLElement) => element.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim();
const inView = (element: Element) => {
  const box = element.getBoundingClientRect();
  return box.top < innerHeight && box.bottom > 0;
};

/** A reminder due today in <peer-follow-ups>, and a signed-in <peer-contact-log> far below the fold. */
async function dueReminderAndLogBelowTheFold() {
  await (await openDatabase())!.put('reminders', { id: 'due-today', dueOn: localDay(new Date()), createdAt: new Date().toISOString() });
  const { headers } = await bearerSession('supporter', 'ana-rivera');
  const wrapper = await fixture(html`<peer-support-config endpoint=${API_URL} .headers=${headers}>
    <peer-follow-ups></peer-follow-ups>
    <div class="spacer"></div>
    <peer-contact-log></peer-contact-log>
  </peer-support-config>`);
  const followUps = wrapper.querySelector<PeerFollowUps>('peer-follow-ups')!;
  const log = wrapper.querySelector<HTMLElement>('peer-contact-log')!;
  // Far below the fold (set through the CSSOM: the rig's CSP allows no inline style attribute).
  wrapper.querySelector<HTMLElement>('.spacer')!.style.height = '3000px';
  await followUps.ready;
  await waitUntil(() => log.shadowRoot!.querySelector('input[name="kind"]'), 'contact log not signed in');
  return { followUps, log };
}

describe('<peer-contact-log> and a follow-up marked done', () => {
  withCleanSupporterSide();
  beforeEach(async () => {
    await (await openDatabase())!.clear('reminders');
  });

  it('"Done" on a due reminder sets the kind to Follow-up, brings the log into view and says so, without taking focus', async () => {
    const { followUps, log } = await dueReminderAndLogBelowTheFold();
    expect(choice(log, 'One-on-one').checked, 'one-on-one by default').to.be.true;
    expect(inView(log), 'the log starts out of view').to.be.false;

    const done = followUps.shadowRoot!.querySelector('[part="due"]')!.querySelector('button')!;
    expect(done.textContent!.trim()).to.equal('Done');
    done.focus();
    done.click();

    await waitUntil(() => choice(log, 'Follow-up').checked, 'the kind did not become Follow-up');
    expect(choice(log, 'One-on-one').checked).to.be.false;
    expect(choice(log, 'I reached out').checked, 'a follow-up is one the supporter made').to.be.true;
    await waitUntil(() => inView(log), 'the log was not scrolled into view');
    expect(statusLine(log)).to.contain('Ready to log your follow-up');
    expect(document.activeElement, 'focus not moved to the log').not.to.equal(log);
    expect(log.shadowRoot!.activeElement, 'nothing in the log took focus').to.equal(null);

    // Logged as a follow-up: the server counts it as one, and the notice gives way to what happened to the entry.
    const sent = new Promise<string>((resolve) => log.addEventListener('peer-contact-sent', (event) => resolve((event as Event & { contactId: string }).contactId), { once: true }));
    button(log, 'Log it').click();
    await sent;
    await waitUntil(() => statusLine(log).startsWith('Sent.'), `not sent: "${statusLine(log)}"`);
  });

  it('the log still ends up in view when its smooth scroll is cut short (the page scrolled back while it ran)', async () => {
    const { followUps, log } = await dueReminderAndLogBelowTheFold();
    followUps.shadowRoot!.querySelector('[part="due"]')!.querySelector('button')!.click();
    await waitUntil(() => choice(log, 'Follow-up').checked, 'the kind did not become Follow-up');
    // An instant scroll cancels a smooth one under way, in every engine.
    scrollTo({ top: 0, behavior: 'instant' as ScrollBehavior });
    await waitUntil(() => inView(log), 'the log was left out of view');
  });
});
