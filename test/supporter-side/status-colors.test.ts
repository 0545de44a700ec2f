// Status colours are `--peer-color-*` tokens (src/core/styles.ts, `statusColor`): the finished
// stylesheet of every element may name one of their values only as the fallback of a
// `var(--peer-color-…, #hex)`, never on its own, so a page's theme reaches every use.
import { expect } from '@open-wc/testing';
import type { CSSResultOrNative, LitElement } from 'lit';
import '../../src/peer-support.js';
import * as library from '../../src/index.js';
import { statusColor } from '../../src/core/styles.js';

// Today's values of the status tokens, and the crisis colours they sit beside.
const STATUS_HEX = ['#1e7b34', '#9a5b00', '#5b4a8a', '#1e6b30', '#8a4b00', '#fff8eb', '#9b1c1c', '#fdf2f2'];

/** The CSS with every `var(--peer-…, fallback)` taken out, innermost first. */
function withoutTokenFallbacks(css: string): string {
  let previous;
  let current = css;
  do {
    previous = current;
    current = current.replace(/var\(\s*--peer-[a-z0-9-]+\s*,[^()]*\)/gi, 'var(--token)');
  } while (current !== previous);
  return current;
}

const cssText = (style: CSSResultOrNative) => ('cssText' in style ? style.cssText : [...(style as CSSStyleSheet).cssRules].map((rule) => rule.cssText).join('\n'));

describe('status colours', () => {
  const elements = Object.entries(library as Record<string, unknown>).filter(
    (entry): entry is [string, typeof LitElement] => typeof entry[1] === 'function' && Array.isArray((entry[1] as typeof LitElement).elementStyles) && (entry[1] as typeof LitElement).elementStyles.length > 0,
  );

  it('the library has elements with styles to check', () => {
    expect(elements.map(([name]) => name)).to.include.members(['PeerRoster', 'PeerRequestInbox', 'PeerResourceDirectory', 'PeerRequestForm', 'PeerSelfCarePlan']);
  });

  it('every status token has one of the values checked as its default', () => {
    for (const [name, token] of Object.entries(statusColor)) {
      const [hex] = token.cssText.match(/#[0-9a-f]{3,8}\b/i) ?? [];
      expect(STATUS_HEX.concat('#4b5563'), `${name}: ${token.cssText}`).to.include(hex);
    }
  });

  for (const [name, element] of elements) {
    it(`${name}: no status colour outside a --peer-color-* fallback`, () => {
      const css = withoutTokenFallbacks(element.elementStyles.map(cssText).join('\n')).toLowerCase();
      const found = STATUS_HEX.filter((hex) => new RegExp(`${hex}(?![0-9a-f])`).test(css));
      expect(found, `hard-coded in ${name}'s styles`).to.deep.equal([]);
    });
  }
});
