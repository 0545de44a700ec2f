// examples/plain-html/index.html, the no-build way to embed the widgets: one script tag (the built
// dist/peer-support.js, which `npm start` serves at /peer-support.js), the elements and a
// <peer-support-config>, no script of its own. `npm start` serves the page at /plain-html/
// (demo/plain-html links to examples/plain-html). Run after `npm run build`.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { Resource, Supporter } from '../../src/core/contract.js';
import { API_URL } from '../support/rig.js';

const EXAMPLE = '/examples/plain-html/index.html';

type HtmlPolicy = { createHTML(input: string): unknown };
// Parsing markup from a string is a Trusted Types sink, and this page admits only the `lit-html`
// policy name ('allow-duplicates'); an editor's page is parsed by the browser and needs none.
const htmlPolicy = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: HtmlPolicy): HtmlPolicy } }).trustedTypes?.createPolicy(
  'lit-html',
  { createHTML: (input) => input },
);
const parse = (text: string) => new DOMParser().parseFromString((htmlPolicy?.createHTML(text) ?? text) as string, 'text/html');
const example = async () => parse(await (await fetch(EXAMPLE)).text());

describe('examples/plain-html (no build)', () => {
  let container: HTMLElement | undefined;

  afterEach(() => {
    container?.remove();
    container = undefined;
  });

  it('is one script tag, the elements inside a <peer-support-config>, and nothing a strict CSP refuses', async () => {
    const page = await example();
    // (The test runner adds its own web-socket script to every HTML file it serves.)
    const scripts = [...page.querySelectorAll('script')].filter((script) => !script.getAttribute('src')?.startsWith('/__web-dev-server'));
    expect(scripts.map((script) => [script.type, script.getAttribute('src'), script.textContent!.trim()])).to.deep.equal([['module', '/peer-support.js', '']]);
    expect(page.querySelectorAll('style, [style]')).to.have.length(0);
    const handlers = [...page.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => attribute.name.startsWith('on')));
    expect(handlers).to.have.length(0);
    const config = page.querySelector('peer-support-config')!;
    expect(config.getAttribute('endpoint')).to.equal('/api/');
    const widgets = [...page.body.querySelectorAll('*')].filter((element) => element.localName.startsWith('peer-') && element !== config);
    expect(widgets.map((element) => element.localName)).to.deep.equal(['peer-roster', 'peer-request-form', 'peer-resource-directory']);
    for (const widget of widgets) expect(config.contains(widget), widget.localName).to.equal(true);
  });

  it('is in demo/ (which `npm start` serves at /, so the page is /plain-html/) and linked from the demo index', async () => {
    const served = await fetch('/demo/plain-html/index.html');
    expect(served.ok).to.equal(true);
    expect(await served.text()).to.equal(await (await fetch(EXAMPLE)).text());
    expect(await (await fetch('/demo/index.html')).text()).to.contain('href="/plain-html/"');
  });

  it('shows the server data, and a card fills in the form, with no script but the bundle', async () => {
    await import(/* @vite-ignore */ '/dist/peer-support.js' as string); // what the script tag loads
    const page = await example();
    page.querySelector('peer-support-config')!.setAttribute('endpoint', API_URL); // the API is on the reference server's origin here
    container = document.createElement('div');
    container.append(...page.body.childNodes);
    document.body.append(container);
    // The script is the loader: each element's module arrives once its tag is on the page.
    await Promise.all(['peer-support-config', 'peer-roster', 'peer-request-form', 'peer-resource-directory'].map((tag) => customElements.whenDefined(tag)));
    const supporters = ((await (await fetch(`${API_URL}supporters`)).json()) as { items: Supporter[] }).items;
    const resources = ((await (await fetch(`${API_URL}resources`)).json()) as { items: Resource[] }).items;

    const roster = container.querySelector('peer-roster')!;
    const form = container.querySelector('peer-request-form')!;
    const directory = container.querySelector('peer-resource-directory')!;
    for (const element of [roster, form, directory]) expect(element, element.localName).to.be.instanceOf(customElements.get(element.localName)!);
    await waitUntil(() => roster.shadowRoot!.querySelectorAll('[part~="card"]').length > 0, 'the roster did not render');
    const names = [...roster.shadowRoot!.querySelectorAll('[part~="card"] .display-name')].map((name) => name.textContent!.trim());
    expect(names).to.deep.equal(supporters.slice(0, 30).map((supporter) => supporter.displayName));
    await waitUntil(() => directory.shadowRoot!.querySelectorAll('[part~="listing"]').length > 0, 'the directory did not render');
    expect(directory.shadowRoot!.textContent).to.contain(resources[0].name);

    const card = [...roster.shadowRoot!.querySelectorAll('[part~="card"]')].find((candidate) => candidate.querySelector('[part~="request-contact"]'))!;
    const chosen = supporters.find((supporter) => supporter.displayName === card.querySelector('.display-name')!.textContent!.trim())!;
    card.querySelector<HTMLButtonElement>('[part~="request-contact"]')!.click();
    await waitUntil(() => form.shadowRoot!.querySelector<HTMLSelectElement>('select[id$="-supporterId"]')?.value === chosen.id, 'the form did not preselect the supporter');
  });
});
