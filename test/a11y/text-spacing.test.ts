// 1.4.12 Text Spacing, in every state of every element: with the WCAG override applied inside every
// shadow root (line height 1.5, paragraphs 2em apart, letters 0.12em, words 0.16em, all !important,
// as a bookmarklet does), no text is cut off by a box that clips, none spills out of a fixed height or
// width, and the words of every control stay inside it.
import { expect } from '@open-wc/testing';
import { applyTextSpacing, clippedContent, nextFrames, spilledText, styledShadow, svgTextProblems } from '../support/a11y.js';
import { STATES, resetStates } from './states.js';

describe('text spacing (WCAG 1.4.12) in every state', () => {
  afterEach(resetStates);

  it('the measurement itself: a fixed-height box and a clipping button are found once spacing grows', async () => {
    const { host, shadow } = await styledShadow(`
      .fixed { width: 300px; height: 1.2em; line-height: 1.2; }
      button { height: 24px; overflow: hidden; white-space: nowrap; }`);
    shadow.append(
      Object.assign(document.createElement('p'), { className: 'fixed', textContent: 'Short words that fit' }),
      Object.assign(document.createElement('button'), { textContent: 'Send my request now, please' }),
    );
    // The button just fits its words at normal spacing (a few px spare, whatever the engine's font).
    const button = shadow.querySelector('button')!;
    button.style.setProperty('width', `${button.scrollWidth + 8}px`);
    expect([...clippedContent(host), ...spilledText(host)]).to.deep.equal([]);
    const remove = applyTextSpacing(host);
    try {
      await nextFrames();
      const problems = [...clippedContent(host), ...spilledText(host)].join('\n');
      expect(problems).to.contain('class="fixed"').and.contain('<button');
    } finally {
      remove();
    }
  });

  for (const { element, state, mount } of STATES) {
    it(`<${element}> ${state}`, async function () {
      const mounted = await mount();
      const remove = applyTextSpacing(mounted);
      try {
        await nextFrames();
        expect([...clippedContent(mounted), ...spilledText(mounted), ...svgTextProblems(mounted)]).to.deep.equal([]);
      } finally {
        remove();
      }
    });
  }
});
