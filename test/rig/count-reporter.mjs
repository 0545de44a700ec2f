import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

// Counts browser test results for the closing `N passed, N failed` line (printed by scripts/test.mjs
// across all suites): every test in every engine counts, and the file also holds the counts per
// engine and each file's test time per engine. A test file that failed to load, or never reported
// (an engine that could not start, a page that hung), counts as one failure.
export function countReporter({ outputFile, engineTimes = {} }) {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const engines = {};
      for (const session of sessions) {
        const engine = (engines[session.browser.name] ??= { passed: 0, failed: 0, skipped: 0, files: 0, testMs: 0, slowestFiles: {}, slowestTests: {} });
        const counts = { passed: 0, failed: 0, skipped: 0 };
        let testMs = 0;
        const walk = (suite) => {
          for (const test of suite.tests ?? []) {
            if (test.skipped) counts.skipped++;
            else if (test.passed) counts.passed++;
            else counts.failed++;
            testMs += test.duration ?? 0;
            engine.slowestTests[`${relative(process.cwd(), session.testFile)} > ${test.name}`] = Math.round(test.duration ?? 0);
          }
          for (const child of suite.suites ?? []) walk(child);
        };
        if (session.testResults) walk(session.testResults);
        if (!session.passed && counts.failed === 0) counts.failed++;
        for (const key of ['passed', 'failed', 'skipped']) {
          totals[key] += counts[key];
          engine[key] += counts[key];
        }
        engine.files++;
        engine.testMs += testMs;
        engine.slowestFiles[relative(process.cwd(), session.testFile)] = Math.round(testMs);
      }
      for (const [name, engine] of Object.entries(engines)) {
        const time = engineTimes[name];
        if (time?.start) engine.seconds = Math.round(((time.end ?? Date.now()) - time.start) / 1000);
        engine.testMs = Math.round(engine.testMs);
        const slowest = (times) => Object.fromEntries(Object.entries(times).sort(([, a], [, b]) => b - a).slice(0, 5));
        engine.slowestFiles = slowest(engine.slowestFiles);
        engine.slowestTests = slowest(engine.slowestTests);
      }
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, JSON.stringify({ ...totals, engines }, null, 2));
      const summary = Object.entries(engines).map(([name, e]) => `${name} ${e.passed} passed, ${e.failed} failed (${e.files} files${e.seconds ? `, ${e.seconds} s` : ''})`);
      if (summary.length > 1) console.log(`\nBrowser tests per engine: ${summary.join('; ')}`);
    },
  };
}
