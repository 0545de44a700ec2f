// Rules for the browser tests themselves, so that `npm test` cannot fail because the machine is busy:
// every wait goes through test/support/wait.ts (open-wc's own `waitUntil` gives up after 1 s), and no
// test lowers mocha's time limit below the rig's (a limit there only guards against a hang).
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

function testSources(dir = 'test'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node' || entry.name === 'rig' ? [] : testSources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

test('browser tests wait through test/support/wait.ts, never with open-wc’s 1-second waitUntil', () => {
  const offenders = testSources().filter((file) => file !== join('test', 'support', 'wait.ts') && /import\s*\{[^}]*\bwaitUntil\b[^}]*\}\s*from\s*'@open-wc\/testing'/.test(readFileSync(file, 'utf8')));
  assert.deepEqual(offenders, [], `import waitUntil from test/support/wait.js instead in: ${offenders.join(', ')}`);
});

test('no browser test sets a time limit shorter than the rig’s', () => {
  const config = readFileSync('web-test-runner.config.mjs', 'utf8');
  const rigLimit = Number(/timeout: ([\d_]+) \}/.exec(config)![1]!.replace(/_/g, ''));
  const offenders = testSources().flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/this\.timeout\(([\d_]+)\)/g)].filter((match) => Number(match[1]!.replace(/_/g, '')) < rigLimit).map((match) => `${file}: ${match[0]}`),
  );
  assert.deepEqual(offenders, [], `remove these (or raise them above ${rigLimit} ms): ${offenders.join(', ')}`);
});
