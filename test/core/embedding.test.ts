// Embedded in the field: an intranet page whose API is on another origin (CORS, photo paths), and
// many widgets on one page reading the same list. The test page is http://localhost:<port>; the API
// is http://127.0.0.1:<port>, so every request to it crosses origins for real.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/config/define.js';
import '../../src/request-form/define.js';
import '../../src/roster/define.js';
import { resolveConfig } from '../../src/core/config.js';
import { PeerNetworkError } from '../../src/core/errors.js';
import { PeerHttpClient } from '../../src/core/http-client.js';
import { safeUrl } from '../../src/core/safe-url.js';
import type { PeerRoster } from '../../src/roster/roster.js';
import type { PeerSupporterCard } from '../../src/roster/supporter-card.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { API_URL, PROXY_URL, clearFaults, injectFault, proxyLog, proxySettled } from '../support/rig.js';
// @ts-expect-error served by the reference-server plugin at run time
import { notAllowedApiUrl } from '/__test-env.js';

/** The reference server again, with ALLOWED_ORIGINS that leave this page out (see test/rig/reference-server-plugin.mjs). */
const NOT_ALLOWED_URL: string = notAllowedApiUrl;

type ServerSupporter = (typeof TEST_SUPPORTERS)[number] & { id: string; displayName: string };

function recordWarnings() {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    warnings.push(String(args[0]));
    original.apply(console, args);
  };
  return { warnings, restore: () => (console.warn = original) };
}

const shadow = (element: HTMLElement) => element.shadowRoot!;
const cardNamed = (root: ParentNode, name: string) =>
  [...root.querySelectorAll<HTMLElement>('[part~="card"]')].find((card) => card.querySelector('.display-name')?.textContent?.trim() === name);
const supporterReads = async () => (await proxyLog()).filter((entry) => entry.method === 'GET' && entry.path.startsWith('/api/supporters'));

async function serverRoster(): Promise<ServerSupporter[]> {
  return (await (await fetch(`${API_URL}supporters`)).json()).items;
}

describe('an API that does not allow this page (CORS)', () => {
  it('says in plain words that the server may not allow this page yet, tells IT once what to set, and keeps the offline wording when offline', async () => {
    const { warnings, restore } = recordWarnings();
    try {
      const roster = await fixture<PeerRoster>(html`<peer-roster endpoint=${NOT_ALLOWED_URL}></peer-roster>`);
      await waitUntil(() => shadow(roster).querySelector('.notice.failed'), 'no failure message');
      const text = shadow(roster).textContent!;
      expect(text).to.contain('It may not be set up to allow this page yet');
      expect(text).to.contain('please let your IT team know');
      expect(text).not.to.contain('You may be offline');
      await expect(roster).to.be.accessible();

      await roster.refresh(); // "Try again": still refused, and IT is not told twice
      const advice = warnings.filter((warning) => warning.includes('ALLOWED_ORIGINS'));
      expect(advice).to.have.length(1);
      expect(advice[0])
        .to.contain(`to this page (${location.origin})`)
        .and.contain(`add ${location.origin} to ALLOWED_ORIGINS`)
        .and.contain(`Access-Control-Allow-Origin: ${location.origin}`)
        .and.contain(new URL(NOT_ALLOWED_URL).origin);

      // The browser says it is offline: then that is the likelier story, and IT is not bothered.
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        const offline = await fixture<PeerRoster>(html`<peer-roster endpoint=${`${NOT_ALLOWED_URL}while-offline/`}></peer-roster>`);
        await waitUntil(() => shadow(offline).querySelector('.notice.failed'), 'no failure message while offline');
        expect(shadow(offline).textContent).to.contain('You may be offline').and.not.contain('allow this page');
        expect(warnings.filter((warning) => warning.includes('ALLOWED_ORIGINS'))).to.have.length(1);
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
    } finally {
      restore();
    }
  });

  it('tells IT about credentials and the preflight when the page sends cookies and a token', async () => {
    const { warnings, restore } = recordWarnings();
    try {
      const client = new PeerHttpClient(resolveConfig({ endpoint: `${NOT_ALLOWED_URL}portal/`, credentials: 'include', headers: { Authorization: 'Bearer sso-abc' } }));
      const error = await client.request('supporters').then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).to.be.instanceOf(PeerNetworkError);
      expect((error as PeerNetworkError).crossOrigin).to.equal(true);
      expect((error as PeerNetworkError).retryable).to.equal(true);
      const [advice] = warnings.filter((warning) => warning.includes('ALLOWED_ORIGINS'));
      expect(advice).to.contain('Access-Control-Allow-Credentials: true').and.contain('Access-Control-Allow-Headers: authorization').and.contain('credentials: include');
    } finally {
      restore();
    }
  });
});

describe('photos of a roster on another origin', () => {
  afterEach(clearFaults);

  it('loads photo paths from the API that sent them, not from the intranet page, and still only safe ones', async () => {
    const roster = await fixture<PeerRoster>(html`<peer-roster endpoint=${API_URL}></peer-roster>`);
    await waitUntil(() => cardNamed(shadow(roster), 'Ana Rivera-Example'), 'roster did not load');
    const photo = cardNamed(shadow(roster), 'Ana Rivera-Example')!.querySelector<HTMLImageElement>('[part~="avatar"] img')!;
    expect(photo, 'photo element').to.exist;
    expect(photo.src).to.equal(new URL('/photos/ana-rivera.svg', API_URL).href);
    await waitUntil(() => photo.complete, 'photo did not finish loading');
    expect(photo.naturalWidth, 'the photo really loaded').to.be.greaterThan(0);
    expect(cardNamed(shadow(roster), 'Ana Rivera-Example')!.querySelector('[part~="avatar"] img'), 'still shown, not initials').to.exist;

    // Resolved against the API, a path still cannot leave for a third origin or become script.
    const source = `${API_URL}supporters`;
    expect(safeUrl('/photos/ana.svg', source)).to.equal(new URL('/photos/ana.svg', API_URL).href);
    for (const hostile of ['//evil.example/x.png', '\\\\evil.example/x.png', 'javascript:alert(1)', 'data:image/svg+xml,<svg/>', 'http://evil.example/x.png']) {
      expect(safeUrl(hostile, source), hostile).to.equal(undefined);
    }
    const hostileRoster = TEST_SUPPORTERS.map((supporter, index) => ({ ...supporter, photoUrl: ['//evil.example/x.png', 'javascript:window.__xss=true', 'data:image/svg+xml,<svg/>', 'http://evil.example/x.png'][index] }));
    await injectFault({ match: '/api/supporters', status: 200, body: { items: hostileRoster } });
    const served = await fixture<PeerRoster>(html`<peer-roster endpoint=${PROXY_URL}></peer-roster>`);
    await waitUntil(() => shadow(served).querySelectorAll('[part~="card"]').length === hostileRoster.length, 'hostile roster did not render');
    expect(shadow(served).querySelector('[part~="avatar"] img')).to.equal(null);
  });
});

describe('one request for every element showing a list', () => {
  afterEach(clearFaults);

  it('a page with a roster, a request form and ten cards sends one GET supporters; another header scope sends its own', async () => {
    const team = await serverRoster();
    const ids = Array.from({ length: 10 }, (_, index) => team[index % team.length].id);
    await clearFaults(); // starts the proxy log afresh
    const page = await fixture(html`<div>
      <peer-support-config endpoint=${PROXY_URL}>
        <peer-roster></peer-roster>
        <peer-request-form></peer-request-form>
        ${ids.map((id) => html`<peer-supporter-card supporter-id=${id}></peer-supporter-card>`)}
      </peer-support-config>
      <peer-support-config endpoint=${PROXY_URL} .headers=${{ 'X-Tenant': 'north' }}>
        <peer-roster></peer-roster>
      </peer-support-config>
    </div>`);
    const cards = [...page.querySelectorAll<PeerSupporterCard>('peer-supporter-card')];
    const rosters = [...page.querySelectorAll<PeerRoster>('peer-roster')];
    await waitUntil(() => cards.every((card) => shadow(card).querySelector('[part~="name"]')), 'cards did not load');
    await waitUntil(() => rosters.every((roster) => shadow(roster).querySelectorAll('[part~="card"]').length === team.length), 'rosters did not load');
    expect(cards.map((card) => shadow(card).querySelector('.display-name')!.textContent!.trim())).to.deep.equal(ids.map((id) => team.find((supporter) => supporter.id === id)!.displayName));
    await proxySettled();
    const reads = await supporterReads();
    expect(reads.map((read) => read.headers['x-tenant'] ?? 'none').sort()).to.deep.equal(['none', 'north']);
  });

  it('refresh() on one element asks once and shows the newer answer in every element showing the list', async () => {
    const team = await serverRoster();
    const page = await fixture(html`<peer-support-config endpoint=${PROXY_URL}>
      <peer-roster></peer-roster>
      ${team.slice(0, 3).map((supporter) => html`<peer-supporter-card supporter-id=${supporter.id}></peer-supporter-card>`)}
    </peer-support-config>`);
    const roster = page.querySelector<PeerRoster>('peer-roster')!;
    const firstCard = page.querySelector<PeerSupporterCard>('peer-supporter-card')!;
    await waitUntil(() => shadow(firstCard).querySelector('[part~="name"]') && shadow(roster).querySelector('[part~="card"]'), 'did not load');

    await clearFaults();
    const renamed = team.map((supporter, index) => (index === 0 ? { ...supporter, displayName: 'Renamed Example' } : supporter));
    await injectFault({ match: '/api/supporters', status: 200, body: { items: renamed } });
    await roster.refresh();
    await firstCard.updateComplete;
    expect(shadow(firstCard).querySelector('.display-name')!.textContent).to.equal('Renamed Example');
    expect(cardNamed(shadow(roster), 'Renamed Example')).to.exist;
    expect(await supporterReads()).to.have.length(1);
  });

  it('two copies of the library on one page share one request', async () => {
    // A module URL with a query is a separate module instance: what a second bundle on the page is.
    const specifier = (name: string) => `../../src/core/${name}.ts?second-copy`;
    const copies = [await import(specifier('shared-lists')), await import(specifier('shared-lists').replace('second', 'third'))] as (typeof import('../../src/core/shared-lists.js'))[];
    const registries = [await import(specifier('page-registry')), await import(specifier('page-registry').replace('second', 'third'))] as (typeof import('../../src/core/page-registry.js'))[];
    expect(registries[0]).not.to.equal(registries[1]);
    expect(registries[0].pageRegistry()).to.equal(registries[1].pageRegistry());

    let requests = 0;
    let answer!: (json: unknown) => void;
    const fetchOnce = () => {
      requests++;
      return new Promise<unknown>((resolve) => (answer = resolve));
    };
    const stop = copies.map((copy) => copy.watchSharedList('two-copies', () => undefined));
    const loads = copies.map((copy) => copy.fetchSharedList('two-copies', fetchOnce, new AbortController().signal));
    answer({ items: [] });
    const [first, second] = await Promise.all(loads);
    expect(requests).to.equal(1);
    expect(first.answer).to.equal(second.answer);
    expect([first.first, second.first].filter(Boolean)).to.have.length(1);
    stop.forEach((stopWatching) => stopWatching());
  });
});
