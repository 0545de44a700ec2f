// dist/peer-support.js, the loader a CMS page pastes, loaded the way an intranet page loads it (run
// after `npm run build`): it registers nothing up front and imports an element's module from beside
// itself once its tag is in the page, in the document or an open shadow root, at once or later. The
// tests share one page and run in order: the first sees the page with only a roster on it.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { definedTags } from '../support/defined-tags.js';
import { API_URL } from '../support/rig.js';

type Loader = typeof import('../../src/loader/index.js');
const load = (path: string): Promise<Loader> => import(/* @vite-ignore */ path);

// Every file this page fetches from dist/, as resource timing entries (every engine has them).
const fetched = new Set<string>();
performance.setResourceTimingBufferSize?.(2000);
const record = (entries: PerformanceEntryList) => {
  for (const entry of entries) {
    const { pathname } = new URL(entry.name);
    if (pathname.startsWith('/dist/') && pathname.endsWith('.js')) fetched.add(pathname);
  }
};
new PerformanceObserver((list) => record(list.getEntries())).observe({ type: 'resource', buffered: true });
/** Resource entries arrive a task after the fetch ends: wait for them to settle. */
async function settled(): Promise<Set<string>> {
  let size = -1;
  while (size !== fetched.size) {
    size = fetched.size;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  record(performance.getEntriesByType('resource'));
  return fetched;
}

/** A built file and every file it imports, as the browser fetches them (`/dist/...` paths). */
async function moduleGraph(path: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = await (await fetch(path)).text();
  for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) await moduleGraph(new URL(specifier, new URL(path, location.href)).pathname, seen);
  return seen;
}

const defined = (tag: string) =>
  Promise.race([customElements.whenDefined(tag), new Promise((_, reject) => setTimeout(() => reject(new Error(`<${tag}> was never defined`)), 8000))]);

const added: Element[] = [];
function add<T extends Element>(element: T, parent: ParentNode = document.body): T {
  parent.append(element);
  added.push(parent === document.body ? element : (parent as unknown as Element));
  return element;
}
const tag = (name: string, attributes: Record<string, string> = {}) => {
  const element = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  return element;
};

// A page (or another copy of the library) that already has a `<peer-contact-log>` of its own.
class PagesOwnContactLog extends HTMLElement {}
customElements.define('peer-contact-log', PagesOwnContactLog);

describe('dist/peer-support.js (the loader a CMS page loads)', () => {
  let loader: Loader;
  before(async () => {
    loader = await load('/dist/peer-support.js');
  });
  after(() => {
    for (const element of added) element.remove();
    loader.resetConfiguration();
  });

  it('registers nothing up front; a page with only <peer-roster> fetches the roster module and its chunks, nothing else', async () => {
    const tags = await definedTags();
    expect(tags.length, 'tags read from src/*/define.ts').to.be.at.least(11);
    for (const { tag: name } of tags) if (name !== 'peer-contact-log') expect(customElements.get(name), `${name} before any tag is on the page`).to.equal(undefined);

    add(tag('peer-roster', { endpoint: API_URL }));
    await defined('peer-roster');
    expect(customElements.get('peer-supporter-card'), 'its module registers the card too').to.exist;
    const expected = new Set(['/dist/peer-support.js', ...(await moduleGraph('/dist/elements/roster.js'))]);
    expect([...(await settled())].sort()).to.deep.equal([...expected].sort());
    expect(customElements.get('peer-request-form'), 'no other element').to.equal(undefined);
  });

  it('defines a tag inside an open shadow root: one there when its host is added, one added to it later, and one in a shadow root a later definition attaches', async () => {
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(tag('peer-crisis-line'));
    add(host);
    await defined('peer-crisis-line');

    const quiet = add(document.createElement('section'));
    const root = quiet.attachShadow({ mode: 'open' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    root.append(tag('peer-request-form', { endpoint: API_URL }));
    await defined('peer-request-form');

    // A custom element of the page's own, defined only after it is in the document, renders the tag
    // into its shadow root when it upgrades.
    add(tag('x-later-host'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    customElements.define(
      'x-later-host',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).append(tag('peer-availability', { endpoint: API_URL }));
        }
      },
    );
    await defined('peer-availability');
  });

  it('defines a tag added to the page later, and configure() from the loader reaches it', async () => {
    loader.configure({ crisisLine: { name: 'Loader Line', call: '555-0199' } });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const directory = add(tag('peer-resource-directory', { endpoint: API_URL }));
    await defined('peer-resource-directory');
    await waitUntil(() => directory.shadowRoot?.textContent?.includes('Loader Line'), 'the configured crisis line did not show');
  });

  it('leaves a tag the page already defined alone and fetches nothing for it', async () => {
    add(tag('peer-contact-log'));
    await settled();
    expect(customElements.get('peer-contact-log')).to.equal(PagesOwnContactLog);
    expect([...fetched].filter((path) => path.includes('contact-log'))).to.deep.equal([]);
  });
});
