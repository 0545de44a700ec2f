// `npm run size`: what each kind of page downloads, gzipped (level 9, as served), against
// budgets.json. A page's figure is the sum over every file it fetches: the file it loads with a
// script tag, the element modules the loader imports for the tags on it, and every chunk those import
// (each gzipped on its own, as each is its own request). Over budget, it names the largest
// contributors, read from the source maps (minified bytes each source produced). Also used by
// test/node/budgets.test.ts. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const KIB = 1024;
export const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

export function readBudgets(file = 'budgets.json') {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** A file and every file it statically imports (relative specifiers: the built files have no others). */
export function moduleGraph(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) moduleGraph(join(dirname(file), specifier), seen);
  return seen;
}

const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Every file a page with `load` fetches. */
export function pageFiles(load) {
  const files = new Set();
  for (const file of load) moduleGraph(file, files);
  return [...files].sort();
}

export function measure(budget) {
  const files = pageFiles(budget.load);
  return { files, bytes: files.reduce((total, file) => total + gzipped(file), 0) };
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Minified bytes each source produced in `file`, from its source map (`mappings` + `sources`). */
function bytesBySource(file) {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return new Map([[file, readFileSync(file).length]]);
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lines = readFileSync(file, 'utf8').split('\n');
  const totals = new Map();
  const add = (source, bytes) => totals.set(source, (totals.get(source) ?? 0) + bytes);
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      segments.push([column, values.length > 1 ? source : -1]);
    }
    const text = lines[lineIndex] ?? '';
    segments.forEach(([start, index], i) => {
      const end = i + 1 < segments.length ? segments[i + 1][0] : text.length;
      const name = index >= 0 ? relative('.', join(dirname(mapFile), map.sourceRoot ?? '', map.sources[index])) : '(unmapped)';
      add(name, Math.max(0, end - start));
    });
  });
  return totals;
}

/** The sources that put the most minified bytes into `files`. */
export function largestSources(files, count = 10) {
  const totals = new Map();
  for (const file of files) for (const [source, bytes] of bytesBySource(file)) totals.set(source, (totals.get(source) ?? 0) + bytes);
  return [...totals].sort((a, b) => b[1] - a[1]).slice(0, count);
}

/** One line per budget: "x KiB (budget b KiB, target t KiB)". */
export function report(name, budget, { bytes, files }) {
  const target = budget.target ?? budget.budget;
  const over = bytes > budget.budget;
  const lines = [
    `${over ? '✖' : bytes > target ? '~' : '✔'} ${name}: ${kib(bytes)} gzipped in ${files.length} file${files.length === 1 ? '' : 's'} ` +
      `(${bytes > target ? `target ${kib(target)}, ` : ''}budget ${kib(budget.budget)}${bytes <= target && target !== budget.budget ? `, target ${kib(target)}` : ''})`,
  ];
  if (over || process.env.SIZE_VERBOSE) {
    lines.push('  largest contributors (minified bytes, before gzip):');
    for (const [source, sourceBytes] of largestSources(files)) lines.push(`    ${String(sourceBytes).padStart(7)}  ${source}`);
  }
  return { over, text: lines.join('\n') };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { pages } = readBudgets();
  let failed = false;
  for (const [name, budget] of Object.entries(pages)) {
    const missing = budget.load.find((file) => !existsSync(file));
    if (missing) {
      console.error(`✖ ${name}: ${missing} is missing; run \`npm run build\` first`);
      failed = true;
      continue;
    }
    const { over, text } = report(name, budget, measure(budget));
    console.log(text);
    failed ||= over;
  }
  process.exit(failed ? 1 : 0);
}
