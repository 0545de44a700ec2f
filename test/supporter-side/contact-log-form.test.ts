// <peer-contact-log> as a short form (issue 16): chips and segmented controls with sensible defaults,
// one primary button, arrow keys inside each group; and shared button weights and layouts elsewhere.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/peer-support.js';
import { configure } from '../../src/core/config.js';
import type { PeerContactLog } from '../../src/contact-log/contact-log.js';
import type { PeerRoster } from '../../src/roster/roster.js';
import type { PeerSelfCarePlan } from '../../src/self-care-plan/self-care-plan.js';
import { isoWeek } from '../../src/core/format.js';
import { API_URL, PROXY_URL, injectFault } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { testOutbox } from '../support/outbox-helpers.js';
import { button, choice, withCleanSupporterSide } from '../support/supporter-side.js';

/** Presses "Log it" with the contacts endpoint dropped, and reads what the outbox would send. */
async function logAndRead(log: PeerContactLog): Promise<Record<string, unknown>> {
  const status = () => log.shadowRoot!.querySelector('[part~="status"]')!.textContent!;
  button(log, 'Log it').click();
  await waitUntil(() => status().includes('when the connection is back'), `not kept: "${status()}"`);
  const [record] = await testOutbox().pending();
  return record.body as Record<string, unknown>;
}

describe('<peer-contact-log> as a short form', () => {
  withCleanSupporterSide();

  it('one press of the one primary button logs a typical contact with the defaults', async () => {
    configure({ headers: (await bearerSession('supporter', 'dee-harper')).headers });
    await injectFault({ match: '/api/contacts', drop: true });
    const log = await fixture<PeerContactLog>(html`<peer-contact-log endpoint=${PROXY_URL}></peer-contact-log>`);
    await waitUntil(() => log.shadowRoot!.querySelector('form'), 'not signed in');
    const root = log.shadowRoot!;
    // One primary button; choices are chips and segmented controls, not lists of radios and a select.
    const primaries = [...root.querySelectorAll('button')].filter((candidate) => !candidate.classList.contains('secondary'));
    expect(primaries.map((candidate) => candidate.textContent!.trim())).to.deep.equal(['Log it']);
    expect(root.querySelector('select'), 'no drop-down').to.equal(null);
    expect(root.querySelectorAll('fieldset.chips, fieldset.segmented').length).to.be.at.least(5);
    expect(choice(log, '30 min').checked, '30 minutes by default').to.be.true;
    expect(choice(log, 'This week').checked).to.be.true;
    // Topics and referrals fold away until wanted.
    expect(root.querySelector<HTMLDetailsElement>('details.more')!.open).to.be.false;
    await expect(log).to.be.accessible();
    const body = await logAndRead(log);
    expect(body).to.include({ kind: 'one-on-one', origin: 'self-referred', durationMinutes: 30, people: 1, week: isoWeek(new Date()) });
    expect(body.referredTo).to.deep.equal(['none']);
  });

  it('arrow keys move the choice inside a group: a longer duration and last week, without the mouse', async () => {
    configure({ headers: (await bearerSession('supporter', 'fatima-haddad')).headers });
    await injectFault({ match: '/api/contacts', drop: true });
    const log = await fixture<PeerContactLog>(html`<peer-contact-log endpoint=${PROXY_URL}></peer-contact-log>`);
    await waitUntil(() => log.shadowRoot!.querySelector('form'), 'not signed in');
    choice(log, '30 min').focus();
    await sendKeys({ press: 'ArrowRight' });
    await log.updateComplete;
    expect(choice(log, '45 min').checked, 'ArrowRight chose 45 min').to.be.true;
    expect(log.shadowRoot!.activeElement).to.equal(choice(log, '45 min'));
    choice(log, 'This week').focus();
    await sendKeys({ press: 'ArrowRight' });
    await log.updateComplete;
    expect(choice(log, 'Last week').checked, 'ArrowRight chose Last week').to.be.true;
    const body = await logAndRead(log);
    expect(body).to.include({ durationMinutes: 45, week: isoWeek(new Date(Date.now() - 7 * 86_400_000)) });
  });

  it('durations are written by the locale with its own plurals, never "1 hours"', async () => {
    configure({ headers: (await bearerSession('supporter', 'ike-mensah')).headers });
    const log = await fixture<PeerContactLog>(html`<peer-contact-log endpoint=${API_URL}></peer-contact-log>`);
    await waitUntil(() => log.shadowRoot!.querySelector('form'), 'not signed in');
    const words = [...log.shadowRoot!.querySelectorAll('input[name="duration"]')].map((input) => input.closest('label')!.textContent!.trim());
    const unit = (value: number, name: string) => new Intl.NumberFormat('en', { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
    expect(words).to.deep.equal([unit(15, 'minute'), unit(30, 'minute'), unit(45, 'minute'), unit(1, 'hour'), unit(1.5, 'hour'), unit(2, 'hour'), unit(3, 'hour'), unit(4, 'hour'), unit(6, 'hour'), unit(8, 'hour')]);
    expect(words.join(' ')).not.to.match(/\b1 hours\b/);
  });
});

describe('shared look: button weight, the one urgent action, a compact roster', () => {
  it('"Quick exit" is the one filled button in the crisis colour; other secondary buttons stay outlined', async () => {
    const plan = await fixture<PeerSelfCarePlan>(html`<peer-self-care-plan plan-id="look-test"></peer-self-care-plan>`);
    await waitUntil(() => plan.shadowRoot!.querySelector('[part~="quick-exit"]'), 'no quick exit');
    const exit = getComputedStyle(plan.shadowRoot!.querySelector('[part~="quick-exit"]')!);
    expect(exit.backgroundColor, 'filled with the default crisis colour, #9b1c1c').to.equal('rgb(155, 28, 28)');
    expect(exit.color).to.equal('rgb(255, 255, 255)');
    const outlined = [...plan.shadowRoot!.querySelectorAll<HTMLElement>('.button.secondary:not(.quick-exit):not(.danger)')];
    for (const other of outlined) expect(getComputedStyle(other).backgroundColor, other.textContent!.trim()).to.equal('rgb(255, 255, 255)');
  });

  it('the compact roster is compact: its cards are much shorter than the grid’s', async () => {
    const roster = await fixture<PeerRoster>(html`<peer-roster endpoint=${API_URL} show-filters="false"></peer-roster>`);
    await waitUntil(() => roster.shadowRoot!.querySelectorAll('[part~="card"]').length > 3, 'no cards');
    const tallest = () => Math.max(...[...roster.shadowRoot!.querySelectorAll('[part~="card"]')].map((card) => card.getBoundingClientRect().height));
    const grid = tallest();
    roster.layout = 'compact';
    await roster.updateComplete;
    const compact = tallest();
    expect(compact / grid, `compact ${compact} px, grid ${grid} px`).to.be.below(0.6);
  });
});
