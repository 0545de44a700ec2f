// node:test reporter that writes { passed, failed, skipped } for scripts/test.mjs (suites and
// file-level wrappers are not counted as tests; a file that fails to load counts as one failure).
export default async function* nodeCountReporter(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { details } = event.data;
    if (details?.type === 'suite') {
      // A suite fails on its own only when a hook or the file itself failed.
      if (event.type === 'test:fail' && details.error?.failureType !== 'subtestsFailed') counts.failed++;
      continue;
    }
    if (event.data.skip || event.data.todo) counts.skipped++;
    else if (event.type === 'test:pass') counts.passed++;
    else counts.failed++;
  }
  yield JSON.stringify(counts);
}
