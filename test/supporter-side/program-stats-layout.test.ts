// <peer-program-stats> (issue 16, bug 8): it reads the numbers again when a contact logged on the page
// reaches the server, its tables scroll in their own box instead of breaking words mid-letter, and its
// chart has an axis with a scale and one bar per period the server gives.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/peer-support.js';
import { configure } from '../../src/core/config.js';
import type { PeerProgramStats } from '../../src/program-stats/program-stats.js';
import type { PeerContactSentEvent } from '../../src/core/events.js';
import { API_URL, PROXY_URL, proxyLog, proxySettled } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { narrowLayout } from '../support/layout.js';
import { button, text, withCleanSupporterSide } from '../support/supporter-side.js';

/** Words of the text under `root` that the layout split over two lines (after a hyphen is a fair place to break, not mid-letter). */
function brokenWords(root: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.textContent!.matchAll(/[^\s-]+-?/g)) {
      const range = document.createRange();
      range.setStart(node, match.index!);
      range.setEnd(node, match.index! + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
      if (lines.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}

const statsReads = async () => (await proxyLog()).filter((entry) => entry.method === 'GET' && entry.path.startsWith('/api/stats')).length;

async function byQuarter(stats: PeerProgramStats): Promise<void> {
  const select = stats.shadowRoot!.querySelector<HTMLSelectElement>('#period')!;
  select.value = 'quarter';
  select.dispatchEvent(new Event('change'));
  await waitUntil(() => text(stats).includes('Topics (a contact can have several)'), 'no breakdown by quarter');
}

describe('<peer-program-stats> layout and refresh', () => {
  withCleanSupporterSide();

  it('reads the numbers again when a contact logged by a sibling <peer-contact-log> reaches the server', async () => {
    configure({ headers: (await bearerSession('coordinator')).headers });
    const page = await fixture<HTMLElement>(html`<div>
      <section><peer-contact-log endpoint=${API_URL}></peer-contact-log></section>
      <aside><peer-program-stats endpoint=${PROXY_URL}></peer-program-stats></aside>
    </div>`);
    const log = page.querySelector('peer-contact-log')!;
    const stats = page.querySelector<PeerProgramStats>('peer-program-stats')!;
    await waitUntil(() => stats.shadowRoot!.querySelector('tbody tr') && log.shadowRoot!.querySelector('form'), 'not ready');
    await proxySettled();
    const before = await statsReads();

    const sent = oneEvent(document, 'peer-contact-sent') as unknown as Promise<PeerContactSentEvent>;
    button(log, 'Log it').click();
    const event = await sent;
    expect(event.contactId).to.match(/^[0-9a-f-]{36}$/);
    expect(event.week).to.match(/^\d{4}-W\d{2}$/);
    expect(Object.keys(event).filter((key) => key !== 'isTrusted')).to.have.members(['contactId', 'week']);
    await waitUntil(async () => (await statsReads()) === before + 1, 'the numbers were not read again');
    await proxySettled();
    await waitUntil(() => stats.shadowRoot!.querySelector('tbody tr'), 'the report is gone after the refresh');
  });

  for (const width of [1280, 390]) {
    it(`at ${width} px no word in a table breaks mid-letter; a wide table scrolls in its own box, not the page`, async () => {
      configure({ headers: (await bearerSession('coordinator')).headers });
      const stats = await fixture<PeerProgramStats>(html`<peer-program-stats endpoint=${API_URL}></peer-program-stats>`);
      const layout = await narrowLayout(stats, width, 900);
      try {
        await waitUntil(() => stats.shadowRoot!.querySelector('tbody tr'), 'no table');
        await byQuarter(stats);
        for (const table of stats.shadowRoot!.querySelectorAll('table')) {
          expect(brokenWords(table), `words split in "${table.caption?.textContent}"`).to.deep.equal([]);
        }
        expect(layout.contentWidth(), 'the page does not scroll sideways').to.be.at.most(width);
        if (width === 390) {
          const wraps = [...stats.shadowRoot!.querySelectorAll<HTMLElement>('.table-wrap')];
          const scrolling = wraps.filter((wrap) => wrap.scrollWidth > wrap.clientWidth);
          expect(scrolling.length, 'the wide breakdowns scroll in their box').to.be.greaterThan(0);
          for (const wrap of scrolling) {
            expect(getComputedStyle(wrap).overflowX).to.equal('auto');
            expect(wrap.tabIndex, 'a scrolling box can be reached with the keyboard').to.equal(0);
          }
        }
        await expect(stats).to.be.accessible();
      } finally {
        await layout.restore();
      }
    });
  }

  it('the chart has an axis with a scale from 0, one bar per period the server gives, and a text alternative', async () => {
    const coordinator = await bearerSession('coordinator');
    const published = await (await fetch(`${API_URL}stats?period=month`, { headers: coordinator.headers })).json();
    configure({ headers: coordinator.headers });
    const stats = await fixture<PeerProgramStats>(html`<peer-program-stats endpoint=${API_URL}></peer-program-stats>`);
    await waitUntil(() => stats.shadowRoot!.querySelector('svg'), 'no chart');
    const chart = stats.shadowRoot!.querySelector('svg[role="img"]')!;
    const periods = [...chart.querySelectorAll('.period')].map((group) => group.getAttribute('data-period'));
    expect(periods).to.deep.equal([...published.rows, ...published.notYetPublished].map((row: { period: string }) => row.period));
    expect(periods.length, 'several periods').to.be.greaterThan(2);
    const ticks = [...chart.querySelectorAll('.scale .tick')].map((tick) => tick.textContent!.trim()).filter((tick) => /^\d/.test(tick));
    expect(ticks[0]).to.equal('0');
    expect(ticks.length, 'a scale of several steps').to.be.at.least(3);
    const highest = Math.max(...published.rows.map((row: { contacts: number | null }) => row.contacts ?? 0));
    expect(Number(ticks.at(-1)!.replace(/\D/g, '')), 'the scale reaches the highest bar').to.be.at.least(highest);
    expect(chart.querySelectorAll('line.axis').length, 'both axes').to.equal(2);
    // For a screen reader: the chart's title and a description with every period's number.
    expect(chart.querySelector('title')!.textContent).to.equal('Contacts per period');
    const [first] = published.rows;
    expect(chart.querySelector('desc')!.textContent).to.contain(first.contacts === null ? `${first.period}: hidden` : `${first.period}: ${first.contacts} contacts`);
    await expect(stats).to.be.accessible();
  });
});
