import { expect, fixture, html } from '@open-wc/testing';
import { configure, resetConfiguration } from '../../src/core/config.js';
import '../../src/crisis-line/define.js';
import '../support/rig.js';
// Constructable stylesheets pass a strict CSP, so a hostile page can be simulated without inline styles.
function withHostileHostCss(cssText) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet));
}
describe('<peer-crisis-line> in a hostile page', () => {
    it('keeps its look under `* { all: unset }`, huge fonts and global link styles', async () => {
        const restore = withHostileHostCss(`
      * { all: unset; }
      html { font-size: 40px; font-family: Impact, fantasy; color: lime; }
      a { color: yellow !important; text-decoration: none; }
      aside, p, strong { display: none; }
    `);
        try {
            const line = await fixture(html `<peer-crisis-line></peer-crisis-line>`);
            const base = line.shadowRoot.querySelector('[part~="base"]');
            const style = getComputedStyle(base);
            expect(style.display).to.equal('block');
            expect(style.fontFamily).not.to.contain('Impact');
            expect(style.color).to.equal('rgb(27, 31, 36)');
            const link = line.shadowRoot.querySelector('a');
            expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
            expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
        }
        finally {
            restore();
        }
    });
    it('is themable through --peer-* properties and ::part', async () => {
        const restore = withHostileHostCss(`
      peer-crisis-line.themed { --peer-color-crisis: rgb(91, 42, 134); }
      peer-crisis-line.themed::part(crisis-heading) { text-transform: uppercase; }
    `);
        try {
            const line = await fixture(html `<peer-crisis-line class="themed"></peer-crisis-line>`);
            const heading = line.shadowRoot.querySelector('[part~="crisis-heading"]');
            expect(getComputedStyle(heading).textTransform).to.equal('uppercase');
            const base = line.shadowRoot.querySelector('[part~="base"]');
            expect(getComputedStyle(base).borderInlineStartColor).to.equal('rgb(91, 42, 134)');
        }
        finally {
            restore();
        }
    });
    it('can be reached and followed by keyboard', async () => {
        const line = await fixture(html `<peer-crisis-line></peer-crisis-line>`);
        const links = [...line.shadowRoot.querySelectorAll('a')];
        for (const link of links) {
            link.focus();
            expect(line.shadowRoot.activeElement === link, 'link has focus').to.be.true;
            expect(link.tabIndex).to.equal(0);
        }
    });
});
describe('<peer-crisis-line>', () => {
    it('shows 988 by call and text by default, with phone-ready links', async () => {
        const line = await fixture(html `<peer-crisis-line></peer-crisis-line>`);
        const links = [...line.shadowRoot.querySelectorAll('a')];
        expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['tel:988', 'sms:988', 'https://988lifeline.org/']);
        expect(links.map((link) => link.textContent)).to.deep.equal(['Call 988', 'Text 988', 'Website']);
        expect(line.shadowRoot.querySelector('aside').getAttribute('aria-label')).to.equal('Crisis support');
    });
    it('is accessible', async () => {
        const line = await fixture(html `<peer-crisis-line></peer-crisis-line>`);
        await expect(line).to.be.accessible();
    });
    it('renders a hostile configured URL as nothing clickable', async () => {
        configure({ crisisLine: { name: '<img src=x onerror=alert(1)>', call: '988', url: 'javascript:alert(1)' } });
        try {
            const line = await fixture(html `<peer-crisis-line></peer-crisis-line>`);
            expect(line.shadowRoot.querySelector('img')).to.equal(null);
            expect(line.shadowRoot.textContent).to.contain('<img src=x onerror=alert(1)>');
            expect([...line.shadowRoot.querySelectorAll('a')].map((link) => link.getAttribute('href'))).to.deep.equal(['tel:988']);
        }
        finally {
            resetConfiguration();
        }
    });
});
