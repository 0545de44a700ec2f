// Program stats against the real reference server. Its database starts with fictional sample contacts
// in the months before today (server/db/sample-data.ts), so closed months and quarters have numbers;
// the current month is still open.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/peer-support.js';
import { configure } from '../../src/core/config.js';
import type { PeerContactLog } from '../../src/contact-log/contact-log.js';
import type { PeerProgramStats } from '../../src/program-stats/program-stats.js';
import { API_URL, PROXY_URL, injectFault } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { text, button, choice, withCleanSupporterSide } from '../support/supporter-side.js';
import { testOutbox } from '../support/outbox-helpers.js';


describe('program stats', () => {
  withCleanSupporterSide();

  it('a coordinator sees closed months as the server publishes them, the open month as not published yet, and honest words for people', async () => {
    const coordinator = await bearerSession('coordinator');
    const published = await (await fetch(`${API_URL}stats?period=month`, { headers: coordinator.headers })).json();
    expect(published.rows.length, 'sample months are closed').to.be.greaterThan(2);
    configure({ headers: coordinator.headers });
    const stats = await fixture<PeerProgramStats>(html`<peer-program-stats endpoint=${API_URL}></peer-program-stats>`);
    await waitUntil(() => stats.shadowRoot!.querySelector('tbody tr'), 'no table');

    const [first] = published.rows;
    const row = [...stats.shadowRoot!.querySelectorAll('tbody tr')].find((candidate) => candidate.querySelector('th')!.textContent === first.period)!;
    expect([...row.querySelectorAll('td')].map((cell) => cell.textContent)).to.deep.equal(
      [first.contacts, first.hours, first.peopleInContacts, first.newPeople].map((value) => (value === null ? 'hidden' : String(value))),
    );
    const headers = [...stats.shadowRoot!.querySelectorAll('thead th')].map((cell) => cell.textContent);
    expect(headers).to.include.members(['People in contacts', 'People reached for the first time']);
    expect(headers).not.to.include('People reached');
    expect(text(stats)).to.contain('someone met three times counts three times');

    const [open] = published.notYetPublished;
    const openRow = [...stats.shadowRoot!.querySelectorAll('tbody tr')].find((candidate) => candidate.querySelector('th')!.textContent === open.period)!;
    expect(openRow.textContent).to.contain('Not published yet');
    expect(text(stats)).to.contain('Kinds, topics and referrals are shown by quarter only');
    expect(stats.shadowRoot!.querySelector('svg[role="img"] desc')!.textContent).to.contain(`${open.period}: not published yet`);
    await expect(stats).to.be.accessible();

    const csv = stats.csv().split('\r\n');
    expect(csv[0]).to.equal('"period","contacts","hours","people in contacts","people reached for the first time"');
    expect(csv).to.include(`"${open.period}","not published yet","not published yet","not published yet","not published yet"`);
  });

  it('says it is loading while the numbers are on their way, and never "nothing is published" before it knows', async () => {
    configure({ headers: (await bearerSession('coordinator')).headers });
    await injectFault({ match: '/api/stats', times: 1, delayMs: 3000 });
    const stats = await fixture<PeerProgramStats>(html`<peer-program-stats endpoint=${PROXY_URL}></peer-program-stats>`);
    await waitUntil(() => text(stats).includes('Loading…'), `not said to be loading: "${text(stats)}"`);
    expect(text(stats)).not.to.contain('Nothing is published yet');
    await waitUntil(() => stats.shadowRoot!.querySelector('tbody tr'), 'no table once the numbers came');
    expect(text(stats)).not.to.contain('Loading…');
  });

  it('when the numbers cannot be read, says what went wrong and not that nothing is published', async () => {
    configure({ headers: (await bearerSession('coordinator')).headers });
    await injectFault({ match: '/api/stats', status: 500, body: { title: 'boom' } });
    const stats = await fixture<PeerProgramStats>(html`<peer-program-stats endpoint=${PROXY_URL}></peer-program-stats>`);
    await waitUntil(() => stats.shadowRoot!.querySelector('.problem'), `no problem shown: "${text(stats)}"`);
    expect(text(stats)).not.to.contain('Nothing is published yet');
    expect(text(stats)).not.to.contain('Loading…');
  });

  it('by quarter: kinds, topics and referrals, with hidden numbers said as "hidden" and never as a number', async () => {
    const coordinator = await bearerSession('coordinator');
    configure({ headers: coordinator.headers });
    const stats = await fixture<PeerProgramStats>(html`<peer-program-stats endpoint=${API_URL}></peer-program-stats>`);
    await waitUntil(() => stats.shadowRoot!.querySelector('tbody tr'), 'no table');
    const select = stats.shadowRoot!.querySelector<HTMLSelectElement>('#period')!;
    select.value = 'quarter';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => text(stats).includes('Kinds of contact'), 'no breakdown by quarter');
    const kinds = [...stats.shadowRoot!.querySelectorAll('caption')].find((caption) => caption.textContent === 'Kinds of contact')!.closest('table')!;
    const cells = [...kinds.querySelectorAll('td')].map((cell) => cell.textContent!);
    expect(cells).to.include('hidden');
    expect(cells.every((cell) => cell === 'hidden' || Number(cell) >= 5), cells.join(' ')).to.be.true;
    await expect(stats).to.be.accessible();
    const csv = stats.csv();
    expect(csv.split('\r\n')[0]).to.contain('"kind:one-on-one"').and.contain('"referral:crisis-line"');
    expect(csv).to.contain('"hidden"');
  });

  it('a supporter is told plainly that their account cannot see the program’s numbers', async () => {
    configure({ headers: (await bearerSession('supporter', 'lupe-ramos')).headers });
    const stats = await fixture<PeerProgramStats>(html`<peer-program-stats endpoint=${API_URL}></peer-program-stats>`);
    await waitUntil(() => text(stats).includes('can’t see the program’s numbers'), `not told: "${text(stats)}"`);
    expect(text(stats)).to.contain('for coordinators');
    expect(text(stats)).not.to.contain('sign in');
    expect(stats.shadowRoot!.querySelector('table')).to.equal(null);
    await expect(stats).to.be.accessible();
  });

  it('contact log: "the first time I spoke with this person" is off by default, sent when ticked, and off again for the next entry', async () => {
    configure({ headers: (await bearerSession('supporter', 'ike-mensah')).headers });
    // Keep the entry in the outbox, where the test can read exactly what would be sent.
    await injectFault({ match: '/api/contacts', drop: true });
    const log = await fixture<PeerContactLog>(html`<peer-contact-log endpoint=${PROXY_URL}></peer-contact-log>`);
    await waitUntil(() => log.shadowRoot!.querySelector('form'), 'not signed in');
    const firstTime = () => choice(log, 'It was the first time I spoke with this person about this');
    expect(firstTime().checked).to.be.false;
    firstTime().click();
    await log.updateComplete;
    const kept = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (log.shadowRoot!.querySelector('[part~="status"]')!.textContent!.includes('when the connection is back')) resolve();
      });
      observer.observe(log.shadowRoot!, { subtree: true, characterData: true, childList: true });
    });
    button(log, 'Log it').click();
    await kept;
    const [record] = await testOutbox().pending();
    expect(record.body).to.include({ firstContact: true, kind: 'one-on-one', people: 1 });
    expect(firstTime().checked, 'off again for the next entry').to.be.false;
    // For a group the words say "these people".
    choice(log, 'Group').click();
    await log.updateComplete;
    expect(choice(log, 'It was the first time I spoke with these people about this')).to.exist;
    await expect(log).to.be.accessible();
  });
});
