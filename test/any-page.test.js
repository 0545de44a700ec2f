// Every element, dropped into a hostile intranet page, keeps its own look and stays accessible.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/peer-support.js';
import { TEST_SUPPORTERS } from './fixtures/supporters.js';
import { TEST_RESOURCES } from './fixtures/resources.js';
import './support/rig.js';
const HOSTILE = `
  * { all: unset; }
  html { font-size: 44px; font-family: Impact, fantasy; color: lime; line-height: 0.8; }
  img { width: 100% !important; }
  button, input, select, textarea { display: none !important; }
  section, aside, article, form, div { display: inline !important; }
`;
const ELEMENTS = [
    ['peer-roster', html `<peer-roster .supporters=${TEST_SUPPORTERS}></peer-roster>`],
    ['peer-supporter-card', html `<peer-supporter-card .supporter=${TEST_SUPPORTERS[0]}></peer-supporter-card>`],
    ['peer-request-form', html `<peer-request-form .supporters=${TEST_SUPPORTERS}></peer-request-form>`],
    ['peer-self-care-plan', html `<peer-self-care-plan plan-id="hostile-page"></peer-self-care-plan>`],
    ['peer-crisis-line', html `<peer-crisis-line></peer-crisis-line>`],
    ['peer-resource-directory', html `<peer-resource-directory .resources=${TEST_RESOURCES}></peer-resource-directory>`],
];
describe('every element in a hostile page', () => {
    let sheet;
    before(() => {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(HOSTILE);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
    after(() => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
    });
    for (const [tag, template] of ELEMENTS) {
        it(`<${tag}> keeps its font, layout and controls, and is accessible`, async () => {
            const element = await fixture(template);
            await element.updateComplete;
            await new Promise((resolve) => requestAnimationFrame(resolve));
            const base = element.shadowRoot.querySelector('[part~="base"]');
            const style = getComputedStyle(base);
            expect(['block', 'flex', 'grid']).to.include(style.display);
            expect(style.fontFamily).not.to.contain('Impact');
            expect(style.color).not.to.equal('rgb(0, 255, 0)');
            expect(parseFloat(style.lineHeight)).to.be.greaterThan(parseFloat(style.fontSize));
            for (const control of element.shadowRoot.querySelectorAll('button, input:not([type="file"]), select, textarea')) {
                expect(getComputedStyle(control).display, `${tag} ${control.tagName}`).not.to.equal('none');
            }
            await expect(element).to.be.accessible();
        });
    }
});
