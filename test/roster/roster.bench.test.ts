// Benchmark: rendering and filtering 1,000 supporters, as ratios against a plain escaped-innerHTML
// baseline measured in the same page, in the same run. The ratios are printed for the notes; the
// assertions only guard against gross regressions so the suite stays stable on a busy CI machine.
import { expect, fixture, html } from '@open-wc/testing';
import type { PeerRoster } from '../../src/roster/roster.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import '../support/rig.js';
import { baselinePolicy, escape, measureFrame, median } from '../support/bench.js';

const COUNT = 1000;
const ROUNDS = 5;
const supporters = Array.from({ length: COUNT }, (_, index) => {
  const base = TEST_SUPPORTERS[index % TEST_SUPPORTERS.length];
  return { ...structuredClone(base), id: `bench-${index}`, displayName: `${base.displayName} ${index}` };
});


/** The baseline: the same markup and classes as the roster's cards, one escaped string set with innerHTML. */
function baselineMarkup(list: typeof supporters): string {
  return `<section part="base" class="roster"><p class="count">${list.length} supporters</p><ul class="list">${list
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
  this.timeout(120_000);

  // Measure what ships: the minified production bundle (Lit without its dev-mode checks).
  before(() => import(/* @vite-ignore */ `${'/dist'}/peer-support.all.js`));

  it('renders within a small factor of a plain innerHTML baseline', async () => {
    const baselineTimes: number[] = [];
    const litTimes: number[] = [];
    const pagedTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const host = document.createElement('div');
      document.body.append(host);
      const root = styledRoot(host);
      baselineTimes.push(
        await measure(() => {
          (root as unknown as { innerHTML: unknown }).innerHTML = baselinePolicy.createHTML(baselineMarkup(supporters));
          void host.offsetHeight;
        }),
      );
      host.remove();

      for (const [times, pageSize] of [[litTimes, 1000], [pagedTimes, undefined]] as const) {
        const container = await fixture<HTMLDivElement>(html`<div></div>`);
        times.push(await measure(() => mountRoster(container, pageSize).then(() => undefined)));
        container.remove();
      }
    }
    const ratio = median(litTimes) / median(baselineTimes);
    const pagedRatio = median(pagedTimes) / median(baselineTimes);
    console.log(
      `[bench] render 1000 (all cards): roster ${median(litTimes).toFixed(1)} ms, innerHTML baseline ${median(baselineTimes).toFixed(1)} ms, ratio ${ratio.toFixed(2)}×; ` +
        `default paging (first 30 + count): ${median(pagedTimes).toFixed(1)} ms, ratio ${pagedRatio.toFixed(2)}×`,
    );
    expect(ratio).to.be.below(2.5);
    expect(pagedRatio).to.be.below(0.5);
  });

  it('filters on a keystroke within one frame, against re-rendering the same matches with innerHTML', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const roster = await mountRoster(container);
    const input = roster.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    const host = document.createElement('div');
    container.append(host);
    const root = styledRoot(host);
    const texts = supporters.map((s) => `${s.displayName} ${s.role} ${s.bio} ${s.experiences.join(' ')}`.toLowerCase());
    const queries = ['a', 'an', 'ana', 'ana 1', 'ana 12', 'ana 1', 'b', 'be', 'vet', 'v', 'nurse', 'n'];
    const baselineTimes: number[] = [];
    const litTimes: number[] = [];
    for (const query of queries) {
      baselineTimes.push(
        await measure(() => {
          const matches = supporters.filter((_, index) => texts[index].includes(query)).slice(0, 30);
          (root as unknown as { innerHTML: unknown }).innerHTML = baselinePolicy.createHTML(baselineMarkup(matches));
          void host.offsetHeight;
        }),
      );
      litTimes.push(
        await measure(async () => {
          input.value = query;
          input.dispatchEvent(new InputEvent('input'));
          await roster.updateComplete;
          void roster.offsetHeight;
        }),
      );
    }
    const frame = await measureFrame(); // one frame, measured on this machine in this run
    const ratio = median(litTimes) / median(baselineTimes);
    const frameShare = median(litTimes) / frame;
    console.log(
      `[bench] keystroke filter over 1000: roster ${median(litTimes).toFixed(1)} ms, innerHTML baseline ${median(baselineTimes).toFixed(1)} ms, ratio ${ratio.toFixed(2)}×; ` +
        `${(frameShare * 100).toFixed(0)}% of a ${frame.toFixed(1)} ms frame`,
    );
    expect(ratio).to.be.below(3);
    expect(frameShare).to.be.below(1.5); // goal: within one frame; the bound leaves room for a busy CI machine
  });
});
