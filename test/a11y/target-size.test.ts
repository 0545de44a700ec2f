// 2.5.8 Target Size (Minimum), measured in every state of every element: each control a pointer can
// press is at least 24×24 CSS px, or sits inline in a sentence, or is spaced so that a 24 px circle on
// its centre meets no other target (nor another small target's circle).
import { expect } from '@open-wc/testing';
import { isInlineInSentence, styledShadow, targets, targetSizeProblems } from '../support/a11y.js';
import { STATES, resetStates } from './states.js';

describe('24×24 px targets (WCAG 2.5.8) in every state', () => {
  afterEach(resetStates);

  describe('the measurement itself', () => {
    it('finds a small button next to another, forgives one spaced apart, and exempts a link in a sentence', async () => {
      const { host, shadow } = await styledShadow(`
        button { all: unset; display: inline-block; width: 16px; height: 16px; background: #ccc; }
        .apart { display: flex; gap: 40px; margin-top: 40px; }
        .close { display: flex; gap: 2px; }`);
      const close = document.createElement('div');
      close.className = 'close';
      close.append(Object.assign(document.createElement('button'), { textContent: 'a' }), Object.assign(document.createElement('button'), { textContent: 'b' }));
      const apart = document.createElement('div');
      apart.className = 'apart';
      apart.append(Object.assign(document.createElement('button'), { textContent: 'c' }), Object.assign(document.createElement('button'), { textContent: 'd' }));
      const sentence = document.createElement('p');
      const link = Object.assign(document.createElement('a'), { href: '#x', textContent: 'this link' });
      sentence.append('Read ', link, ' for more.');
      const alone = document.createElement('p');
      alone.append(Object.assign(document.createElement('a'), { href: '#y', textContent: 'Alone' }));
      shadow.append(close, apart, sentence, alone);
      expect(isInlineInSentence(link)).to.be.true;
      expect(isInlineInSentence(alone.firstElementChild!)).to.be.false;
      const problems = targetSizeProblems(host);
      const small = (words: string) => problems.filter((problem) => problem.startsWith(`<${words}`));
      expect(small('button> “a”'), problems.join('\n')).to.have.length(1);
      expect(small('button> “b”'), problems.join('\n')).to.have.length(1);
      expect(small('button> “c”').concat(small('button> “d”'), small('a> “this link”')), problems.join('\n')).to.deep.equal([]);
    });
  });

  for (const { element, state, mount } of STATES) {
    it(`<${element}> ${state}`, async function () {
      const mounted = await mount();
      const found = targets(mounted);
      expect(targetSizeProblems(mounted), `${found.length} targets measured`).to.deep.equal([]);
    });
  }
});
