// `npm test`: type-check, build, then every suite (server tests under node:test, widget tests in
// Chromium, Firefox ESR and WebKitGTK), ending with one line `N passed, N failed` that holds the
// totals of all suites, every engine's tests counted. TEST_RESULTS_DIR moves the results files (so
// two runs on one machine do not share them); WTR_PORT and WTR_ENGINES reach web-test-runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';

const RESULTS = process.env.TEST_RESULTS_DIR || '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.error) console.error(result.error);
  return result.status === 0;
}

const steps = [];
steps.push(['type-check', run('type-check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json'])]);
steps.push(['build', run('build', 'npm', ['run', 'build', '--silent'])]);

steps.push(["README API tables", run("README API tables match the JSDoc", process.execPath, ["scripts/readme-api.mjs", "--check"])]);

const nodeTestDirs = ['server/test', 'test/node'];
const serverTests = nodeTestDirs.flatMap((dir) => readdirSync(dir).filter((name) => name.endsWith('.test.ts')).map((name) => `${dir}/${name}`));
steps.push([
  'server tests',
  run('server tests (node:test)', process.execPath, [
    '--import', 'tsx', '--test',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./test/rig/node-count-reporter.mjs', `--test-reporter-destination=${RESULTS}/server.json`,
    ...serverTests,
  ]),
]);
steps.push([
  'browser tests',
  run('browser tests (web-test-runner: Chromium, then Firefox ESR, then WebKitGTK)', 'npx', ['wtr'], { WTR_RESULTS: `${RESULTS}/browser.json` }),
]);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const suite of ['server', 'browser']) {
  const file = `${RESULTS}/${suite}.json`;
  if (!existsSync(file)) {
    console.error(`✖ ${suite} tests produced no results`);
    failed++;
    continue;
  }
  const counts = JSON.parse(readFileSync(file, 'utf8'));
  for (const [engine, e] of Object.entries(counts.engines ?? {})) console.log(`  ${engine}: ${e.passed} passed, ${e.failed} failed${e.skipped ? `, ${e.skipped} skipped` : ''} in ${e.files} files`);
  passed += counts.passed;
  failed += counts.failed;
  skipped += counts.skipped ?? 0;
}
for (const [name, ok] of steps.slice(0, 3)) if (!ok) {
  console.error(`✖ ${name} failed`);
  failed++;
}
const anyStepFailed = steps.some(([, ok]) => !ok);
if (anyStepFailed && failed === 0) failed = 1; // a runner that crashed after counting still fails the run
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
