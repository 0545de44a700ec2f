// dist/peer-support.all.js, every element in one file (one request), loaded the way an intranet page
// loads it (run after `npm run build`).
import { expect, fixture, html } from '@open-wc/testing';
import { definedTags } from '../support/defined-tags.js';
import '../support/rig.js';

type Bundle = typeof import('../../src/peer-support.js');
const load = (path: string): Promise<Bundle> => import(/* @vite-ignore */ path);

describe('dist/peer-support.all.js (everything in one request)', () => {
  it('registers every element a src/<element>/define.ts registers, with the class it exports, and exposes configure()', async () => {
    const bundle = await load('/dist/peer-support.all.js');
    const tags = await definedTags();
    expect(tags.length, 'tags read from src/*/define.ts').to.be.at.least(11);
    for (const { tag, className, file } of tags) {
      expect(customElements.get(tag), `${tag} (${file})`).to.exist;
      expect(customElements.get(tag), `${tag} is the bundle's ${className}`).to.equal((bundle as unknown as Record<string, unknown>)[className]);
    }
    expect(bundle.configure).to.be.a('function');
    expect(bundle.safeUrl('javascript:alert(1)')).to.equal(undefined);
  });

  // Before the second copy below: define.js imports every element module itself.
  it('with the loader on the same page too, every tag keeps its first definition and no element module is fetched', async () => {
    const { PeerRoster } = await load('/dist/peer-support.all.js');
    await import(/* @vite-ignore */ '/dist/peer-support.js' as string);
    await fixture(html`<div><peer-roster></peer-roster><peer-request-form></peer-request-form></div>`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(customElements.get('peer-roster')).to.equal(PeerRoster);
    const elementModules = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).pathname.startsWith('/dist/elements/'));
    expect(elementModules.map((entry) => entry.name)).to.deep.equal([]);
  });

  it('shares the page with a second copy of the library without clashing', async () => {
    const first = await load('/dist/peer-support.all.js');
    const second = await load('/dist/define.js');
    expect(first.configure).not.to.equal(second.configure);
    // configure() from either copy reaches elements registered by the other.
    second.configure({ crisisLine: { name: 'Second Copy Line', call: '555-0177' } });
    try {
      const line = await fixture(html`<peer-crisis-line></peer-crisis-line>`);
      await (line as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(line.shadowRoot!.textContent).to.contain('Second Copy Line');
    } finally {
      second.resetConfiguration();
    }
  });
});
