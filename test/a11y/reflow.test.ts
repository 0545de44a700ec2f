// 1.4.10 Reflow, in every state of every element: at 320 CSS px wide the page does not scroll
// sideways, nothing reaches past the edge, and nothing is cut off by its box. Content wider than its
// box is allowed only inside a box that scrolls on its own and can be reached and named (the stats
// chart and tables).
import { expect } from '@open-wc/testing';
import { clippedContent, nextFrames, pastTheEdge, styledShadow, svgTextProblems } from '../support/a11y.js';
import { narrowLayout } from '../support/layout.js';
import { STATES, resetStates } from './states.js';

const WIDTH = 320;

describe('reflow at 320 px (WCAG 1.4.10) in every state', () => {
  afterEach(resetStates);

  it('the measurement itself: a clipped box and a box past the edge are found, a named scroll region is not', async () => {
    const { host, shadow } = await styledShadow(`
      .clip { width: 100px; overflow: hidden; white-space: nowrap; }
      .wide { width: 400px; }
      .region { width: 100px; overflow-x: auto; } .region > div { width: 400px; }`);
    const clip = Object.assign(document.createElement('div'), { className: 'clip', textContent: 'words that do not fit in a hundred pixels' });
    const wide = Object.assign(document.createElement('div'), { className: 'wide', textContent: 'wide' });
    const region = Object.assign(document.createElement('div'), { className: 'region' });
    region.tabIndex = 0;
    region.setAttribute('aria-label', 'A wide table');
    region.append(Object.assign(document.createElement('div'), { textContent: 'inside' }));
    shadow.append(clip, wide, region);
    expect(clippedContent(host).join('\n')).to.contain('class="clip"').and.not.contain('class="region"');
    expect(pastTheEdge(host, 320).join('\n')).to.contain('class="wide"').and.not.contain('inside');
  });

  for (const { element, state, mount } of STATES) {
    it(`<${element}> ${state}`, async function () {
      const mounted = await mount();
      const narrow = await narrowLayout(mounted, WIDTH, 640);
      try {
        await nextFrames();
        expect(narrow.contentWidth(), 'laid out width (horizontal scroll above 320)').to.be.at.most(WIDTH);
        // The narrow viewport's edge, or (WebKit, whose window cannot be that narrow) the edge of the 320 px the element is held to.
        const edge = Math.min(document.documentElement.clientWidth, mounted.getBoundingClientRect().left + WIDTH);
        expect([...pastTheEdge(mounted, edge), ...clippedContent(mounted, { x: true, y: false }), ...svgTextProblems(mounted)]).to.deep.equal([]);
      } finally {
        await narrow.restore();
      }
    });
  }
});
