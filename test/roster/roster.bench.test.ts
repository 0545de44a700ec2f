// Benchmark: 1,000 supporters, as ratios against a plain escaped-innerHTML baseline measured in the
// same page, in the same run. Run by `npm run bench` (scripts/bench-run.ts) in Chromium, Firefox and
// WebKit; the figures go to docs/benchmarks.md. Nothing here asserts on time (a busy machine must not
// fail it): only on what was rendered.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { Supporter } from '../../src/core/contract.js';
import type { PeerRoster } from '../../src/roster/roster.js';
import { EMPTY_FILTER, filterSupporters } from '../../src/roster/roster-filter.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { API_URL } from '../support/rig.js';
import { baselinePolicy, escape, measureTyping, recordResult, seedServer, typingBaseline } from '../support/bench.js';

const COUNT = 1000;
const ROUNDS = 5;
const KEYSTROKE_ROUNDS = 3;
const QUERIES = ['ana 12', 'vet', 'nurse', 'night'];
const supporters = Array.from({ length: COUNT }, (_, index) => {
  const base = TEST_SUPPORTERS[index % TEST_SUPPORTERS.length];
  return { ...structuredClone(base), id: `bench-${index}`, displayName: `${base.displayName} ${index}` };
});

/** The baseline: the same markup and classes as the roster's cards, one escaped string set with innerHTML. */
function baselineMarkup(list: readonly Supporter[], total = list.length): string {
  return `<section part="base" class="roster"><p class="count">${list.length === total ? `${total} supporters` : `${list.length} of ${total} supporters match`}</p><ul class="list">${list
    .map(
      (s) => `<li><article class="card" data-status="${escape(s.availability.status)}" aria-label="${escape(s.displayName)}">
      <div class="card-header"><span class="avatar" aria-hidden="true">${escape(s.displayName[0])}</span><div class="identity">
      <h3 class="name"><span class="display-name">${escape(s.displayName)}</span> <span class="pronouns">(${escape(s.pronouns)})</span></h3>
      <p class="role">${escape(s.role)} · ${escape(s.team)}</p>
      <p class="availability"><span class="status-dot" aria-hidden="true"></span><span>${escape(s.availability.status)}</span><span class="since"> · updated 3 hours ago</span></p></div></div>
      <p class="bio">${escape(s.bio)}</p>
      <div class="facet"><span class="facet-label">Lived experience</span><ul class="tags">${s.experiences.map((tag) => `<li class="tag">${escape(tag)}</li>`).join('')}</ul></div>
      <p class="languages"><span class="facet-label">Speaks</span> ${escape(s.languages.join(', '))}</p>
      <div class="actions"><ul class="channels">${s.channels.map((c) => `<li><a href="${escape(c.value)}">${escape(c.kind)} ${escape(c.value)}<span class="visually-hidden"> (${escape(s.displayName)})</span></a></li>`).join('')}</ul>
      <button type="button" class="request">Ask them to contact me<span class="visually-hidden"> (${escape(s.displayName)})</span></button></div></article></li>`,
    )
    .join('')}</ul></section>`;
}

/** A shadow root styled exactly like the roster's, for the baseline. */
function styledRoot(host: HTMLElement): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  const rosterClass = customElements.get('peer-roster') as unknown as { elementStyles: { styleSheet: CSSStyleSheet }[] };
  root.adoptedStyleSheets = rosterClass.elementStyles.map((style) => style.styleSheet);
  return root;
}

async function measure(run: () => Promise<void> | void): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

async function mountRoster(container: HTMLElement, pageSize?: number): Promise<PeerRoster> {
  const roster = document.createElement('peer-roster') as PeerRoster;
  if (pageSize) roster.pageSize = pageSize;
  roster.supporters = supporters;
  container.append(roster);
  await roster.updateComplete;
  void roster.offsetHeight;
  return roster;
}

describe('benchmark: 1,000 supporters', function () {
  this.timeout(600_000);

  // Measure what ships: the minified production bundle (Lit without its dev-mode checks).
  before(async () => {
    await import(/* @vite-ignore */ `${'/dist'}/peer-support.all.js`);
    const counts = await seedServer({ supporters });
    expect(counts.supporters).to.equal(COUNT);
  });

  it('renders 1,000 supporters given as a property, against a plain innerHTML baseline', async () => {
    const baselineTimes: number[] = [];
    const litTimes: number[] = [];
    const pagedTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const host = document.createElement('div');
      document.body.append(host);
      const root = styledRoot(host);
      baselineTimes.push(
        await measure(() => {
          (root as unknown as { innerHTML: unknown }).innerHTML = baselinePolicy.createHTML(baselineMarkup(supporters as Supporter[]));
          void host.offsetHeight;
        }),
      );
      expect(root.querySelectorAll('article').length).to.equal(COUNT);
      host.remove();

      for (const [times, pageSize] of [[litTimes, 1000], [pagedTimes, undefined]] as const) {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        let roster!: PeerRoster;
        times.push(await measure(async () => void (roster = await mountRoster(container, pageSize))));
        expect(roster.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(pageSize ?? 30);
        container.remove();
      }
    }
    await recordResult({ id: 'roster-render-all', label: 'render 1,000 supporters, all cards (page-size=1000)', samples: { element: litTimes, baseline: baselineTimes } });
    await recordResult({ id: 'roster-render-paged', label: 'render 1,000 supporters as shipped (first 30 cards)', samples: { element: pagedTimes, baseline: baselineTimes } });
  });

  it('a keystroke in the search field, key event to the next painted frame, data from the API', async () => {
    const container = await fixture<HTMLDivElement>(html`<div><peer-roster endpoint=${API_URL}></peer-roster><div class="baseline"></div></div>`);
    const roster = container.querySelector<PeerRoster>('peer-roster')!;
    const count = () => roster.shadowRoot?.querySelector('[part~="count"]')?.textContent ?? '';
    await waitUntil(() => /\b1000 supporters/.test(count()), 'the roster did not load 1,000 supporters from the server', { timeout: 30_000 });
    await roster.updateComplete;
    const input = roster.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;

    // The baseline, in the same page: the same rows fetched the same way (GET supporters from the
    // reference server), a plain <input>, and on each input the first 30 matches written as one
    // escaped string with innerHTML into a shadow root styled like the roster's.
    const rows = ((await (await fetch(`${API_URL}supporters`)).json()) as { items: Supporter[] }).items;
    expect(rows.length).to.equal(COUNT);
    const texts = rows.map((s) => [s.displayName, s.role, s.bio, ...s.experiences].filter(Boolean).join(' \u0000 ').toLowerCase());
    const host = container.querySelector<HTMLDivElement>('.baseline')!;
    const root = styledRoot(host);
    const { input: baselineInput, output: baselineOutput } = typingBaseline(root, rows, texts, (matches) => baselineMarkup(matches.slice(0, 30), matches.length));
    const { element, elementScript, baseline, filterOnly } = await measureTyping({
      input,
      settled: () => roster.updateComplete,
      baselineInput,
      queries: QUERIES,
      rounds: KEYSTROKE_ROUNDS,
      // Where the element's time goes: its filter alone (the same function, on the same rows).
      filter: (text) => filterSupporters(rows, { ...EMPTY_FILTER, text }),
    });
    expect(input.value).to.equal('');
    expect(roster.shadowRoot!.querySelectorAll('[part~="card"]').length).to.equal(30);
    expect(baselineOutput.querySelectorAll('article').length).to.equal(30);
    await recordResult({
      id: 'roster-keystroke',
      label: 'keystroke → next paint, 1,000 supporters from GET supporters',
      samples: { element, baseline, elementScript, filterOnly },
      notes: { keystrokes: element.length, queries: QUERIES },
    });
  });
});
