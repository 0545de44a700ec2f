// Issue 19, "switching the demo to Spanish shows no English left": each demo page (demo/*.html, as
// `npm start` serves them) in a frame of this test page, with the built bundle (run after
// `npm run build`). Its language switch is in view, "Español" sets <html lang="es">, the widgets
// follow, and neither the page's own copy nor any widget's shadow root shows English; "English"
// brings the English back. The page needs no inline script or style: the frame runs under this test
// page's strict CSP with Trusted Types, as the demo runs under the server's.
//
// How a page reaches the frame: its HTML is fetched from /demo/, the paths `npm start` serves at `/`
// are pointed at where the test server has them (/dist/ for the bundle, /demo/ for the rest), the
// widgets are pointed at the reference server's API, and the result becomes the frame's srcdoc (the
// reference server's own demo pages send `frame-ancestors 'none'`, so they cannot be framed).
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { API_URL } from '../support/rig.js';
import { dataText, englishLeft, rendered, visibleTexts } from './language-checks.js';
import type { DataText } from './language-checks.js';
import { clearDeviceData } from './language-scenes.js';

const PAGES = ['index.html', 'intranet.html', 'supporter.html', 'roster.html', 'request-form.html', 'resource-directory.html', 'self-care-plan.html', 'crisis-line.html', 'support-config.html', 'disclosure-steps.html'];
const STORAGE_KEY = 'peer-support-demo-language';

type HtmlPolicy = { createHTML(input: string): unknown };
// The test page admits only the `lit-html` policy name ('allow-duplicates'); the demo pages need none.
const htmlPolicy = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy } }).trustedTypes?.createPolicy('lit-html', { createHTML: (input) => input });
const trusted = (text: string) => (htmlPolicy?.createHTML(text) ?? text) as string;

/** A demo path as the test server has it: the bundle is in /dist/, everything else in /demo/. */
const served = (path: string) => (/^\/(peer-support[\w.]*\.js|index\.js|elements\/|chunks\/)/.test(path) ? `/dist${path}` : `/demo${path}`);

async function demoPage(name: string): Promise<{ source: string; framed: string }> {
  const source = await (await fetch(`/demo/${name}`)).text();
  // In the markup (a script's src is a Trusted Types sink even in a parsed document).
  const pointed = source.replace(/<(script|link|img)\b[^>]*>/g, (tag) => tag.replace(/\b(src|href)="(\/(?!\/)[^"]*)"/, (_, attribute, path) => `${attribute}="${served(path)}"`));
  const doc = new DOMParser().parseFromString(trusted(pointed), 'text/html');
  // The widgets talk to the reference server: a configuration's endpoint, or a widget's own outside any.
  for (const element of doc.querySelectorAll('*')) {
    if (!element.localName.startsWith('peer-')) continue;
    if (element.localName === 'peer-support-config' || !element.closest('peer-support-config')) element.setAttribute('endpoint', API_URL);
  }
  // The test server's own script (web socket) is left out: the page is what the demo serves.
  for (const script of doc.querySelectorAll('script[src*="__web-dev-server"]')) script.remove();
  return { source, framed: `<!doctype html>\n${doc.documentElement.outerHTML}` };
}

let data: DataText;
/** Data on the demo pages: the server's supporters and resources, and the fictional organization's name. */
async function demoData(): Promise<DataText> {
  data ??= dataText(await (await fetch(`${API_URL}supporters`)).json(), await (await fetch(`${API_URL}resources`)).json(), ['County Fire & EMS', 'Station 4 – B shift']);
  return data;
}

/** The frame's page and the widgets in it, once every widget has rendered what it loads. */
function widgetsSettled(doc: Document): boolean {
  const widgets = [...doc.querySelectorAll('*')].filter((element) => element.localName.startsWith('peer-') && element.localName !== 'peer-support-config');
  const has = (element: Element, selector: string) => !!element.shadowRoot?.querySelector(selector);
  return widgets.every((widget) => {
    if (!widget.shadowRoot || (widget.shadowRoot.childElementCount === 0 && !widget.hasAttribute('data-peer-quiet'))) return false;
    switch (widget.localName) {
      case 'peer-roster':
        return has(widget, '[part~="card"]');
      case 'peer-resource-directory':
        return has(widget, '[part~="name"]');
      case 'peer-request-form':
        return widget.shadowRoot.querySelectorAll('option').length > 3;
      case 'peer-supporter-card':
        return has(widget, '[part~="card"], article, h3');
      case 'peer-self-care-plan':
        return has(widget, 'textarea, input');
      case 'peer-supporter-session':
        return has(widget, '[part~="notice"], [part~="sign-out"]');
      default:
        return true;
    }
  });
}

async function openFrame(framed: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = 'demo page';
  frame.style.setProperty('width', '1280px');
  frame.style.setProperty('height', '900px');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = trusted(framed);
  document.body.append(frame);
  await loaded;
  return frame;
}

const switchButton = (doc: Document, language: 'en' | 'es') => doc.querySelector<HTMLButtonElement>(`.language-switch button[data-language="${language}"]`);

describe('the demo, switched to Spanish', function () {
  let frame: HTMLIFrameElement | undefined;
  beforeEach(async () => {
    localStorage.removeItem(STORAGE_KEY);
    // What other tests left on this device (reminders, queued requests, receipts) is theirs, not the demo's.
    await clearDeviceData();
  });
  afterEach(() => {
    frame?.remove();
    frame = undefined;
    localStorage.removeItem(STORAGE_KEY);
  });

  for (const name of PAGES) {
    it(`${name}: a visible switch, and no English left in the page or any widget`, async () => {
      const { source, framed } = await demoPage(name);
      // No inline script, style or handler: the page works under a strict CSP.
      const doc0 = new DOMParser().parseFromString(trusted(source), 'text/html');
      expect([...doc0.querySelectorAll('script')].filter((script) => !script.src && script.textContent!.trim()), 'inline scripts').to.have.length(0);
      expect(doc0.querySelectorAll('style, [style]'), 'inline styles').to.have.length(0);
      expect([...doc0.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => attribute.name.startsWith('on'))), 'inline handlers').to.have.length(0);
      // The switch runs before the widgets are defined, so they start in the language chosen.
      const scripts = [...doc0.querySelectorAll('script[src]')].map((script) => script.getAttribute('src'));
      expect(scripts[0], 'language.js first').to.equal('/language.js');

      frame = await openFrame(framed);
      const doc = frame.contentDocument!;
      const violations: string[] = [];
      doc.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
      await waitUntil(() => switchButton(doc, 'es'), 'no language switch on the page', { timeout: 8000 });
      const english = doc.querySelector('h1')?.textContent;
      const spanishButton = switchButton(doc, 'es')!;
      expect(rendered(spanishButton), 'the switch can be seen').to.equal(true);
      expect(spanishButton.getAttribute('aria-pressed')).to.equal('false');
      expect(doc.documentElement.lang).to.equal('en');
      await waitUntil(() => widgetsSettled(doc), 'the widgets did not load', { timeout: 10_000 });

      spanishButton.click();
      expect(doc.documentElement.lang, '<html lang>').to.equal('es');
      expect(spanishButton.getAttribute('aria-pressed')).to.equal('true');
      expect(doc.title, 'the page title').not.to.match(/widgets for|Peer Support Team|dashboard|Crisis line|Settings|Ask someone|Help beyond|roster|Self-care|heavy/);
      const known = await demoData();
      await waitUntil(() => englishLeft(visibleTexts(doc.body), known).length === 0, 'English is still shown', { timeout: 8000 }).catch(() => undefined);
      expect(englishLeft(visibleTexts(doc.body), known), 'English left on the page in Spanish').to.deep.equal([]);
      if (english) expect(doc.querySelector('h1')!.textContent, 'the heading').not.to.equal(english);
      expect(localStorage.getItem(STORAGE_KEY), 'kept for the other demo pages').to.equal('es');

      // And back: the English copy returns.
      switchButton(doc, 'en')!.click();
      expect(doc.documentElement.lang).to.equal('en');
      if (english) expect(doc.querySelector('h1')!.textContent).to.equal(english);
      expect(violations, 'CSP / Trusted Types violations in the page').to.deep.equal([]);
    });
  }

  it('a page opened after Spanish was chosen starts in Spanish (the widgets too)', async () => {
    localStorage.setItem(STORAGE_KEY, 'es');
    frame = await openFrame((await demoPage('intranet.html')).framed);
    const doc = frame.contentDocument!;
    const known = await demoData();
    await waitUntil(() => doc.documentElement.lang === 'es' && widgetsSettled(doc), 'the page did not start in Spanish', { timeout: 10_000 });
    expect(switchButton(doc, 'es')!.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => englishLeft(visibleTexts(doc.body), known).length === 0, 'English is still shown', { timeout: 8000 }).catch(() => undefined);
    expect(englishLeft(visibleTexts(doc.body), known)).to.deep.equal([]);
    const roster = doc.querySelector('peer-roster')!;
    expect(roster.shadowRoot!.textContent).to.contain('Compañeros de apoyo');
  });
});
