// npm run screenshots: README's pictures, taken from the demo so they never go stale.
//
// Starts the reference server the way `npm start` does (server/main.ts, serving dist/ and demo/) on a
// port of its own with a throw-away database (DB_FILE in a temporary folder, fictional sample data),
// signs a supporter in with a one-time link made by the accounts code (`npm run accounts:create`),
// and captures the demo index, the intranet page and the supporter's dashboard at 1,280 px and 390 px
// wide with headless Chromium (puppeteer-core). Writes docs/screenshots/*.png, and the dashboard's
// top as demo/screenshots/supporter-dashboard.png for the demo index. Not part of `npm test`.
//
// Needs a build (dist/): the npm script runs `npm run build` first. Chromium: CHROMIUM_PATH, else
// /usr/bin/chromium, /usr/bin/chromium-browser or /usr/bin/google-chrome.
import { spawn, execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { freePort } from '../test/rig/free-port.mjs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'screenshots');
const demoOut = join(root, 'demo', 'screenshots');
// Pages longer than `longest` CSS px are pictured from the top down to it: README shows the first
// screens, and the files stay small enough to keep in the repository.
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 900, scale: 1, longest: 2800 },
  { name: 'phone', width: 390, height: 844, scale: 2, longest: 844 * 3 },
];

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`No Chromium found (tried ${candidates.join(', ')}); set CHROMIUM_PATH.`);
  return found;
}

/** server/main.ts as `npm start` runs it, on `port`, with its own database. */
async function startServer(port, env) {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => server.once('exit', resolve));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error(`The reference server stopped:\n${output}`);
    try {
      if ((await fetch(`${origin}/api/supporters`)).ok) return { origin, stop: async () => (server.kill('SIGTERM'), await exited) };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  server.kill('SIGTERM');
  throw new Error(`The reference server did not answer within 30 s:\n${output}`);
}

/** A one-time sign-in link, made by the accounts code exactly as a coordinator makes one. */
async function signInLink(env, origin, supporter) {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/cli/accounts-create.ts', '--role', 'supporter', '--supporter', supporter, '--base', origin], { cwd: root, env });
  const link = /https?:\/\/\S+#sign-in=\S+/.exec(stdout)?.[0];
  if (!link) throw new Error(`accounts:create printed no link:\n${stdout}`);
  return link;
}

/** A few fictional requests, so the supporter's inbox shows what a real one does. */
async function seedRequests(origin) {
  const requests = [
    { name: 'Sam Okoro', channel: { kind: 'phone', value: '555-010-0188' }, urgency: 'today', supporterId: 'ana-rivera', message: 'Rough call last night. Would like to talk when you can.' },
    { name: 'Dana Whitfield', channel: { kind: 'text', value: '555-010-0143' }, urgency: 'few-days' },
    { name: 'Lee Marsh', channel: { kind: 'email', value: 'lee.marsh@example.org' }, urgency: 'no-rush', supporterId: 'ana-rivera' },
  ];
  for (const request of requests) {
    const id = crypto.randomUUID();
    const response = await fetch(`${origin}/api/requests`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id },
      body: JSON.stringify({ id, acknowledgedConfidentiality: true, ...request }),
    });
    if (!response.ok) throw new Error(`Could not add a sample request: ${response.status} ${await response.text()}`);
  }
}

/** Resolves once every widget on the page has rendered something and nothing is loading. */
async function settled(page) {
  const ready = page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('*')].filter((element) => element.localName.startsWith('peer-') && element.localName !== 'peer-support-config');
      const ready = widgets.every((widget) => widget.shadowRoot && widget.shadowRoot.childElementCount > 0 && !/Loading…|Checking who is signed in/.test(widget.shadowRoot.textContent));
      const images = [...document.images].every((image) => image.complete);
      return ready && images;
    },
    { timeout: 20_000, polling: 100 },
  );
  // A page still loading after 20 s is pictured as it is, and said so.
  await ready.catch(() => console.warn(`  (still loading after 20 s: ${page.url()})`));
  await page.evaluate(() => document.fonts.ready);
  // Let lazy images in the visible area and the last frame paint.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function capture(page, url, file, { width, longest }) {
  await page.goto(url, { waitUntil: 'networkidle0' });
  await settled(page);
  const height = Math.min(longest, await page.evaluate(() => document.documentElement.scrollHeight));
  await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height }, captureBeyondViewport: true });
  console.log(`  ${file.slice(root.length + 1)} (${width} × ${height})`);
}

const dir = mkdtempSync(join(tmpdir(), 'peer-support-screenshots-'));
const port = await freePort();
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  DB_FILE: join(dir, 'screenshots.db'),
  SAMPLE_DATA: '1',
  // The dashboard shows the program's numbers to the supporter too, so the picture has the chart.
  STATS_READERS: 'signed-in',
  SECURE_COOKIES: '0',
  LOG: '0',
};
if (!existsSync(join(root, 'dist', 'peer-support.js'))) {
  console.error('dist/peer-support.js is missing: run `npm run build` first (`npm run screenshots` does).');
  process.exit(1);
}
mkdirSync(out, { recursive: true });
mkdirSync(demoOut, { recursive: true });
const server = await startServer(port, env);
const browser = await puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--font-render-hinting=none'] });
try {
  await seedRequests(server.origin);
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`  page error: ${error.message}`));
  console.log(`Screenshots from ${server.origin} (database ${env.DB_FILE}):`);
  // Signed in once, with the one-time link; the session cookie keeps the supporter signed in after that.
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(await signInLink(env, server.origin, 'ana-rivera'), { waitUntil: 'networkidle0' });
  await settled(page);
  await page.screenshot({ path: join(demoOut, 'supporter-dashboard.png') });
  console.log('  demo/screenshots/supporter-dashboard.png');
  for (const size of WIDTHS) {
    await page.setViewport({ width: size.width, height: size.height, deviceScaleFactor: size.scale });
    await capture(page, `${server.origin}/`, join(out, `demo-index-${size.name}.png`), size);
    await capture(page, `${server.origin}/intranet.html`, join(out, `intranet-${size.name}.png`), size);
    await capture(page, `${server.origin}/supporter.html`, join(out, `supporter-${size.name}.png`), size);
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
