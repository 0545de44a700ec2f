// Size budgets from budgets.json, measured on the built files (gzip level 9, as served) by the same
// code as `npm run size` (scripts/size.mjs): what a page downloads, loader, element modules and
// chunks together. Run after `npm run build`.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
// @ts-expect-error a plain ES module script, without types
import { kib, measure, readBudgets, report } from '../../scripts/size.mjs';
import { ELEMENT_MODULES } from '../../src/loader/elements.js';

interface Budget {
  load: string[];
  budget: number;
  target?: number;
}
const { pages } = readBudgets() as { pages: Record<string, Budget> };

for (const [name, budget] of Object.entries(pages)) {
  test(`${name} stays within ${kib(budget.budget)} gzipped${budget.target && budget.target < budget.budget ? ` (target ${kib(budget.target)})` : ''}`, () => {
    const measured = measure(budget) as { bytes: number; files: string[] };
    const { over, text } = report(name, budget, measured) as { over: boolean; text: string };
    console.log(`[budget] ${text}`);
    assert.ok(!over, `over budget:\n${text}`);
  });
}

test('the one-tag files have no bare imports (a CMS page can load them as they are)', () => {
  for (const file of ['dist/peer-support.js', 'dist/peer-support.all.js']) {
    const bundle = readFileSync(file, 'utf8');
    assert.doesNotMatch(bundle, /\bfrom\s*["'](?![./])/, file);
    assert.doesNotMatch(bundle, /\bimport\s*["'](?![./])/, file);
  }
});

test('the all-in-one file is one request in English: its only imports are translations, fetched when a page asks for that language', () => {
  const bundle = readFileSync('dist/peer-support.all.js', 'utf8');
  assert.doesNotMatch(bundle, /\b(?:from|import)\s*["']/, 'no static import');
  const dynamic = [...bundle.matchAll(/\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]);
  assert.ok(dynamic.length >= 1, 'the Spanish words are a chunk of their own');
  for (const specifier of dynamic) {
    assert.match(specifier, /^\.\/chunks\/[a-z]{2}(?:-[A-Z]{2})?-[\w-]+\.js$/, specifier);
    assert.doesNotMatch(readFileSync(`dist/${specifier.slice(2)}`, 'utf8'), /\b(?:from|import)\s*\(?\s*["'`]/, `${specifier} imports nothing more`);
  }
});

test('nothing shipped carries Lit’s dev mode', () => {
  const shipped = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js') && !name.startsWith('types'));
  assert.ok(shipped.length > 10);
  for (const name of shipped) assert.doesNotMatch(readFileSync(`dist/${name}`, 'utf8'), /Lit is in dev mode|reactive-element\/development|lit-html\/development/, `dist/${name}`);
});

test('the loader knows every tag a src/<element>/define.ts registers, and the module that registers it', () => {
  const registered: Record<string, string> = {};
  for (const folder of readdirSync('src', { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    let source: string;
    try {
      source = readFileSync(`src/${folder.name}/define.ts`, 'utf8');
    } catch {
      continue;
    }
    for (const [, tag] of source.matchAll(/defineElement\(\s*["']([a-z][a-z0-9-]*)["']/g)) registered[tag] = folder.name;
  }
  assert.ok(Object.keys(registered).length >= 11);
  assert.deepEqual({ ...ELEMENT_MODULES }, registered);
});

test('no element or core module writes markup from strings', () => {
  const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
  assert.ok(sources.length > 10);
  for (const name of sources) {
    const code = readFileSync(`src/${name}`, 'utf8');
    for (const sink of [/\.innerHTML\s*=/, /insertAdjacentHTML/, /document\.write/, /new Function\(/, /\beval\(/, /unsafeHTML/, /unsafeSVG/]) {
      assert.doesNotMatch(code, sink, `src/${name}`);
    }
  }
});

test('shipped files carry the contract’s shapes but none of its OpenAPI descriptions', () => {
  const shipped = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.js') && !name.startsWith('types'));
  const all = shipped.map((name) => readFileSync(`dist/${name}`, 'utf8')).join('\n');
  assert.match(all, /\$id:\s*`?["'`]?Supporter/, 'the schemas themselves ship (the widgets read server data through them)');
  // One description from each contract module: a module the strip misses shows up here.
  for (const words of ['Lived-experience tags', 'The day someone last checked', 'made on the device and equals the Idempotency-Key', 'How many people were supported', 'Why it came back to the team', 'Send as X-CSRF-Token', 'RFC 9457 problem details'])
    assert.ok(!all.includes(words), `"${words}" is shipped`);
});

test('a page with only <peer-roster> carries the supporter schemas and no other resource’s', () => {
  const { files } = measure(pages['page with <peer-roster> only']) as { files: string[] };
  const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  assert.match(code, /Supporter/);
  for (const schema of ['InboxItem', 'SupportRequest', 'ContactLog', 'Stats', 'Resource', 'Session']) assert.doesNotMatch(code, new RegExp(`\\$id:\\s*["'\`]${schema}["'\`]`), schema);
});

test('the push service worker is one self-contained classic script (a service worker cannot import from another origin)', () => {
  const worker = readFileSync('dist/peer-support-sw.js', 'utf8');
  assert.doesNotMatch(worker, /\b(?:import|export)\b\s*[{*"'(]/);
  assert.match(worker, /showNotification/);
  assert.ok(worker.length < 4096, `${worker.length} bytes`);
});
