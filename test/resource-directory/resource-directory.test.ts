import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/config/define.js';
import '../../src/resource-directory/define.js';
import type { PeerResourceDirectory } from '../../src/resource-directory/resource-directory.js';
import { openState } from '../../src/resource-directory/opening-hours.js';
import type { Resource } from '../../src/core/contract.js';
import { MONDAY_MORNING_CHICAGO, TEST_RESOURCES } from '../fixtures/resources.js';
import { API_URL, PROXY_URL, clearFaults, injectFault } from '../support/rig.js';

const root = (directory: PeerResourceDirectory) => directory.shadowRoot!;
const names = (directory: PeerResourceDirectory) => [...root(directory).querySelectorAll('[part~="name"]')].map((name) => name.textContent!.trim());
const count = (directory: PeerResourceDirectory) => root(directory).querySelector('[part~="count"]')!.textContent!.trim();

async function withData(attributes: Record<string, string> = {}, clock = MONDAY_MORNING_CHICAGO) {
  const directory = await fixture<PeerResourceDirectory>(html`<peer-resource-directory .resources=${structuredClone(TEST_RESOURCES)} .clock=${() => clock}></peer-resource-directory>`);
  for (const [name, value] of Object.entries(attributes)) directory.setAttribute(name, value);
  await directory.updateComplete;
  return directory;
}

async function check(directory: PeerResourceDirectory, label: string) {
  const box = [...root(directory).querySelectorAll('label.check')].find((candidate) => candidate.textContent!.trim() === label)!.querySelector('input')!;
  box.click();
  await directory.updateComplete;
}

async function choose(directory: PeerResourceDirectory, label: string, value: string) {
  const select = [...root(directory).querySelectorAll('label.field')].find((candidate) => candidate.querySelector('span')!.textContent === label)!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await directory.updateComplete;
}

async function search(directory: PeerResourceDirectory, text: string) {
  const input = root(directory).querySelector<HTMLInputElement>('[part~="search"]')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
  await directory.updateComplete;
}

const hours = (resource: (typeof TEST_RESOURCES)[number]) => resource.hours as Resource['hours'];

describe('open now, in each listing’s own time zone', () => {
  it('uses the listing’s zone, not the viewer’s', () => {
    const [eap, , tokyo] = TEST_RESOURCES;
    expect(openState(hours(eap), MONDAY_MORNING_CHICAGO)).to.equal('open');
    expect(openState(hours(tokyo), MONDAY_MORNING_CHICAGO)).to.equal('closed'); // 00:30 Tuesday in Tokyo
    expect(openState(hours(tokyo), new Date('2026-11-23T01:00:00Z'))).to.equal('open'); // 10:00 Monday in Tokyo
  });

  it('handles hours past midnight, 24/7, missing and invalid zones', () => {
    const night = hours(TEST_RESOURCES[3]); // Friday 22:00–02:00 New York
    expect(openState(night, new Date('2026-11-28T04:00:00Z'))).to.equal('open'); // Friday 23:00
    expect(openState(night, new Date('2026-11-28T06:30:00Z'))).to.equal('open'); // Saturday 01:30
    expect(openState(night, new Date('2026-11-28T08:00:00Z'))).to.equal('closed'); // Saturday 03:00
    expect(openState({ is24x7: true }, MONDAY_MORNING_CHICAGO)).to.equal('always');
    expect(openState({ is24x7: false }, MONDAY_MORNING_CHICAGO)).to.equal('unknown');
    expect(openState({ is24x7: false, timeZone: 'Mars/Olympus_Mons', schedule: [{ day: 1, opens: '00:00', closes: '24:00' }] }, MONDAY_MORNING_CHICAGO)).to.equal('unknown');
  });
});

describe('<peer-resource-directory>', () => {
  afterEach(clearFaults);

  it('shows the directory from the server, crisis lines pinned first and set apart', async () => {
    const expected = (await (await fetch(`${API_URL}resources`)).json()).items as { name: string; category: string }[];
    const directory = await fixture<PeerResourceDirectory>(html`<peer-resource-directory endpoint=${API_URL}></peer-resource-directory>`);
    await waitUntil(() => names(directory).length > 0, 'directory did not load');
    expect(names(directory)).to.deep.equal(expected.map((resource) => resource.name));
    const listings = [...root(directory).querySelectorAll('[part~="listing"]')];
    const firstOther = listings.findIndex((listing) => !listing.matches('[part~="crisis-listing"]'));
    expect(listings.slice(firstOther).some((listing) => listing.matches('[part~="crisis-listing"]'))).to.be.false;
    expect(firstOther).to.be.greaterThan(0);
    await expect(directory).to.be.accessible();
  });

  it('pins crisis lines first in any data, and always shows the configured crisis line', async () => {
    const directory = await withData();
    expect(names(directory)[0]).to.equal('Test Lifeline');
    expect(root(directory).querySelector('[part~="crisis"] a[href="tel:988"]')).to.exist;
  });

  it('searches by text, ignoring case and accents', async () => {
    const directory = await withData();
    await search(directory, 'SHIFT');
    expect(names(directory)).to.deep.equal(['Harbor Counseling Tokyo', 'Night Shift Circle']);
    await search(directory, 'household counseling');
    expect(names(directory)).to.deep.equal(['Maple EAP']);
    expect(count(directory)).to.equal('1 of 5 listings match');
  });

  it('filters by kind, open now, 24/7, confidential, cost, language and audience', async () => {
    const directory = await withData();
    await choose(directory, 'Kind of help', 'support-group');
    expect(names(directory)).to.deep.equal(['Night Shift Circle', 'Families of the Line']);
    await choose(directory, 'Kind of help', '');
    await check(directory, 'Open now');
    expect(names(directory)).to.deep.equal(['Test Lifeline', 'Maple EAP']);
    await check(directory, 'Open 24/7');
    expect(names(directory)).to.deep.equal(['Test Lifeline']);
    await check(directory, 'Open now');
    await check(directory, 'Open 24/7');
    await check(directory, 'Confidential');
    expect(names(directory)).to.not.include('Night Shift Circle');
    await check(directory, 'Free or covered');
    expect(names(directory)).to.deep.equal(['Test Lifeline', 'Maple EAP', 'Families of the Line']);
    await choose(directory, 'Language', 'es');
    expect(names(directory)).to.deep.equal(['Test Lifeline', 'Maple EAP']);
    await choose(directory, 'Language', '');
    await choose(directory, 'For', 'family');
    expect(names(directory)).to.deep.equal(['Test Lifeline', 'Maple EAP', 'Families of the Line']);
    await choose(directory, 'For', 'retirees');
    expect(names(directory)).to.deep.equal(['Test Lifeline']);
  });

  it('says what to do when nothing matches', async () => {
    const directory = await withData();
    await search(directory, 'nothing like this');
    expect(root(directory).textContent).to.contain('Nothing matches all of these');
    root(directory).querySelector<HTMLButtonElement>('[part~="clear-filters"]')!.click();
    await directory.updateComplete;
    expect(names(directory)).to.have.length(5);
  });

  it('shows open/closed badges and highlights today’s hours in the listing’s zone', async () => {
    const directory = await withData();
    const listing = (name: string) => [...root(directory).querySelectorAll('[part~="listing"]')].find((candidate) => candidate.getAttribute('aria-label') === name)!;
    expect(listing('Maple EAP').querySelector('.badge')!.textContent).to.equal('Open now');
    expect(listing('Harbor Counseling Tokyo').querySelector('.badge')!.textContent).to.equal('Closed now');
    expect(listing('Test Lifeline').querySelector('.badge')!.textContent).to.equal('Open 24/7');
    expect(listing('Maple EAP').querySelector('summary')!.textContent).to.contain('Today 09:00–17:00');
    for (const name of ['Maple EAP', 'Harbor Counseling Tokyo']) {
      const details = listing(name).querySelector('details')!;
      const toggled = oneEvent(details, 'toggle');
      details.querySelector('summary')!.click();
      await toggled;
      await directory.updateComplete;
    }
    expect(listing('Maple EAP').querySelector('[aria-current="date"] dt')!.textContent).to.contain('Monday');
    expect(listing('Harbor Counseling Tokyo').querySelector('[aria-current="date"] dt')!.textContent).to.contain('Tuesday');
  });

  it('marks listings not verified for a long time as possibly out of date, not hidden', async () => {
    const directory = await withData();
    expect(root(directory).querySelectorAll('.badge.stale')).to.have.length(1);
    expect(root(directory).querySelector('.badge.stale')!.closest('[part~="listing"]')!.getAttribute('aria-label')).to.equal('Night Shift Circle');
    directory.verifiedWithinDays = 60;
    await directory.updateComplete;
    expect(root(directory).querySelectorAll('.badge.stale').length).to.equal(3);
  });

  it('shows only the categories an editor chose', async () => {
    const directory = await withData({ categories: 'crisis-line,eap' });
    expect(names(directory)).to.deep.equal(['Test Lifeline', 'Maple EAP']);
    expect(count(directory)).to.equal('2 listings');
  });

  it('offers call and text links a phone can use, and web links through safeUrl', async () => {
    const directory = await withData();
    const hrefs = [...root(directory).querySelectorAll('[part~="contact"]')].map((link) => link.getAttribute('href'));
    expect(hrefs).to.include.members(['tel:988', 'sms:988', 'tel:5550150', 'https://eap.example.org/', 'sms:5550175']);
  });

  it('keeps the last directory seen for when the backend is down, and the crisis line when there is nothing', async () => {
    const first = await fixture<PeerResourceDirectory>(html`<peer-resource-directory endpoint=${PROXY_URL}></peer-resource-directory>`);
    await waitUntil(() => names(first).length > 0);
    const seen = names(first);
    await injectFault({ match: '/api/', drop: true });
    const offline = await fixture<PeerResourceDirectory>(html`<peer-resource-directory endpoint=${PROXY_URL}></peer-resource-directory>`);
    await waitUntil(() => root(offline).querySelector('.notice.offline'), 'no offline copy');
    expect(names(offline)).to.deep.equal(seen);
    await expect(offline).to.be.accessible();
    const nothing = await fixture<PeerResourceDirectory>(html`<peer-resource-directory endpoint=${PROXY_URL + 'elsewhere/'}></peer-resource-directory>`);
    await waitUntil(() => root(nothing).querySelector('[role="alert"]'), 'no failure message');
    expect(root(nothing).textContent).to.contain('We could not load the directory right now.');
    expect(root(nothing).querySelector('[part~="crisis"] a[href="tel:988"]')).to.exist;
  });

  it('reads an HSDS /services endpoint directly when the config says so', async () => {
    const hsds = await (await fetch('/test/fixtures/hsds/sample.json')).json();
    const compiled = { contents: hsds.services.map((service: { id: string }) => ({ ...service, phones: hsds.phones.filter((phone: { service_id: string }) => phone.service_id === service.id) })), total_items: 4 };
    await injectFault({ match: '/api/hsds/services', status: 200, body: compiled });
    const page = await fixture(html`<peer-support-config endpoint=${PROXY_URL + 'hsds/'} resources-format="hsds" .paths=${{ resources: 'services' }}>
      <peer-resource-directory .clock=${() => MONDAY_MORNING_CHICAGO}></peer-resource-directory>
    </peer-support-config>`);
    const directory = page.querySelector('peer-resource-directory') as PeerResourceDirectory;
    await waitUntil(() => names(directory).length === 4, 'HSDS services not shown');
    expect(names(directory)[0]).to.equal('Lakeside Crisis Warmline');
    expect([...root(directory).querySelectorAll('[part~="contact"]')].map((link) => link.getAttribute('href'))).to.include.members(['tel:5550130', 'sms:5550131']);
  });

  it('renders hostile data inert: HTML, javascript: links, absurd lengths, wrong types, duplicate ids, bad zones', async () => {
    const hostile = [
      { ...TEST_RESOURCES[0], id: 'dup', name: '<img src=x onerror="window.__dirXss=true">', url: 'javascript:window.__dirXss=true', email: 'x@y.org?bcc=all@corp.org', description: 'D'.repeat(50_000) },
      { ...TEST_RESOURCES[1], id: 'dup', name: 'Second with the same id' },
      { ...TEST_RESOURCES[2], id: 'zone', hours: { is24x7: false, timeZone: 'Nowhere/Land', schedule: [{ day: 1, opens: '00:00', closes: '24:00' }] } },
      { ...TEST_RESOURCES[3], id: 'types', name: 42, languages: 'en', phones: [{ number: 5550100, kind: 'voice' }, { number: '555-0101', kind: 'fax' }] },
      'not a listing',
    ];
    const directory = await fixture<PeerResourceDirectory>(html`<peer-resource-directory .resources=${hostile} .clock=${() => MONDAY_MORNING_CHICAGO}></peer-resource-directory>`);
    expect((window as unknown as { __dirXss?: boolean }).__dirXss).to.equal(undefined);
    expect(root(directory).querySelector('img, script, [onerror]')).to.equal(null);
    expect(names(directory)).to.deep.equal(['<img src=x onerror="window.__dirXss=true">', 'Harbor Counseling Tokyo', '42']);
    const hrefs = [...root(directory).querySelectorAll('a')].map((link) => link.getAttribute('href')!);
    expect(hrefs.filter((href) => !/^(tel:|sms:|mailto:|https:)/.test(href))).to.deep.equal([]);
    expect(root(directory).querySelector('.description')!.textContent!.length).to.be.at.most(600);
    const zoned = [...root(directory).querySelectorAll('[part~="listing"]')][1];
    expect(zoned.querySelector('.badge.open, .badge.closed')).to.equal(null);
    await expect(directory).to.be.accessible();
  });

  it('works by keyboard: search, filters and every contact link with a visible focus ring', async () => {
    const directory = await withData({ categories: 'crisis-line' });
    root(directory).querySelector<HTMLInputElement>('[part~="search"]')!.focus();
    const stops: string[] = [];
    for (let step = 0; step < 12; step++) {
      await sendKeys({ press: 'Tab' });
      const active = root(directory).activeElement as HTMLElement | null;
      if (!active) break;
      stops.push(active.getAttribute('part') ?? active.tagName.toLowerCase());
      if (active.matches('a, button, input, select')) expect(getComputedStyle(active).outlineStyle, stops.at(-1)).to.equal('solid');
    }
    expect(stops).to.include.members(['select', 'input', 'contact contact-call', 'contact contact-text']);
  });
});
