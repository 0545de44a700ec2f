import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/config/define.js';
import '../../src/roster/define.js';
import type { PeerRoster } from '../../src/roster/roster.js';
import type { PeerRequestContactEvent } from '../../src/core/events.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { API_URL, PROXY_URL, clearFaults, injectFault, proxyLog, proxySettled } from '../support/rig.js';

const shadow = (roster: PeerRoster) => roster.shadowRoot!;
const visibleNames = (roster: PeerRoster) =>
  [...shadow(roster).querySelectorAll('.list > li:not([hidden]) .display-name')].map((name) => name.textContent!.trim());
const countText = (roster: PeerRoster) => shadow(roster).querySelector('[part~="count"]')?.textContent?.trim();

async function withData(attributes = ''): Promise<PeerRoster> {
  const roster = await fixture<PeerRoster>(html`<peer-roster .supporters=${structuredClone(TEST_SUPPORTERS)}></peer-roster>`);
  for (const pair of attributes.split(' ').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    roster.setAttribute(name, value.replace(/_/g, ' '));
  }
  await roster.updateComplete;
  return roster;
}

async function typeSearch(roster: PeerRoster, text: string) {
  const input = shadow(roster).querySelector<HTMLInputElement>('[part~="search"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await roster.updateComplete;
}

async function choose(roster: PeerRoster, label: string, value: string) {
  const field = [...shadow(roster).querySelectorAll('label.field')].find((candidate) => candidate.querySelector('span')!.textContent === label)!;
  const select = field.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await roster.updateComplete;
}

async function toggle(roster: PeerRoster, label: string) {
  const box = [...shadow(roster).querySelectorAll('label.check')].find((candidate) => candidate.textContent!.trim() === label)!.querySelector('input')!;
  box.click();
  await roster.updateComplete;
}

/** URLs the browser itself recorded as fetched (Resource Timing), without touching `fetch`. */
const fetchedUrls = () => performance.getEntriesByType('resource').map((entry) => entry.name);

describe('<peer-roster> with the real server', () => {
  afterEach(clearFaults);

  it('shows the whole team from the configured endpoint when pasted alone', async () => {
    const expected = (await (await fetch(`${API_URL}supporters`)).json()).items as { displayName: string }[];
    const page = await fixture(html`<peer-support-config endpoint=${API_URL}><peer-roster></peer-roster></peer-support-config>`);
    const roster = page.querySelector('peer-roster') as PeerRoster;
    await waitUntil(() => visibleNames(roster).length > 0, 'roster did not load');
    expect(visibleNames(roster)).to.deep.equal(expected.map((supporter) => supporter.displayName));
    expect(countText(roster)).to.equal(`${expected.length} supporters`);
    await expect(roster).to.be.accessible();
  });

  it('shows a skeleton while loading, then the cards', async () => {
    await injectFault({ match: '/api/supporters', delayMs: 400, times: 1 });
    const roster = await fixture<PeerRoster>(html`<peer-roster endpoint=${PROXY_URL}></peer-roster>`);
    expect(shadow(roster).querySelectorAll('[part~="skeleton"]')).to.have.length(3);
    expect(shadow(roster).querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
    await expect(roster).to.be.accessible();
    await waitUntil(() => visibleNames(roster).length > 0, 'roster did not load');
    expect(shadow(roster).querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('false');
  });

  it('shows the last roster seen on this device, with its date, when the backend is down', async () => {
    const first = await fixture<PeerRoster>(html`<peer-roster endpoint=${PROXY_URL}></peer-roster>`);
    await waitUntil(() => visibleNames(first).length > 0, 'roster did not load');
    const names = visibleNames(first);
    await injectFault({ match: '/api/supporters', status: 503, body: { title: 'Down', status: 503, detail: 'The portal is down for maintenance.' }, contentType: 'application/problem+json' });
    const roster = await fixture<PeerRoster>(html`<peer-roster endpoint=${PROXY_URL}></peer-roster>`);
    await waitUntil(() => shadow(roster).querySelector('.notice.offline'), 'no offline notice');
    expect(visibleNames(roster)).to.deep.equal(names);
    const notice = shadow(roster).querySelector('.notice.offline')!.textContent!;
    expect(notice).to.match(/as it was/).and.match(/last updated/).and.contain('The portal is down for maintenance.');
    await expect(roster).to.be.accessible();
    await clearFaults();
    shadow(roster).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    await waitUntil(() => !shadow(roster).querySelector('.notice.offline'), 'retry did not recover');
  });

  it('says so clearly, with the crisis line, when there is nothing to show', async () => {
    await injectFault({ match: '/api/', drop: true });
    const roster = await fixture<PeerRoster>(html`<peer-roster endpoint=${PROXY_URL + 'never-cached/'}></peer-roster>`);
    await waitUntil(() => shadow(roster).querySelector('.notice.failed'), 'no failure message');
    const text = shadow(roster).textContent!;
    expect(text).to.contain('We could not load the peer support team right now.');
    expect(text).to.contain("We couldn't reach the server");
    expect([...shadow(roster).querySelectorAll('[part~="crisis-link"]')].map((link) => link.getAttribute('href'))).to.include('tel:988');
    await expect(roster).to.be.accessible();
  });

  it('makes no request when supporters are passed in as a property', async () => {
    await clearFaults();
    performance.clearResourceTimings();
    // The roster given its supporters updates first; any request of its own would leave then…
    const roster = await fixture<PeerRoster>(html`<peer-roster endpoint=${PROXY_URL} .supporters=${TEST_SUPPORTERS}></peer-roster>`);
    await roster.updateComplete;
    expect(visibleNames(roster)).to.have.length(4);
    // …so by the time a roster left to load, made after it, has its answer, that request would be seen.
    const loading = await fixture<PeerRoster>(html`<peer-roster endpoint=${API_URL}></peer-roster>`);
    await waitUntil(() => fetchedUrls().includes(`${API_URL}supporters`), 'a roster without supporters did not ask for them');
    await waitUntil(() => visibleNames(loading).length > 0, 'the roster left to load did not load');
    expect(fetchedUrls().filter((url) => url.startsWith(PROXY_URL)), 'requests of the roster given its supporters').to.deep.equal([]);
    await proxySettled();
    expect(await proxyLog()).to.deep.equal([]);
  });
});

describe('<peer-roster> and who can receive requests', () => {
  it('offers “Ask them to contact me” only where a request reaches the supporter, and says why not elsewhere', async () => {
    const supporters = structuredClone(TEST_SUPPORTERS).map((supporter, index) => (index === 0 ? { ...supporter, acceptsRequests: false } : supporter));
    const roster = await fixture<PeerRoster>(html`<peer-roster .supporters=${supporters}></peer-roster>`);
    const card = (name: string) => [...shadow(roster).querySelectorAll<HTMLElement>('[part~="card"]')].find((candidate) => candidate.textContent!.includes(name))!;
    expect(card(supporters[0].displayName).querySelector('[part~="request-contact"]')).to.equal(null);
    expect(card(supporters[0].displayName).querySelector('[part~="no-requests"]')!.textContent).to.contain('Not taking requests through this page yet');
    expect(card(supporters[1].displayName).querySelector('[part~="request-contact"]')).to.exist;
    await expect(roster).to.be.accessible();
  });

  it('reads acceptsRequests from the reference server (every sample supporter has an account)', async () => {
    const roster = await fixture<PeerRoster>(html`<peer-roster endpoint=${API_URL}></peer-roster>`);
    await waitUntil(() => visibleNames(roster).length > 0, 'roster not loaded');
    expect(shadow(roster).querySelectorAll('[part~="no-requests"]')).to.have.length(0);
    expect(shadow(roster).querySelectorAll('[part~="request-contact"]').length).to.be.greaterThan(0);
  });
});

describe('<peer-roster> filters', () => {
  it('searches name, role, bio and tags, ignoring case and accents', async () => {
    const roster = await withData();
    await typeSearch(roster, 'chi');
    expect(visibleNames(roster)).to.deep.equal(['Chí Exemplar']);
    await typeSearch(roster, 'DISPATCH');
    expect(visibleNames(roster)).to.deep.equal(['Ben Sampleton']);
    await typeSearch(roster, 'night shifts');
    expect(visibleNames(roster)).to.deep.equal(['Ana Testwell']);
    await typeSearch(roster, 'lgbtq');
    expect(visibleNames(roster)).to.deep.equal(['Dee Placeholder']);
    expect(countText(roster)).to.equal('1 of 4 supporters match');
  });

  it('filters by lived experience, language, channel and availability, and combines them', async () => {
    const roster = await withData();
    await choose(roster, 'Lived experience', 'veteran');
    expect(visibleNames(roster)).to.deep.equal(['Ben Sampleton', 'Dee Placeholder']);
    await choose(roster, 'Way to reach them', 'text');
    expect(visibleNames(roster)).to.deep.equal(['Dee Placeholder']);
    await choose(roster, 'Lived experience', '');
    await choose(roster, 'Way to reach them', '');
    await choose(roster, 'Language', 'vi');
    expect(visibleNames(roster)).to.deep.equal(['Chí Exemplar']);
    await choose(roster, 'Language', '');
    await toggle(roster, 'Available now');
    expect(visibleNames(roster)).to.deep.equal(['Ana Testwell']);
  });

  it('hides the viewer’s own team, from viewer-team or picked in the filters', async () => {
    const roster = await withData('viewer-team=medic_7');
    await toggle(roster, 'Not on my team');
    expect(visibleNames(roster)).to.deep.equal(['Ben Sampleton', 'Dee Placeholder']);

    const picker = await withData();
    await toggle(picker, 'Not on my team');
    expect(visibleNames(picker)).to.have.length(4);
    await choose(picker, 'My team', 'Dispatch – nights');
    expect(visibleNames(picker)).to.deep.equal(['Ana Testwell', 'Chí Exemplar', 'Dee Placeholder']);
  });

  it('keeps an editor’s preset experiences and limit', async () => {
    const roster = await withData('experiences=veteran,grief');
    expect(visibleNames(roster)).to.deep.equal(['Ben Sampleton', 'Chí Exemplar', 'Dee Placeholder']);
    expect(countText(roster)).to.equal('3 supporters');
    roster.limit = 2;
    await roster.updateComplete;
    expect(visibleNames(roster)).to.have.length(2);
  });

  it('announces the count politely and, when nothing matches, says what to loosen', async () => {
    const roster = await withData();
    const count = shadow(roster).querySelector('[part~="count"]')!;
    expect(count.getAttribute('role')).to.equal('status');
    await toggle(roster, 'Available now');
    await choose(roster, 'Language', 'vi');
    expect(visibleNames(roster)).to.deep.equal([]);
    expect(countText(roster)).to.equal('0 of 4 supporters match');
    const suggestions = [...shadow(roster).querySelectorAll('.notice.empty button')].map((button) => button.textContent!.trim());
    expect(suggestions).to.deep.equal(['Any language', 'Include people who are busy, on a break or off duty', 'Clear all filters']);
    await expect(roster).to.be.accessible();
    shadow(roster).querySelector<HTMLButtonElement>('.notice.empty button')!.click();
    await roster.updateComplete;
    expect(visibleNames(roster)).to.deep.equal(['Ana Testwell']);
  });

  it('shows until when a supporter is away', async () => {
    const until = new Date(Date.now() + 2 * 3_600_000).toISOString();
    const roster = await fixture<PeerRoster>(html`<peer-roster .supporters=${[{ ...TEST_SUPPORTERS[1], availability: { status: 'on-break', since: TEST_SUPPORTERS[1].availability.since, until } }]}></peer-roster>`);
    expect(shadow(roster).querySelector('.until')!.textContent).to.match(/^until /);
  });

  it('offers “show who is available now” on the card of someone on a break', async () => {
    const roster = await withData();
    const card = shadow(roster).querySelector('[data-status="on-break"]')!;
    expect(card.textContent).to.contain('On a break').and.contain('Taking time to recharge');
    card.querySelector<HTMLButtonElement>('[part~="show-available"]')!.click();
    await roster.updateComplete;
    expect(visibleNames(roster)).to.deep.equal(['Ana Testwell']);
  });
});

describe('<peer-roster> contact', () => {
  it('links each channel safely for a phone', async () => {
    const roster = await withData();
    const hrefs = [...shadow(roster).querySelectorAll('[part~="channel"]')].map((link) => link.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:5550101', 'sms:5550101', 'mailto:ben@example.org', 'https://video.example.org/chi', 'sms:5550104']);
  });

  it('emits a typed, bubbling, composed peer-request-contact event carrying the supporter', async () => {
    const roster = await withData();
    const handled = oneEvent(document, 'peer-request-contact') as Promise<PeerRequestContactEvent>;
    document.addEventListener('peer-request-contact', (event) => event.preventDefault(), { once: true });
    shadow(roster).querySelector<HTMLButtonElement>('[part~="request-contact"]')!.click();
    const event = await handled;
    expect(event.supporter.id).to.equal('ana');
    expect(event.bubbles && event.composed).to.be.true;
    await roster.updateComplete;
    expect(shadow(roster).querySelector('[role="status"] > .notice')).to.equal(null);
  });

  it('says where to go instead when no page script handles the request', async () => {
    const roster = await withData();
    shadow(roster).querySelectorAll<HTMLButtonElement>('[part~="request-contact"]')[1].click();
    await roster.updateComplete;
    expect(shadow(roster).querySelector('[role="status"] > .notice')!.textContent).to.contain('To ask Ben Sampleton to get in touch');
  });
});

describe('<peer-roster> with many supporters', () => {
  const many = Array.from({ length: 75 }, (_, index) => ({ ...structuredClone(TEST_SUPPORTERS[index % 4]), id: `m-${index}`, displayName: `Person ${index}` }));

  it('shows a page at a time with "show more", and counts every match', async () => {
    const roster = await fixture<PeerRoster>(html`<peer-roster .supporters=${many}></peer-roster>`);
    expect(visibleNames(roster)).to.have.length(30);
    expect(countText(roster)).to.equal('75 supporters');
    const more = () => shadow(roster).querySelector<HTMLButtonElement>('[part~="show-more"]');
    expect(more()!.textContent!.trim()).to.equal('Show 30 more (45 not shown yet)');
    more()!.click();
    await roster.updateComplete;
    expect(visibleNames(roster)).to.have.length(60);
    more()!.click();
    await roster.updateComplete;
    expect(visibleNames(roster)).to.have.length(75);
    expect(more()).to.equal(null);
    await typeSearch(roster, 'person 1');
    expect(countText(roster)).to.equal('17 of 75 supporters match'); // every word must match: 1, 10–19, 21, 31 … 71
    expect(visibleNames(roster)).to.have.length(17);
  });

  it('honours page-size', async () => {
    const roster = await fixture<PeerRoster>(html`<peer-roster page-size="10" .supporters=${many}></peer-roster>`);
    expect(visibleNames(roster)).to.have.length(10);
  });
});

describe('<peer-roster> in a hostile page', () => {
  it('keeps its layout under `* { all: unset }`, `img { width: 100% }` and a huge base font', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('* { all: unset; } img { width: 100% !important; } html { font-size: 48px; } ul, li, article { display: inline !important; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const roster = await withData();
      const card = shadow(roster).querySelector<HTMLElement>('[part~="card"]')!;
      expect(getComputedStyle(card).display).to.equal('flex');
      expect(getComputedStyle(card).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(shadow(roster).querySelector('.list')!).display).to.equal('grid');
      const button = shadow(roster).querySelector<HTMLElement>('[part~="request-contact"]')!;
      expect(button.getBoundingClientRect().height).to.be.at.least(44);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
    }
  });
});

describe('<peer-roster> layouts and keyboard', () => {
  it('reflects grid, list and compact layouts; compact leaves out the bio', async () => {
    const roster = await withData();
    expect(roster.getAttribute('layout')).to.equal('grid');
    expect(shadow(roster).querySelectorAll('[part~="bio"]').length).to.equal(3);
    roster.layout = 'compact';
    await roster.updateComplete;
    expect(shadow(roster).querySelectorAll('[part~="bio"]').length).to.equal(0);
    roster.layout = 'list';
    await roster.updateComplete;
    expect(roster.getAttribute('layout')).to.equal('list');
    await expect(roster).to.be.accessible();
  });

  it('hides the filters with show-filters="false"', async () => {
    const roster = await withData('show-filters=false');
    expect(shadow(roster).querySelector('[part~="filters"]')).to.equal(null);
  });

  it('can be used with the keyboard alone: search, filters, then each card’s actions, with visible focus', async () => {
    const roster = await withData();
    shadow(roster).querySelector<HTMLInputElement>('[part~="search"]')!.focus();
    await sendKeys({ type: 'ana' });
    await roster.updateComplete;
    expect(visibleNames(roster)).to.deep.equal(['Ana Testwell']);
    const stops: string[] = [];
    for (let step = 0; step < 15 && stops.at(-1) !== 'button request-contact'; step++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(roster).activeElement as HTMLElement | null;
      if (!active) break;
      stops.push(active.getAttribute('part') ?? `${active.tagName.toLowerCase()}`);
      expect(getComputedStyle(active).outlineStyle, `focus ring on ${stops.at(-1)}`).to.equal('solid');
    }
    expect(stops).to.deep.equal(['select', 'select', 'select', 'input', 'input', 'channel channel-phone', 'channel channel-text', 'button request-contact']);
    const pressed = oneEvent(roster, 'peer-request-contact');
    await sendKeys({ press: 'Enter' });
    expect(((await pressed) as unknown as PeerRequestContactEvent).supporter.id).to.equal('ana');
  });
});
