import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

// Counts browser test results for the closing `N passed, N failed` line (printed by scripts/test.mjs
// across all suites). A test file that failed to load counts as one failure.
export function countReporter({ outputFile }) {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests ?? []) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        for (const child of suite.suites ?? []) walk(child);
      };
      for (const session of sessions) {
        const before = failed;
        if (session.testResults) walk(session.testResults);
        if (!session.passed && failed === before) failed++;
      }
      mkdirSync(dirname(outputFile), { recursive: true });
      writeFileSync(outputFile, JSON.stringify({ passed, failed, skipped }));
    },
  };
}
