// Everything the server sends is rendered inert, and the card shows what it safely can.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/roster/define.js';
import type { PeerRoster } from '../../src/roster/roster.js';
import type { PeerSupporterCard } from '../../src/roster/supporter-card.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { PROXY_URL, clearFaults, injectFault } from '../support/rig.js';

type Flagged = Window & { __xss?: boolean };
const PAYLOAD = '<img src=x onerror="window.__xss=true"><script>window.__xss=true</script>';

const hostile = [
  {
    ...TEST_SUPPORTERS[0],
    id: 'x1',
    displayName: PAYLOAD,
    pronouns: '"><svg onload=window.__xss=true>',
    bio: 'B'.repeat(100_000),
    photoUrl: 'javascript:window.__xss=true',
    channels: [
      { kind: 'video', value: 'javascript:window.__xss=true' },
      { kind: 'email', value: 'a@b.org?bcc=all@corp.org' },
      { kind: 'phone', value: '555-0100' },
    ],
  },
  { ...TEST_SUPPORTERS[1], id: 'x2', displayName: 12345, experiences: 'veteran', languages: null, role: { nested: true } },
  { ...TEST_SUPPORTERS[2], id: 'x3', photoUrl: '/does-not-exist.png' },
  { ...TEST_SUPPORTERS[3], id: undefined },
  'not a supporter',
];

describe('hostile supporter data', () => {
  afterEach(clearFaults);

  it('renders names, bios and links from the server as inert text', async () => {
    await injectFault({ match: '/api/supporters', status: 200, body: { items: hostile } });
    const roster = await fixture<PeerRoster>(html`<peer-roster endpoint=${PROXY_URL}></peer-roster>`);
    await waitUntil(() => roster.shadowRoot!.querySelectorAll('[part~="card"]').length === 3, 'cards did not render');
    const root = roster.shadowRoot!;
    expect((window as Flagged).__xss).to.equal(undefined);
    expect(root.querySelector('script, svg, img[onerror], [onload]')).to.equal(null);
    expect(root.querySelector('[part~="name"]')!.textContent).to.contain(PAYLOAD);
    // A javascript: photo is never loaded; the initials stand in.
    expect(root.querySelector('[part~="avatar"] img[src^="javascript"]')).to.equal(null);
    // Only safe links survive; the rest stay as text.
    const hrefs = [...root.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs.filter((href) => !/^(tel:|sms:|mailto:|https:)/.test(href!))).to.deep.equal([]);
    expect(hrefs).not.to.include('mailto:a@b.org?bcc=all@corp.org');
    expect(root.textContent).to.contain('Video call');
    // A 100 KB bio is cut to the contract's limit.
    expect(root.querySelector('[part~="bio"]')!.textContent!.length).to.be.at.most(600);
    // A number where text belongs is shown as text; a non-list of tags as none.
    const second = root.querySelectorAll('[part~="card"]')[1];
    expect(second.querySelector('[part~="name"]')!.textContent).to.contain('12345');
    expect(second.querySelector('[part~="experiences"]')).to.equal(null);
    // Unusable records are left out, not shown broken.
    expect(root.querySelector('[part~="count"]')!.textContent).to.contain('3 supporters');
  });

  it('falls back to initials when a photo fails to load', async () => {
    const roster = await fixture<PeerRoster>(html`<peer-roster .supporters=${[{ ...TEST_SUPPORTERS[2], photoUrl: '/does-not-exist.png' }]}></peer-roster>`);
    await waitUntil(() => !roster.shadowRoot!.querySelector('[part~="avatar"] img'), 'photo error not handled');
    expect(roster.shadowRoot!.querySelector('[part~="avatar"]')!.textContent!.trim()).to.equal('CE');
  });

  it('never crashes on a body that is not a roster, and says so', async () => {
    await injectFault({ match: '/api/shape/supporters', status: 200, body: { supporters: 'nope' } });
    const roster = await fixture<PeerRoster>(html`<peer-roster endpoint=${PROXY_URL + 'shape/'}></peer-roster>`);
    await waitUntil(() => roster.shadowRoot!.querySelector('.notice.failed'), 'no failure message');
    expect(roster.shadowRoot!.textContent).to.contain('The server sent something we could not read');
  });
});

describe('<peer-supporter-card>', () => {
  it('shows one supporter from the roster by id', async () => {
    const card = await fixture<PeerSupporterCard>(html`<peer-supporter-card endpoint=${PROXY_URL}></peer-supporter-card>`);
    const list = (await (await fetch(`${PROXY_URL}supporters`)).json()).items;
    card.supporterId = list[1].id;
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="name"]'), 'card did not load');
    expect(card.shadowRoot!.querySelector('[part~="name"]')!.textContent).to.contain(list[1].displayName);
    await expect(card).to.be.accessible();
  });

  it('says so kindly when the supporter is no longer listed, with the crisis line', async () => {
    const card = await fixture<PeerSupporterCard>(html`<peer-supporter-card endpoint=${PROXY_URL} supporter-id="nobody"></peer-supporter-card>`);
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="notice"]'), 'no notice');
    expect(card.shadowRoot!.textContent).to.contain('not on the team list any more');
    expect(card.shadowRoot!.querySelector('a[href="tel:988"]')).to.exist;
  });

  it('takes a supporter passed in directly and reads it by the contract', async () => {
    const card = await fixture<PeerSupporterCard>(html`<peer-supporter-card .supporter=${{ ...TEST_SUPPORTERS[0], displayName: PAYLOAD }}></peer-supporter-card>`);
    expect(card.shadowRoot!.querySelector('img[onerror], script')).to.equal(null);
    expect(card.shadowRoot!.querySelector('[part~="name"]')!.textContent).to.contain(PAYLOAD);
  });
});

describe('a portal’s unexpected values: every supporter with an id and a name is shown', () => {
  afterEach(clearFaults);

  const cards = (roster: PeerRoster) => [...roster.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card"]')];
  const card = (roster: PeerRoster, id: string) => cards(roster).find((candidate) => candidate.getAttribute('aria-label') === names[id])!;
  const names: Record<string, string> = {};
  const person = (id: string, overrides: Record<string, unknown>, base = TEST_SUPPORTERS[0]) => {
    names[id] = `Person ${id}`;
    return { ...base, id, displayName: names[id], ...overrides };
  };
  const availability = (roster: PeerRoster, id: string) => card(roster, id).querySelector('[part~="availability"]')!.textContent!.replace(/\s+/g, ' ').trim();

  async function rosterServing(items: unknown[]): Promise<PeerRoster> {
    await injectFault({ match: '/api/supporters', status: 200, body: { items } });
    const roster = await fixture<PeerRoster>(html`<peer-roster endpoint=${PROXY_URL}></peer-roster>`);
    await waitUntil(() => roster.shadowRoot!.querySelector('[part~="count"]'), 'roster did not load');
    return roster;
  }

  function recordWarnings() {
    const original = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
      original.apply(console, args);
    };
    return { warnings, restore: () => (console.warn = original) };
  }

  it('shows a supporter whose availability the contract does not know as "Availability not known"', async () => {
    const since = '2026-11-24T08:00:00Z';
    const roster = await rosterServing([
      person('on-call', { availability: { status: 'on-call', since } }),
      person('extra-text', { availability: { status: 'available (until 5pm)', since } }),
      person('number', { availability: { status: 3, since } }),
      person('missing', { availability: undefined }),
      person('flat', { availability: 'available' }),
      person('no-date', { availability: { status: 'busy', since: 'this morning' } }),
    ]);
    expect(roster.shadowRoot!.querySelector('[part~="count"]')!.textContent).to.contain('6 supporters');
    for (const id of ['on-call', 'extra-text', 'number', 'missing', 'flat']) {
      expect(availability(roster, id), id).to.match(/^Availability not known/);
      expect(card(roster, id).querySelector('[part~="request-contact"]'), id).to.exist;
    }
    expect(availability(roster, 'no-date'), 'no "Updated" without a date').to.equal('Busy right now');
    // "Available now" never claims someone whose availability is not known.
    roster.filter = { ...roster.filter, availableNow: true };
    await roster.updateComplete;
    expect(cards(roster)).to.have.length(0);
    await expect(roster).to.be.accessible();
  });

  it('reads case and spacing variants of known values: "Available", " ON_BREAK ", "Off Duty", a "Phone" channel', async () => {
    const since = '2026-11-24T08:00:00Z';
    const roster = await rosterServing([
      person('capital', { availability: { status: 'Available', since }, channels: [{ kind: 'Phone', value: '555-0101' }] }),
      person('shouting', { availability: { status: ' ON_BREAK ', since } }),
      person('spaced', { availability: { status: 'Off Duty', since } }),
    ]);
    expect(availability(roster, 'capital')).to.match(/^Available now/);
    expect(availability(roster, 'shouting')).to.match(/^On a break/);
    expect(availability(roster, 'spaced')).to.match(/^Off duty/);
    expect(card(roster, 'capital').querySelector('a[href="tel:5550101"]')).to.exist;
  });

  it('drops wrong types and extra text in optional fields one by one, keeping the rest of the card', async () => {
    const roster = await rosterServing([
      person('messy', {
        pronouns: { they: 'them' },
        role: ['Paramedic'],
        team: 7,
        bio: true,
        photoUrl: 12,
        acceptsRequests: 'perhaps',
        availability: { status: 'busy', since: 'earlier today', until: 'after lunch' },
        languages: ['es', 'Spanish (Mexico)'],
        experiences: ['veteran', 7, { tag: 'grief' }],
        channels: [{ kind: 'pager', value: '555-0199' }, { kind: 'email', value: 'messy@example.org' }, 'call me'],
        nickname: 'extra',
      }),
    ]);
    const shown = card(roster, 'messy');
    expect(shown.querySelector('[part~="name"]')!.textContent).to.contain('Person messy').and.not.contain('(');
    expect(shown.querySelector('[part~="role"]')!.textContent!.trim()).to.equal('7');
    expect(shown.querySelector('[part~="bio"]')).to.equal(null);
    // A number is read as text, so the photo "12" is tried and fails to load (a 404 from the API);
    // initials stand in once the browser reports the error. Chromium reports it before the roster's
    // first render is checked, WebKit sometimes a little later: wait for it rather than race it.
    await waitUntil(() => !shown.querySelector('[part~="avatar"] img'), 'the photo "12" is still shown');
    expect(shown.querySelector('[part~="avatar"]')!.textContent!.trim()).to.equal('PM');
    expect(shown.querySelector('[part~="availability"]')!.textContent!.trim()).to.equal('Busy right now');
    expect(shown.querySelector('.until, .since')).to.equal(null);
    expect(shown.querySelector('[part~="languages"]')!.textContent).to.contain('Spanish').and.not.contain('Mexico');
    expect([...shown.querySelectorAll('[part~="experience"]')].map((tag) => tag.textContent)).to.deep.equal(['veteran', '7']);
    expect([...shown.querySelectorAll('[part~="channels"] a')].map((link) => link.getAttribute('href'))).to.deep.equal(['mailto:messy@example.org']);
    expect(shown.querySelector('[part~="request-contact"]')).to.exist;
  });

  it('still shows the whole team when a portal sends "Available" (and other capitals) for everyone', async () => {
    const team = (await (await fetch(`${PROXY_URL}supporters`)).json()).items as { availability: { status: string } }[];
    const capitalized = team.map((supporter) => ({ ...supporter, availability: { ...supporter.availability, status: supporter.availability.status.replace(/^./, (first) => first.toUpperCase()) } }));
    const roster = await rosterServing(capitalized);
    expect(roster.shadowRoot!.querySelector('[part~="count"]')!.textContent).to.contain(`${team.length} supporters`);
    expect(roster.shadowRoot!.textContent).not.to.contain('Availability not known');
  });

  it('tells IT once per load which field of which record it could not read', async () => {
    const { warnings, restore } = recordWarnings();
    try {
      await injectFault({ match: '/api/supporters', status: 200, body: { items: [person('odd', { availability: { status: 'on-call', since: '2026-11-24T08:00:00Z' } }), person('fine', {})] } });
      const page = await fixture(html`<div>
        <peer-roster endpoint=${PROXY_URL}></peer-roster>
        <peer-supporter-card endpoint=${PROXY_URL} supporter-id="odd"></peer-supporter-card>
      </div>`);
      const roster = page.querySelector<PeerRoster>('peer-roster')!;
      const single = page.querySelector<PeerSupporterCard>('peer-supporter-card')!;
      await waitUntil(() => roster.shadowRoot!.querySelector('[part~="card"]') && single.shadowRoot!.querySelector('[part~="card"]'), 'did not load');
      expect(single.shadowRoot!.querySelector('[part~="availability"]')!.textContent).to.contain('Availability not known');
      const told = () => warnings.filter(([message]) => String(message).includes('not as the contract says'));
      expect(told()).to.have.length(1);
      const [message, issues] = told()[0] as [string, { path: string; recordId?: string }[]];
      expect(message).to.contain(`GET ${new URL(`${PROXY_URL}supporters`, location.href).href}`);
      expect(message).to.contain('items[0] (id "odd") availability.status: "on-call" is not one of available, busy, on-break, off-duty; shown as "unknown"');
      expect(issues[0]).to.include({ path: 'items[0].availability.status', recordId: 'odd' });
      await roster.refresh(); // a new load: told again, once
      expect(told()).to.have.length(2);
    } finally {
      restore();
    }
  });
});
