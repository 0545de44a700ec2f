// Every element, dropped into a hostile intranet page, keeps its own look and stays accessible.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import type { TemplateResult } from 'lit';
import '../src/peer-support.js';
import { TEST_SUPPORTERS } from './fixtures/supporters.js';
import { TEST_RESOURCES } from './fixtures/resources.js';
import { bearerSession } from './support/accounts.js';
import { definedTags } from './support/defined-tags.js';
import { API_URL } from './support/rig.js';

const HOSTILE = `
  * { all: unset; }
  html { font-size: 44px; font-family: Impact, fantasy; color: lime; line-height: 0.8; }
  img { width: 100% !important; }
  button, input, select, textarea { display: none !important; }
  section, aside, article, form, div { display: inline !important; }
`;

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

interface Case {
  /** The element this case covers. */
  tag: string;
  /** The page fragment: the element itself, or the element inside the `<peer-support-config>` it needs. */
  page: () => TemplateResult | Promise<TemplateResult>;
  /** The element whose look is checked (default: `tag`). */
  look?: string;
  /** True once the element shows what a person works with (signed in, data loaded). */
  ready?: (widget: Widget) => boolean;
  /** Further checks of this element. */
  also?: (element: Widget, widget: Widget) => void;
}

const words = (widget: Widget) => widget.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const signedInPanel = (widget: Widget) => !!widget.shadowRoot!.querySelector('[part~="base"].panel');
const signedIn = async (role: 'supporter' | 'coordinator') => (await bearerSession(role)).headers;

// Every element the library registers (the bundle test checks that these are all of them). The
// supporter-side ones are checked signed in, where their controls are.
const CASES: Case[] = [
  {
    tag: 'peer-support-config',
    page: () => html`<peer-support-config crisis-name="Hostile Page Line" crisis-call="555-0100"><peer-crisis-line></peer-crisis-line></peer-support-config>`,
    look: 'peer-crisis-line',
    also(config, line) {
      expect([...config.shadowRoot!.children].map((child) => child.localName), 'renders nothing of its own').to.deep.equal(['slot']);
      expect(words(line), 'the widget inside gets its settings').to.contain('Hostile Page Line');
    },
  },
  { tag: 'peer-roster', page: () => html`<peer-roster .supporters=${TEST_SUPPORTERS}></peer-roster>` },
  { tag: 'peer-supporter-card', page: () => html`<peer-supporter-card .supporter=${TEST_SUPPORTERS[0]}></peer-supporter-card>` },
  { tag: 'peer-request-form', page: () => html`<peer-request-form .supporters=${TEST_SUPPORTERS}></peer-request-form>` },
  { tag: 'peer-self-care-plan', page: () => html`<peer-self-care-plan plan-id="hostile-page"></peer-self-care-plan>` },
  { tag: 'peer-crisis-line', page: () => html`<peer-crisis-line></peer-crisis-line>` },
  { tag: 'peer-resource-directory', page: () => html`<peer-resource-directory .resources=${TEST_RESOURCES}></peer-resource-directory>` },
  {
    tag: 'peer-request-inbox',
    page: async () => html`<peer-support-config endpoint=${API_URL} .headers=${await signedIn('supporter')}><peer-request-inbox></peer-request-inbox></peer-support-config>`,
    ready: (inbox) => signedInPanel(inbox) && !words(inbox).includes('Loading…'),
  },
  {
    tag: 'peer-availability',
    page: async () => html`<peer-support-config endpoint=${API_URL} .headers=${await signedIn('supporter')}><peer-availability></peer-availability></peer-support-config>`,
    ready: signedInPanel,
  },
  {
    tag: 'peer-contact-log',
    page: async () => html`<peer-support-config endpoint=${API_URL} .headers=${await signedIn('supporter')}><peer-contact-log></peer-contact-log></peer-support-config>`,
    ready: signedInPanel,
  },
  {
    tag: 'peer-program-stats',
    page: async () => html`<peer-support-config endpoint=${API_URL} .headers=${await signedIn('coordinator')}><peer-program-stats></peer-program-stats></peer-support-config>`,
    ready: (stats) => signedInPanel(stats) && !!stats.shadowRoot!.querySelector('tbody tr'),
  },
  {
    tag: 'peer-follow-ups',
    page: async () => html`<peer-follow-ups></peer-follow-ups>`,
    ready: (followUps) => !!followUps.shadowRoot?.querySelector('[part="base"]'),
  },
  {
    tag: 'peer-notifications',
    page: async () => html`<peer-support-config endpoint=${API_URL} .headers=${await signedIn('supporter')}><peer-notifications></peer-notifications></peer-support-config>`,
    ready: (notifications) => signedInPanel(notifications) && !notifications.shadowRoot!.textContent!.includes('One moment'),
  },
  {
    tag: 'peer-supporter-session',
    page: async () => html`<peer-support-config endpoint=${API_URL} .headers=${await signedIn('supporter')}><peer-supporter-session></peer-supporter-session></peer-support-config>`,
    ready: signedInPanel,
  },
];

describe('every element in a hostile page', () => {
  let sheet: CSSStyleSheet;
  before(() => {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(HOSTILE);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  });
  after(() => {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((other) => other !== sheet);
  });

  it('covers every element the library registers', async () => {
    expect(CASES.map((each) => each.tag).sort()).to.deep.equal((await definedTags()).map((each) => each.tag));
  });

  for (const { tag, page, look, ready, also } of CASES) {
    it(`<${tag}> keeps its font, layout and controls, and is accessible`, async () => {
      const root = await fixture<Widget>(await page());
      const element = root.localName === tag ? root : root.querySelector<Widget>(tag)!;
      const widget = look ? root.querySelector<Widget>(look)! : element;
      await widget.updateComplete;
      if (ready) await waitUntil(() => ready(widget), `<${tag}> did not get ready`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      also?.(element, widget);
      const base = widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
      const style = getComputedStyle(base);
      expect(['block', 'flex', 'grid']).to.include(style.display);
      expect(style.fontFamily).not.to.contain('Impact');
      expect(style.color).not.to.equal('rgb(0, 255, 0)');
      expect(parseFloat(style.lineHeight)).to.be.greaterThan(parseFloat(style.fontSize));
      for (const control of widget.shadowRoot!.querySelectorAll<HTMLElement>('button, input:not([type="file"]), select, textarea')) {
        expect(getComputedStyle(control).display, `${tag} ${control.tagName}`).not.to.equal('none');
      }
      await expect(widget).to.be.accessible();
    });
  }
});
