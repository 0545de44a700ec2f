// Size budgets from budgets.json, measured on the built files (gzip level 9, as served).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8'));
/** A module and every chunk it statically imports: what a page downloads to use it. */
function moduleGraph(file, seen = new Set()) {
    if (seen.has(file))
        return seen;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        moduleGraph(join(dirname(file), specifier), seen);
    }
    return seen;
}
for (const [file, budget] of Object.entries(budgets.gzip)) {
    test(`${file} (with the chunks it imports) stays within ${budget} bytes gzipped`, () => {
        const size = [...moduleGraph(file)].reduce((total, part) => total + gzipSync(readFileSync(part), { level: 9 }).length, 0);
        console.log(`[budget] ${file}: ${size} bytes gzipped (budget ${budget}, ${((size / budget) * 100).toFixed(0)}%)`);
        assert.ok(size <= budget, `${file} is ${size} bytes gzipped, over its budget of ${budget}`);
    });
}
test('the self-contained bundle has no bare imports (a CMS page can load it as is)', () => {
    const bundle = readFileSync('dist/peer-support.js', 'utf8');
    assert.doesNotMatch(bundle, /\bfrom\s*["'](?![./])/);
    assert.doesNotMatch(bundle, /\bimport\s*["'](?![./])/);
});
test('no element or core module writes markup from strings', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    assert.ok(sources.length > 10);
    for (const name of sources) {
        const code = readFileSync(`src/${name}`, 'utf8');
        for (const sink of [/\.innerHTML\s*=/, /insertAdjacentHTML/, /document\.write/, /new Function\(/, /\beval\(/, /unsafeHTML/, /unsafeSVG/]) {
            assert.doesNotMatch(code, sink, `src/${name} uses ${sink}`);
        }
    }
});
