// Benchmark: rendering and filtering 1,000 supporters, as ratios against a plain escaped-innerHTML
// baseline measured in the same page, in the same run. The ratios are printed for the notes; the
// assertions only guard against gross regressions so the suite stays stable on a busy CI machine.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/roster/define.js';
import type { PeerRoster } from '../../src/roster/roster.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import '../support/rig.js';

const COUNT = 1000;
const ROUNDS = 5;
const supporters = Array.from({ length: COUNT }, (_, index) => {
  const base = TEST_SUPPORTERS[index % TEST_SUPPORTERS.length];
  return { ...structuredClone(base), id: `bench-${index}`, displayName: `${base.displayName} ${index}` };
});

const escape = (text: unknown) =>
  String(text ?? '').replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** The baseline: the same card content as one escaped HTML string, set with innerHTML. */
function baselineMarkup(list: typeof supporters): string {
  return `<ul>${list
    .map(
      (s) => `<li><article aria-label="${escape(s.displayName)}"><div><span aria-hidden="true">${escape(s.displayName[0])}</span><div>
      <h3>${escape(s.displayName)} <span>(${escape(s.pronouns)})</span></h3><p>${escape(s.role)} · ${escape(s.team)}</p>
      <p><span></span><span>${escape(s.availability.status)}</span></p></div></div><p>${escape(s.bio)}</p>
      <ul>${s.experiences.map((tag) => `<li>${escape(tag)}</li>`).join('')}</ul><p>${escape(s.languages.join(', '))}</p>
      <ul>${s.channels.map((c) => `<li><a href="${escape(c.value)}">${escape(c.kind)} ${escape(c.value)}</a></li>`).join('')}</ul>
      <button type="button">Ask them to contact me</button></article></li>`,
    )
    .join('')}</ul>`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function measure(run: () => Promise<void> | void): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

describe('benchmark: 1,000 supporters', function () {
  this.timeout(120_000);

  it('renders within a small factor of a plain innerHTML baseline', async () => {
    const baselineTimes: number[] = [];
    const litTimes: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      baselineTimes.push(
        await measure(() => {
          // eslint-disable-next-line no-unsanitized/property -- escaped baseline for the benchmark only
          (root as unknown as { innerHTML: string }).innerHTML = baselineMarkup(supporters);
          void host.offsetHeight;
        }),
      );
      host.remove();

      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      litTimes.push(
        await measure(async () => {
          const roster = document.createElement('peer-roster') as PeerRoster;
          roster.supporters = supporters;
          container.append(roster);
          await roster.updateComplete;
          void roster.offsetHeight;
        }),
      );
      container.remove();
    }
    const ratio = median(litTimes) / median(baselineTimes);
    console.log(`[bench] render 1000: roster ${median(litTimes).toFixed(1)} ms, baseline ${median(baselineTimes).toFixed(1)} ms, ratio ${ratio.toFixed(2)}×`);
    expect(ratio).to.be.below(4);
  });

  it('filters on a keystroke within a small factor of a plain loop that toggles hidden', async () => {
    const roster = await fixture<PeerRoster>(html`<peer-roster .supporters=${supporters}></peer-roster>`);
    const input = roster.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
    const items = [...roster.shadowRoot!.querySelectorAll<HTMLLIElement>('.list > li')];
    const texts = supporters.map((s) => `${s.displayName} ${s.role} ${s.bio} ${s.experiences.join(' ')}`.toLowerCase());
    const queries = ['a', 'an', 'ana', 'ana 1', 'ana 12', 'ana 1', 'b', 'be', 'vet', 'v'];
    const baselineTimes: number[] = [];
    const litTimes: number[] = [];
    for (const query of queries) {
      baselineTimes.push(
        await measure(() => {
          items.forEach((item, index) => (item.hidden = !texts[index].includes(query)));
          void roster.offsetHeight;
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
    const ratio = median(litTimes) / median(baselineTimes);
    console.log(`[bench] keystroke filter 1000: roster ${median(litTimes).toFixed(1)} ms, baseline ${median(baselineTimes).toFixed(1)} ms, ratio ${ratio.toFixed(2)}×`);
    expect(ratio).to.be.below(6);
  });
});
