// The directory finds listings by the kind of help they give ("money" finds financial help), its
// placeholder suggests words that find something, and its count says "1 listing", not "1 listings".
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/resource-directory/define.js';
import type { PeerResourceDirectory } from '../../src/resource-directory/resource-directory.js';
import { MONDAY_MORNING_CHICAGO, TEST_RESOURCES } from '../fixtures/resources.js';
import { API_URL } from '../support/rig.js';

const root = (directory: PeerResourceDirectory) => directory.shadowRoot!;
const names = (directory: PeerResourceDirectory) => [...root(directory).querySelectorAll('[part~="name"]')].map((name) => name.textContent!.trim());
const count = (directory: PeerResourceDirectory) => root(directory).querySelector('[part~="count"]')!.textContent!.trim();
const searchBox = (directory: PeerResourceDirectory) => root(directory).querySelector<HTMLInputElement>('[part~="search"]')!;

async function search(directory: PeerResourceDirectory, text: string) {
  searchBox(directory).value = text;
  searchBox(directory).dispatchEvent(new InputEvent('input'));
  await directory.updateComplete;
}

describe('<peer-resource-directory>: kinds of help', () => {
  it('searches the kind of help, in its label and the words people use for it', async () => {
    const directory = await fixture<PeerResourceDirectory>(html`<peer-resource-directory .resources=${structuredClone(TEST_RESOURCES)} .clock=${() => MONDAY_MORNING_CHICAGO}></peer-resource-directory>`);
    await search(directory, 'support group');
    expect(names(directory)).to.have.members(['Night Shift Circle', 'Families of the Line']);
    await search(directory, 'employee assistance');
    expect(names(directory)).to.deep.equal(['Maple EAP']);
    await search(directory, 'suicide');
    expect(names(directory)).to.deep.equal(['Test Lifeline']);
  });

  it('every word of the placeholder finds a listing in the sample directory (the demo’s)', async () => {
    const directory = await fixture<PeerResourceDirectory>(html`<peer-resource-directory endpoint=${API_URL}></peer-resource-directory>`);
    await waitUntil(() => names(directory).length > 3, 'the directory did not load');
    const placeholder = searchBox(directory).placeholder;
    const words = placeholder.replace(/^[^:]*:/, '').split(',').map((word) => word.trim()).filter(Boolean);
    expect(words).to.include('money');
    for (const word of words) {
      await search(directory, word);
      expect(names(directory).length, `"${word}" finds nothing`).to.be.greaterThan(0);
    }
    await search(directory, 'money');
    expect(names(directory).join(' ')).to.match(/financ|credit|money/i);
  });

  it('says "1 listing" for one, "listings" for more', async () => {
    const one = await fixture<PeerResourceDirectory>(html`<peer-resource-directory .resources=${structuredClone(TEST_RESOURCES.slice(0, 1))} .clock=${() => MONDAY_MORNING_CHICAGO}></peer-resource-directory>`);
    expect(count(one)).to.equal('1 listing');
    const five = await fixture<PeerResourceDirectory>(html`<peer-resource-directory .resources=${structuredClone(TEST_RESOURCES)} .clock=${() => MONDAY_MORNING_CHICAGO}></peer-resource-directory>`);
    expect(count(five)).to.equal('5 listings');
  });
});
