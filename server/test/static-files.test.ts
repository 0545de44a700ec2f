// The files an intranet page on another origin loads (the bundle, element modules, chunks, photos):
// open to any origin and cached by what their names promise, while the API keeps its strict CORS.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { testApp } from './helpers.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const INTRANET = 'https://intranet.example.org'; // in testApp's ALLOWED_ORIGINS
const ELSEWHERE = 'https://elsewhere.example.com';
const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

/** dist/ and demo/ as `npm start` serves them, with the names the build gives its files. */
function publicDirs(dir: string): string[] {
  const dist = join(dir, 'dist');
  const demo = join(dir, 'demo');
  const files: Record<string, string> = {
    [`${dist}/peer-support.js`]: 'export const one = 1;\n//# sourceMappingURL=peer-support.js.map\n',
    [`${dist}/peer-support.${version}.js`]: 'export const one = 1;\n//# sourceMappingURL=peer-support.js.map\n',
    [`${dist}/peer-support.all.js`]: 'export const all = 1;\n',
    [`${dist}/peer-support.all.${version}.js`]: 'export const all = 1;\n',
    [`${dist}/peer-support.js.map`]: '{"version":3,"sources":[],"mappings":""}',
    [`${dist}/elements/roster.js`]: 'import "../chunks/roster-DiHEgQ5b.js";\n',
    [`${dist}/chunks/roster-DiHEgQ5b.js`]: 'export {};\n',
    [`${dist}/chunks/resource-directory-DS-r5-4o.js`]: 'export {};\n',
    [`${demo}/photos/ana-rivera.svg`]: '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
    [`${demo}/index.html`]: '<!doctype html><title>demo</title>',
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, content);
  }
  return [dist, demo];
}

async function appWithFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'peer-static-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return (await testApp({ publicDirs: publicDirs(dir) })).app;
}

const SUBRESOURCES = ['/peer-support.js', `/peer-support.${version}.js`, '/peer-support.js.map', '/elements/roster.js', '/chunks/roster-DiHEgQ5b.js', '/photos/ana-rivera.svg'];

test('the bundle, element modules, chunks and photos load on a page of any origin; the API still answers only ALLOWED_ORIGINS, with credentials and no-store', async () => {
  const app = await appWithFiles();
  for (const url of SUBRESOURCES) {
    const response = await app.inject({ url, headers: { origin: ELSEWHERE } });
    assert.equal(response.statusCode, 200, url);
    assert.equal(response.headers['access-control-allow-origin'], '*', `${url}: a module script is fetched with CORS`);
    assert.equal(response.headers['cross-origin-resource-policy'], 'cross-origin', `${url}: pages with COEP can embed it`);
    assert.equal(response.headers['access-control-allow-credentials'], undefined, `${url}: public files need no cookies`);
    assert.equal(response.headers['x-content-type-options'], 'nosniff', url);
  }
  const module = await app.inject({ url: '/peer-support.js' });
  assert.match(String(module.headers['content-type']), /^(text|application)\/javascript/);

  // The demo pages are documents, not subresources: not opened to other origins.
  const page = await app.inject({ url: '/', headers: { origin: ELSEWHERE } });
  assert.equal(page.statusCode, 200);
  assert.equal(page.headers['access-control-allow-origin'], undefined);
  assert.ok(page.headers['content-security-policy']);

  for (const url of ['/api/supporters', '/api/health']) {
    const allowed = await app.inject({ url, headers: { origin: INTRANET } });
    assert.equal(allowed.headers['access-control-allow-origin'], INTRANET, url);
    assert.equal(allowed.headers['access-control-allow-credentials'], 'true', url);
    assert.equal(allowed.headers['cache-control'], 'no-store', url);
    assert.equal(allowed.headers['cross-origin-resource-policy'], undefined, url);
    const refused = await app.inject({ url, headers: { origin: ELSEWHERE } });
    assert.equal(refused.headers['access-control-allow-origin'], undefined, `${url}: an origin not in ALLOWED_ORIGINS gets no CORS headers`);
    assert.equal(refused.headers['cache-control'], 'no-store', url);
  }
  const preflight = await app.inject({
    method: 'OPTIONS',
    url: '/api/requests',
    headers: { origin: ELSEWHERE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
  });
  assert.notEqual(preflight.headers['access-control-allow-origin'], '*');
  assert.notEqual(preflight.headers['access-control-allow-origin'], ELSEWHERE);
});

test('versioned names (the release copy, content-hashed chunks) are cached for a year, immutable; other files are revalidated, misses never cached', async () => {
  const app = await appWithFiles();
  for (const url of [`/peer-support.${version}.js`, `/peer-support.all.${version}.js`, '/chunks/roster-DiHEgQ5b.js', '/chunks/resource-directory-DS-r5-4o.js']) {
    const response = await app.inject({ url });
    assert.equal(response.statusCode, 200, url);
    assert.equal(response.headers['cache-control'], YEAR_IMMUTABLE, url);
  }
  for (const url of ['/peer-support.js', '/peer-support.all.js', '/peer-support.js.map', '/elements/roster.js', '/photos/ana-rivera.svg', '/']) {
    const response = await app.inject({ url });
    assert.equal(response.statusCode, 200, url);
    assert.equal(response.headers['cache-control'], 'no-cache', `${url}: a new release must reach pages at once`);
  }

  // Revalidation is cheap (304) and keeps the cross-origin headers.
  const first = await app.inject({ url: '/peer-support.js' });
  assert.ok(first.headers.etag);
  const again = await app.inject({ url: '/peer-support.js', headers: { 'if-none-match': String(first.headers.etag), origin: ELSEWHERE } });
  assert.equal(again.statusCode, 304);
  assert.equal(again.headers['access-control-allow-origin'], '*');
  assert.equal(again.headers['cache-control'], 'no-cache');

  // A release that is not there yet must not be remembered as missing for a year.
  const missing = await app.inject({ url: '/peer-support.99.0.0.js' });
  assert.equal(missing.statusCode, 404);
  assert.doesNotMatch(String(missing.headers['cache-control'] ?? ''), /immutable|max-age=[1-9]/);
});
