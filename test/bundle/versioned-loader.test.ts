// The loader's release copy, dist/peer-support.<version>.js (a byte-for-byte copy, see vite.config.ts),
// pinned by a page with SRI: it resolves the element modules beside it, `elements/<module>.js`, which
// are not versioned (README "Packages and build"). Run after `npm run build`.
import { expect } from '@open-wc/testing';
import '../support/rig.js';

describe('dist/peer-support.<version>.js (the loader’s release copy)', () => {
  it('imports the element modules from beside itself when a tag appears', async () => {
    const { version } = (await (await fetch('/dist/integrity.json')).json()) as { version: string };
    await import(/* @vite-ignore */ `/dist/peer-support.${version}.js`);
    expect(customElements.get('peer-crisis-line')).to.equal(undefined);
    const line = document.createElement('peer-crisis-line');
    document.body.append(line);
    try {
      await Promise.race([customElements.whenDefined('peer-crisis-line'), new Promise((_, reject) => setTimeout(() => reject(new Error('never defined')), 8000))]);
      const modules = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.startsWith('/dist/elements/'));
      expect(modules).to.deep.equal(['/dist/elements/crisis-line.js']);
    } finally {
      line.remove();
    }
  });
});
