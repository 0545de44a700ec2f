// Everything the server sends is rendered inert, and the card shows what it safely can.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
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
