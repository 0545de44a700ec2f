// Benchmark: a keystroke's search over 10,000 listings, as a ratio against a plain escaped-innerHTML
// baseline (the same filter in a loop, the same visible listings written as one string) measured in
// the same page, and as a share of one frame measured in the same run.
import { expect, fixture, html } from '@open-wc/testing';
import type { PeerResourceDirectory } from '../../src/resource-directory/resource-directory.js';
import { MONDAY_MORNING_CHICAGO, TEST_RESOURCES } from '../fixtures/resources.js';
import '../support/rig.js';
import { baselinePolicy, escape, measureFrame, median } from '../support/bench.js';

const COUNT = 10_000;
const listings = Array.from({ length: COUNT }, (_, index) => {
  const base = TEST_RESOURCES[index % TEST_RESOURCES.length];
  return { ...structuredClone(base), id: `r-${index}`, name: `${base.name} ${index}` };
});

function baseline(list: typeof listings): string {
  return `<ul class="list">${list
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
  this.timeout(120_000);
  before(() => import(/* @vite-ignore */ `${'/dist'}/peer-support.all.js`));

  it('a keystroke updates within one frame and within a small factor of the baseline', async () => {
    const directory = await fixture<PeerResourceDirectory>(html`<peer-resource-directory .resources=${listings} .clock=${() => MONDAY_MORNING_CHICAGO}></peer-resource-directory>`);
    await directory.updateComplete;
    const input = directory.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    const host = document.createElement('div');
    directory.after(host);
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = (customElements.get('peer-resource-directory') as unknown as { elementStyles: { styleSheet: CSSStyleSheet }[] }).elementStyles.map((style) => style.styleSheet);
    const texts = listings.map((r) => `${r.name} ${r.description} ${r.category}`.toLowerCase());
    const queries = ['m', 'ma', 'map', 'maple', 'maple 1', 'maple 12', 'h', 'ha', 'har', 'circle', 'c', 'night 9'];
    const baselineTimes: number[] = [];
    const directoryTimes: number[] = [];
    for (const query of queries) {
      let start = performance.now();
      const words = query.split(' ');
      const matches = listings.filter((_, index) => words.every((word) => texts[index].includes(word))).slice(0, 25);
      (root as unknown as { innerHTML: unknown }).innerHTML = baselinePolicy.createHTML(baseline(matches));
      void host.offsetHeight;
      baselineTimes.push(performance.now() - start);
      start = performance.now();
      input.value = query;
      input.dispatchEvent(new InputEvent('input'));
      await directory.updateComplete;
      void directory.offsetHeight;
      directoryTimes.push(performance.now() - start);
    }
    const frame = await measureFrame();
    const ratio = median(directoryTimes) / median(baselineTimes);
    const frameShare = median(directoryTimes) / frame;
    console.log(
      `[bench] directory keystroke over 10000: ${median(directoryTimes).toFixed(1)} ms, innerHTML baseline ${median(baselineTimes).toFixed(1)} ms, ratio ${ratio.toFixed(2)}×; ${(frameShare * 100).toFixed(0)}% of a ${frame.toFixed(1)} ms frame`,
    );
    expect(directory.shadowRoot!.querySelector('[part~="count"]')!.textContent).to.match(/of 10000 listings match/);
    expect(ratio).to.be.below(3);
    expect(frameShare).to.be.below(1.5);
  });
});
