// axe in every state of every element, stricter than `expect(el).to.be.accessible()`: every WCAG
// 2.0/2.1/2.2 A and AA rule with target-size on, and "needs review" (incomplete) counted as a
// failure unless it is in the small, reasoned allow-list of test/support/a11y.ts.
import { expect } from '@open-wc/testing';
import { ALLOWED_INCOMPLETE, axeStrict, contrastRatio, effectiveBackground } from '../support/a11y.js';
import { ELEMENTS, STATES, resetStates } from './states.js';

const LIBRARY = [
  'peer-roster', 'peer-supporter-card', 'peer-request-form', 'peer-self-care-plan', 'peer-resource-directory', 'peer-crisis-line', 'peer-request-inbox',
  'peer-availability', 'peer-contact-log', 'peer-program-stats', 'peer-supporter-session', 'peer-follow-ups', 'peer-notifications',
];

describe('axe, strict, in every state', () => {
  afterEach(resetStates);

  it('the catalogue covers every element, each in more than one state', () => {
    expect([...ELEMENTS].sort()).to.deep.equal([...LIBRARY].sort());
    for (const element of LIBRARY) expect(STATES.filter((entry) => entry.element === element).length, element).to.be.greaterThan(1);
  });

  it('every allowed "incomplete" says why and how it is checked by hand', () => {
    for (const entry of ALLOWED_INCOMPLETE) {
      expect(entry.reason.length, entry.rule).to.be.greaterThan(20);
      expect(entry.manualCheck.length, entry.rule).to.be.greaterThan(20);
    }
  });

  for (const state of ['coordinator, filled', 'Spanish, coordinator, by quarter']) {
    it(`the stats chart’s and tables’ words (where axe cannot judge) have 4.5:1 against their background: ${state}`, async function () {
      const stats = await STATES.find((entry) => entry.element === 'peer-program-stats' && entry.state === state)!.mount();
      const words = [...stats.shadowRoot!.querySelectorAll<Element>('.chart-wrap svg text, .table-wrap th, .table-wrap td')];
      expect(words.filter((word) => word instanceof SVGElement).length, 'words in the chart').to.be.greaterThan(3);
      expect(words.filter((word) => word.localName === 'td').length, 'cells in the tables').to.be.greaterThan(3);
      for (const word of words) {
        const style = getComputedStyle(word);
        const color = word instanceof SVGElement ? style.fill : style.color;
        const background = effectiveBackground(word instanceof SVGElement ? word.closest('.chart-wrap')! : word);
        expect(contrastRatio(color, background), `“${word.textContent}” (${color} on ${background})`).to.be.at.least(4.5);
      }
    });
  }

  for (const { element, state, mount } of STATES) {
    it(`<${element}> ${state}`, async function () {
      await axeStrict(await mount());
    });
  }
});
