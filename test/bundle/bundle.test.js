// The built files, loaded the way an intranet page loads them (run after `npm run build`).
import { expect, fixture, html } from '@open-wc/testing';
import '../support/rig.js';
const load = (path) => import(/* @vite-ignore */ path);
describe('dist/peer-support.js (the file a CMS page loads)', () => {
    it('registers every element and exposes configure()', async () => {
        const bundle = await load('/dist/peer-support.js');
        for (const tag of ['peer-support-config', 'peer-crisis-line'])
            expect(customElements.get(tag), tag).to.exist;
        expect(bundle.configure).to.be.a('function');
        expect(bundle.safeUrl('javascript:alert(1)')).to.equal(undefined);
    });
    it('shares the page with a second copy of the library without clashing', async () => {
        const first = await load('/dist/peer-support.js');
        const second = await load('/dist/define.js');
        expect(first.configure).not.to.equal(second.configure);
        // configure() from either copy reaches elements registered by the other.
        second.configure({ crisisLine: { name: 'Second Copy Line', call: '555-0177' } });
        try {
            const line = await fixture(html `<peer-crisis-line></peer-crisis-line>`);
            await line.updateComplete;
            expect(line.shadowRoot.textContent).to.contain('Second Copy Line');
        }
        finally {
            second.resetConfiguration();
        }
    });
});
