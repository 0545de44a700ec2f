// The page, the bundle and the API on three origins, wired as README "Paste this into your intranet
// page" tells IT to (wiring 3): this page is http://localhost:<test runner port>; the built
// dist/peer-support.js comes from the reference server's static files on http://127.0.0.1:<its own
// port> (test/rig/bundle-origin.mjs), a CDN-like host; the API is the reference server on
// http://127.0.0.1:<another port>, with this page in its ALLOWED_ORIGINS. Nothing in this file imports
// the library: every element on the page is registered by that one script tag, the loader, which imports
// each element's module and chunks from the bundle origin when its tag appears (run after `npm run build`).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { PeerRequestSentEvent } from '../../src/core/events.js';
import { API_URL, storedRequestCounts } from '../support/rig.js';
// @ts-expect-error served by the reference-server plugin at run time
import { bundleOrigin } from '/__test-env.js';

const BUNDLE_ORIGIN: string = bundleOrigin;
const API_ORIGIN = new URL(API_URL).origin;
const TAGS = [
  'peer-support-config', 'peer-crisis-line', 'peer-roster', 'peer-supporter-card', 'peer-request-form', 'peer-self-care-plan',
  'peer-resource-directory', 'peer-request-inbox', 'peer-availability', 'peer-contact-log', 'peer-program-stats',
];

type ScriptUrlPolicy = { createScriptURL(url: string): unknown };
// An editor's pasted tag is parsed HTML, which Trusted Types leave alone; a script adding the tag needs a
// policy. The page's CSP admits only the `lit-html` name ('allow-duplicates'), so this loader takes it
// and lets through nothing but files of the bundle origin.
const scriptUrls = (window as unknown as { trustedTypes?: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy } }).trustedTypes?.createPolicy('lit-html', {
  createScriptURL: (url: string) => {
    if (!url.startsWith(`${BUNDLE_ORIGIN}/`)) throw new TypeError(`Not a bundle URL: ${url}`);
    return url;
  },
});

/** Adds `<script type="module" src=…>` as a CMS page has it; resolves once the module has run. */
function addModuleScript(src: string, attributes: Record<string, string> = {}): Promise<void> {
  const script = document.createElement('script');
  script.type = 'module';
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  const loaded = new Promise<void>((resolve, reject) => {
    script.addEventListener('load', () => resolve(), { once: true });
    // The browser says no more than "error": for a module from another origin, a missing
    // Access-Control-Allow-Origin, a CSP refusal or an integrity mismatch all look alike.
    script.addEventListener('error', () => reject(new Error(`${src} did not load (CORS headers, script-src or integrity)`)), { once: true });
  });
  script.src = (scriptUrls?.createScriptURL(src) ?? src) as string;
  document.head.append(script);
  return loaded;
}

let pasted: Promise<void> | undefined;
/**
 * The one tag of README wiring 3, added once for the whole file (a module runs once per page). It is
 * the loader: it registers nothing until a tag is on the page, then imports that element's module
 * from the bundle origin (see `upgraded`).
 */
async function pasteTheTag() {
  pasted ??= addModuleScript(`${BUNDLE_ORIGIN}/peer-support.js`);
  await pasted;
}

/** Waits until every `<peer-…>` in `page` is defined: the loader fetched its module from the bundle origin. */
async function upgraded<T extends Element>(page: T): Promise<T> {
  const tags = new Set([page, ...page.querySelectorAll('*')].map((element) => element.localName).filter((name) => name.startsWith('peer-')));
  for (const tag of tags) expect(TAGS, tag).to.include(tag);
  await Promise.all(
    [...tags].map((tag) =>
      Promise.race([customElements.whenDefined(tag), new Promise((_, reject) => setTimeout(() => reject(new Error(`<${tag}> was not registered by the bundle`)), 8000))]),
    ),
  );
  for (const element of [page, ...page.querySelectorAll('*')]) await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  return page;
}

const shadowText = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

async function loadedImage(image: HTMLImageElement): Promise<HTMLImageElement> {
  image.scrollIntoView(); // photos load lazily, as a person scrolls to them
  if (!image.complete) {
    await new Promise((resolve, reject) => {
      image.addEventListener('load', resolve, { once: true });
      image.addEventListener('error', () => reject(new Error(`photo ${image.src} did not load`)), { once: true });
    });
  }
  return image;
}

describe('a page, the bundle and the API on three origins (README wiring 3)', () => {
  it('the roster shows the team, with the photos from the API origin, and one supporter’s card', async () => {
    expect(new Set([location.origin, BUNDLE_ORIGIN, API_ORIGIN]).size, 'three origins').to.equal(3);
    await pasteTheTag();
    const team = (await (await fetch(`${API_URL}supporters`)).json()).items as { id: string; displayName: string; photoUrl?: string }[];
    const page = await upgraded(await fixture(html`<peer-support-config endpoint=${API_URL} credentials="include">
      <peer-roster></peer-roster>
      <peer-supporter-card supporter-id=${team[0].id}></peer-supporter-card>
    </peer-support-config>`));
    const roster = page.querySelector('peer-roster')!;
    await waitUntil(() => roster.shadowRoot!.querySelectorAll('[part~="card"]').length === team.length, 'the roster did not show the team');

    const photos = [...roster.shadowRoot!.querySelectorAll<HTMLImageElement>('[part~="avatar"] img')];
    expect(photos.length, 'some of the team have photos').to.be.greaterThan(0);
    expect(photos.length, 'a photo for everyone who has one').to.equal(team.filter((supporter) => supporter.photoUrl).length);
    for (const photo of photos) {
      await loadedImage(photo);
      expect(new URL(photo.src).origin, photo.src).to.equal(API_ORIGIN);
      expect(photo.naturalWidth, photo.src).to.be.greaterThan(0);
    }

    const card = page.querySelector('peer-supporter-card')!;
    await waitUntil(() => card.shadowRoot!.querySelector('[part~="name"]'), 'the card did not load');
    expect(shadowText(card)).to.contain(team[0].displayName);
  });

  it('the request form sends a request to the API and says “Sent”', async () => {
    await pasteTheTag();
    const page = await upgraded(await fixture(html`<peer-support-config endpoint=${API_URL} credentials="include"><peer-request-form></peer-request-form></peer-support-config>`));
    const form = page.querySelector('peer-request-form')! as HTMLElement & { updateComplete: Promise<unknown> };
    const root = form.shadowRoot!;
    await waitUntil(() => root.querySelectorAll('select[id$="-supporterId"] option').length > 3, 'the form did not read the roster');
    const type = (name: string, value: string) => {
      const input = root.querySelector<HTMLInputElement>(`[id$="-${name}"]`)!;
      input.value = value;
      input.dispatchEvent(new InputEvent('input'));
    };
    const pick = (label: string) => [...root.querySelectorAll('label')].find((candidate) => candidate.textContent!.trim() === label)!.querySelector('input')!.click();
    type('name', 'Sam Three-Origins');
    pick('Text message');
    await form.updateComplete;
    type('channelValue', '555-010-0133');
    pick('In the next few days');
    pick('I have read what stays confidential and its limits.');
    await form.updateComplete;

    const sent = oneEvent(form, 'peer-request-sent') as unknown as Promise<PeerRequestSentEvent>;
    root.querySelector<HTMLButtonElement>('[part~="submit"]')!.click();
    const { requestId } = await sent;
    await form.updateComplete;
    expect(shadowText(form)).to.contain('Sent. Your request has reached the team.');
    expect(await storedRequestCounts([requestId])).to.deep.equal({ [requestId]: 1 });
  });

  it('the resource directory lists where to turn, the crisis line shows, and the self-care plan opens', async () => {
    await pasteTheTag();
    const page = await upgraded(await fixture(html`<peer-support-config endpoint=${API_URL} credentials="include">
      <peer-crisis-line></peer-crisis-line>
      <peer-resource-directory></peer-resource-directory>
      <peer-self-care-plan device="shared" plan-id="three-origins"></peer-self-care-plan>
    </peer-support-config>`));
    const directory = page.querySelector('peer-resource-directory')!;
    await waitUntil(() => directory.shadowRoot!.querySelectorAll('[part~="listing"]').length > 0, 'the directory did not list anything');
    expect(directory.shadowRoot!.querySelector('[part~="listing"]')!.matches('[part~="crisis-listing"]'), 'crisis lines first').to.equal(true);

    const crisisLine = page.querySelector('peer-crisis-line')! as HTMLElement & { updateComplete: Promise<unknown> };
    await crisisLine.updateComplete;
    expect(crisisLine.shadowRoot!.querySelector('a[href="tel:988"]'), 'call 988').to.exist;

    const plan = page.querySelector('peer-self-care-plan')! as HTMLElement & { updateComplete: Promise<unknown> };
    await plan.updateComplete;
    expect(plan.shadowRoot!.querySelector('[part~="steps"]'), 'the plan’s steps').to.exist;
  });

  it('the supporter-side elements say they need sign-in', async () => {
    await pasteTheTag();
    const page = await upgraded(await fixture(html`<peer-support-config endpoint=${API_URL} credentials="include">
      <peer-request-inbox></peer-request-inbox>
      <peer-availability></peer-availability>
      <peer-contact-log></peer-contact-log>
      <peer-program-stats></peer-program-stats>
    </peer-support-config>`));
    // Said once for the page (by the first of them), not once per element.
    const saying = () => [...page.children].filter((element) => shadowText(element).includes('Please open the sign-in link your coordinator sent you.'));
    await waitUntil(() => saying().length > 0, 'nobody asked to sign in');
    expect(saying().map((element) => element.localName)).to.deep.equal(['peer-request-inbox']);
  });

  it('the versioned copy loads with the integrity from dist/integrity.json, and a wrong integrity is refused', async () => {
    await pasteTheTag();
    const { version, files } = (await (await fetch('/dist/integrity.json')).json()) as { version: string; files: Record<string, string> };
    const versioned = `peer-support.${version}.js`;
    expect(files[versioned]).to.match(/^sha384-[A-Za-z0-9+/]{64}$/);
    expect(files[versioned], 'the same bytes as peer-support.js').to.equal(files['peer-support.js']);

    // A second copy on the page (it registers nothing new), pinned to the release it names.
    await addModuleScript(`${BUNDLE_ORIGIN}/${versioned}`, { integrity: files[versioned], crossorigin: 'anonymous' });
    // Another URL, so the browser fetches and checks it rather than reuse the module it already has.
    const tampered = addModuleScript(`${BUNDLE_ORIGIN}/${versioned}?another-fetch`, { integrity: `sha384-${btoa('x'.repeat(48))}`, crossorigin: 'anonymous' });
    await tampered.then(
      () => expect.fail('a file that does not match its integrity must not run'),
      (error: Error) => expect(error.message).to.contain('did not load'),
    );
  });
});
