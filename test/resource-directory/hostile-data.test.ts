// A portal's directory with unexpected text in its fields: every listing with an id and a name is
// still shown, each field that cannot be read is left out or replaced by a stand-in that claims
// nothing, and IT is told once per load which field of which listing. Data arrives over real HTTP
// through the proxy.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/resource-directory/define.js';
import type { PeerResourceDirectory } from '../../src/resource-directory/resource-directory.js';
import { MONDAY_MORNING_CHICAGO, TEST_RESOURCES } from '../fixtures/resources.js';
import { API_URL, PROXY_URL, clearFaults, injectFault } from '../support/rig.js';

const root = (directory: PeerResourceDirectory) => directory.shadowRoot!;
const count = (directory: PeerResourceDirectory) => root(directory).querySelector('[part~="count"]')!.textContent!.trim();
const listing = (directory: PeerResourceDirectory, name: string) =>
  [...root(directory).querySelectorAll<HTMLElement>('[part~="listing"]')].find((candidate) => candidate.getAttribute('aria-label') === name)!;
const [eap, lifeline] = TEST_RESOURCES;

async function directoryServing(items: unknown[]): Promise<PeerResourceDirectory> {
  await injectFault({ match: '/api/resources', status: 200, body: { items } });
  const directory = await fixture<PeerResourceDirectory>(html`<peer-resource-directory endpoint=${PROXY_URL} .clock=${() => MONDAY_MORNING_CHICAGO}></peer-resource-directory>`);
  await waitUntil(() => root(directory).querySelector('[part~="count"]'), 'directory did not load');
  return directory;
}

async function check(directory: PeerResourceDirectory, label: string) {
  [...root(directory).querySelectorAll('label.check')].find((candidate) => candidate.textContent!.trim() === label)!.querySelector('input')!.click();
  await directory.updateComplete;
}

describe('<peer-resource-directory> with a portal’s unexpected values', () => {
  afterEach(clearFaults);

  it('keeps every listing of the real directory when each carries unexpected text somewhere', async () => {
    const real = (await (await fetch(`${API_URL}resources`)).json()).items as Record<string, unknown>[];
    const oddities: Record<string, unknown>[] = [
      { category: 'Crisis Line' },
      { category: 'Peer support' },
      { cost: 'Free' },
      { cost: 'sliding scale' },
      { confidential: 'yes' },
      { hours: 'call for hours' },
      { hours: { is24x7: 'TRUE' } },
      { verifiedOn: 'last spring' },
      { audiences: ['Staff', 'Spouses'] },
      { phones: [{ number: '555-0100', kind: 'Voice' }, { number: '555-0101', kind: 'fax' }] },
      { languages: ['en', 'English (US)'] },
      { description: { html: '<b>help</b>' } },
    ];
    const odd = real.map((resource, index) => ({ ...resource, ...oddities[index % oddities.length] }));
    const directory = await directoryServing(odd);
    expect(count(directory)).to.equal(`${real.length} listings`);
    await expect(directory).to.be.accessible();
  });

  it('shows an unknown kind of help as "Other help", and a known one in other case as itself', async () => {
    const directory = await directoryServing([
      { ...eap, id: 'peer', name: 'Peer Coffee', category: 'Peer support' },
      { ...lifeline, id: 'shouted', name: 'Shouted Lifeline', category: 'CRISIS LINE' },
    ]);
    expect(listing(directory, 'Peer Coffee').querySelector('.category')!.textContent).to.equal('Other help');
    expect(listing(directory, 'Shouted Lifeline').matches('[part~="crisis-listing"]')).to.equal(true);
  });

  it('leaves out a cost it cannot read, and never counts it as free or covered', async () => {
    const directory = await directoryServing([
      { ...eap, id: 'sliding', name: 'Sliding Scale Clinic', cost: 'sliding scale', costNote: 'Ask about it.' },
      { ...eap, id: 'capital', name: 'Capital Free Clinic', cost: 'Free' },
    ]);
    expect(listing(directory, 'Sliding Scale Clinic').querySelector('.facts')!.textContent).to.contain('Ask about it.').and.not.match(/Free|Covered|Low cost|Paid/);
    expect(listing(directory, 'Capital Free Clinic').querySelector('.facts')!.textContent).to.contain('Free');
    await check(directory, 'Free or covered');
    expect(count(directory)).to.equal('1 of 2 listings match');
  });

  it('does not call a listing confidential when its flag cannot be read, and reads "true" as true', async () => {
    const directory = await directoryServing([
      { ...eap, id: 'unsure', name: 'Unsure Service', confidential: 'yes' },
      { ...eap, id: 'spelled', name: 'Spelled Service', confidential: 'true' },
    ]);
    expect(listing(directory, 'Unsure Service').textContent).not.to.contain('Confidential');
    expect(listing(directory, 'Spelled Service').querySelector('.badge:not(.open)')!.textContent).to.equal('Confidential');
  });

  it('says nothing about open hours it cannot read, and nothing about a check date it cannot read', async () => {
    const directory = await directoryServing([
      { ...eap, id: 'hours', name: 'Call For Hours', hours: 'call for hours' },
      { ...eap, id: 'date', name: 'Undated Service', verifiedOn: 'last spring' },
    ]);
    const hours = listing(directory, 'Call For Hours');
    expect(hours.querySelector('.badge.open, .badge.closed')).to.equal(null);
    expect(hours.querySelector('[part~="hours"]')).to.equal(null);
    const undated = listing(directory, 'Undated Service');
    expect(undated.textContent).not.to.match(/Verified on|last checked/);
    expect(undated.querySelector('[part~="contact"]')).to.exist;
  });

  it('drops unknown phones, audiences and languages one by one, keeping the rest', async () => {
    const directory = await directoryServing([
      { ...eap, id: 'mixed', name: 'Mixed Service', phones: [{ number: '555-0100', kind: 'Voice' }, { number: '555-0101', kind: 'fax' }], audiences: ['Staff', 'Spouses'], languages: ['es', 'Spanish (Mexico)'] },
    ]);
    const mixed = listing(directory, 'Mixed Service');
    expect([...mixed.querySelectorAll('[part~="contact"]')].map((link) => link.getAttribute('href'))).to.deep.equal(['tel:5550100', 'https://eap.example.org/']);
    expect(mixed.querySelector('.facts')!.textContent).to.contain('For: Staff').and.contain('Spanish').and.not.contain('Mexico');
  });

  it('tells IT once per load which field of which listing it could not read', async () => {
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => {
      warnings.push(String(args[0]));
      original.apply(console, args);
    };
    try {
      const directory = await directoryServing([{ ...eap, id: 'sliding', name: 'Sliding Scale Clinic', cost: 'sliding scale' }]);
      const told = warnings.filter((warning) => warning.includes('not as the contract says'));
      expect(told).to.have.length(1);
      expect(told[0]).to.contain('items[0] (id "sliding") cost: "sliding scale" is not one of free, covered, low-cost, paid; left out');
      expect(listing(directory, 'Sliding Scale Clinic')).to.exist;
    } finally {
      console.warn = original;
    }
  });
});
