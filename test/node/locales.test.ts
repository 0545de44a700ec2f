// Every message an element can render has a translation in every shipped locale: the messages are
// extracted from the sources now (lit-localize, into a copy of xliff/), so a new or changed English
// string without its translation fails here, named, instead of showing up in English on a Spanish page.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8')) as { targetLocales: string[]; interchange: { xliffDir: string } };
const scratch = mkdtempSync(join(tmpdir(), 'peer-locales-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('every locale the library ships translates every message the elements render', () => {
  assert.ok(config.targetLocales.includes('es'), 'Spanish ships');
  cpSync(config.interchange.xliffDir, join(scratch, 'xliff'), { recursive: true });
  const scratchConfig = join(scratch, 'lit-localize.json');
  writeFileSync(scratchConfig, JSON.stringify({ ...config, tsConfig: join(process.cwd(), 'tsconfig.build.json'), interchange: { ...config.interchange, xliffDir: join(scratch, 'xliff') } }));
  execFileSync('npx', ['lit-localize', 'extract', '--config', scratchConfig], { stdio: 'pipe' });
  for (const locale of config.targetLocales) {
    const xliff = readFileSync(join(scratch, 'xliff', `${locale}.xlf`), 'utf8');
    const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)];
    assert.ok(units.length > 400, `${units.length} messages`);
    const missing = units.filter(([, , body]) => !/<target>[\s\S]*?\S[\s\S]*?<\/target>/.test(body)).map(([, id, body]) => `${id}: ${/<source>([\s\S]*?)<\/source>/.exec(body)?.[1]}`);
    assert.deepEqual(missing, [], `${locale}: ${missing.length} message(s) without a translation in ${config.interchange.xliffDir}${locale}.xlf (run \`npm run localize:extract\`, translate, then \`npm run localize:build\`)`);
  }
});
