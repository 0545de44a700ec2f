// Benchmark: a keystroke's search over 10,000 listings fetched from the reference server, from the key
// event to the next painted frame, against a plain escaped-innerHTML baseline in the same page (the
// same rows fetched the same way, the same filter in a loop, the same 25 visible listings written as
// one string). Run by `npm run bench` in Chromium, Firefox and WebKit; figures go to
// docs/benchmarks.md. Nothing here asserts on time: only on what was rendered.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { Resource } from '../../src/core/contract.js';
import type { PeerResourceDirectory } from '../../src/resource-directory/resource-directory.js';
import { EMPTY_RESOURCE_FILTER, filterResources } from '../../src/resource-directory/resource-filter.js';
import { MONDAY_MORNING_CHICAGO, TEST_RESOURCES } from '../fixtures/resources.js';
import { API_URL } from '../support/rig.js';
import { escape, measureTyping, recordResult, seedServer, typingBaseline } from '../support/bench.js';

const COUNT = 10_000;
const KEYSTROKE_ROUNDS = 3;
const QUERIES = ['maple 12', 'har', 'circle', 'night 9'];
const listings = Array.from({ length: COUNT }, (_, index) => {
  const base = TEST_RESOURCES[index % TEST_RESOURCES.length];
  return { ...structuredClone(base), id: `r-${index}`, name: `${base.name} ${index}` };
});

function baseline(list: readonly Resource[], total: number): string {
  return `<p class="count">${list.length === total ? `${total} listings` : `${list.length} of ${total} listings match`}</p><ul class="list">${list
    .slice(0, 25)
    .map(
      (r) => `<li><article class="listing" aria-label="${escape(r.name)}"><p class="category">${escape(r.category)}</p><h3 class="name">${escape(r.name)}</h3>
      <p class="badges"><span class="badge open">Open now</span><span class="verified">Verified on ${escape(r.verifiedOn)}</span></p><p class="description">${escape(r.description)}</p>
      <ul class="contacts">${r.phones.map((p) => `<li><a href="tel:${escape(p.number)}">Call ${escape(p.number)}</a></li>`).join('')}</ul>
      <details class="hours"><summary>Today 09:00–17:00 <span class="zone">(${escape((r.hours as { timeZone?: string }).timeZone)})</span> · all hours</summary></details>
      <p class="facts"><span>${escape(r.cost)}</span><span>Languages: ${escape(r.languages.join(', '))}</span><span>For: ${escape(r.audiences.join(', '))}</span></p></article></li>`,
    )
    .join('')}</ul>`;
}

describe('benchmark: 10,000 listings', function () {
  this.timeout(600_000);
  // Measure what ships: the minified production bundle.
  before(async () => {
    await import(/* @vite-ignore */ `${'/dist'}/peer-support.all.js`);
    const counts = await seedServer({ resources: listings });
    expect(counts.resources).to.equal(COUNT);
  });

  it('a keystroke in the search field, key event to the next painted frame, data from the API', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><peer-resource-directory endpoint=${API_URL} .clock=${() => MONDAY_MORNING_CHICAGO}></peer-resource-directory><div class="baseline"></div></div>`,
    );
    const directory = container.querySelector<PeerResourceDirectory>('peer-resource-directory')!;
    const count = () => directory.shadowRoot?.querySelector('[part~="count"]')?.textContent ?? '';
    await waitUntil(() => /\b10000 listings/.test(count()), 'the directory did not load 10,000 listings from the server', { timeout: 60_000 });
    await directory.updateComplete;
    const input = directory.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;

    const rows = ((await (await fetch(`${API_URL}resources`)).json()) as { items: Resource[] }).items;
    expect(rows.length).to.equal(COUNT);
    const texts = rows.map((r) => [r.name, r.description, r.category.replace('-', ' ')].join(' \u0000 ').toLowerCase());
    const host = container.querySelector<HTMLDivElement>('.baseline')!;
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = (customElements.get('peer-resource-directory') as unknown as { elementStyles: { styleSheet: CSSStyleSheet }[] }).elementStyles.map((style) => style.styleSheet);
    const { input: baselineInput, output: baselineOutput } = typingBaseline(root, rows, texts, (matches) => baseline(matches, rows.length));
    const { element, elementScript, baseline: baselineTimes, filterOnly } = await measureTyping({
      input,
      settled: () => directory.updateComplete,
      baselineInput,
      queries: QUERIES,
      rounds: KEYSTROKE_ROUNDS,
      // Where the element's time goes: its filter alone (the same function, on the same rows).
      filter: (text) => filterResources(rows, { ...EMPTY_RESOURCE_FILTER, text }, MONDAY_MORNING_CHICAGO),
    });
    expect(input.value).to.equal('');
    expect(count()).to.match(/\b10000 listings/);
    expect(baselineOutput.querySelectorAll('article').length).to.equal(25);
    await recordResult({
      id: 'directory-keystroke',
      label: 'keystroke → next paint, 10,000 listings from GET resources',
      samples: { element, baseline: baselineTimes, elementScript, filterOnly },
      notes: { keystrokes: element.length, queries: QUERIES },
    });
  });
});
