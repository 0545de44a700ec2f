import { defaultReporter, summaryReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { benchPlugin } from './test/rig/bench-plugin.mjs';
import { countReporter } from './test/rig/count-reporter.mjs';
import { ENGINES, chromium, firefox, webkit } from './test/rig/engines.mjs';
import { createFaultProxy } from './test/rig/fault-proxy.mjs';
import { referenceServerPlugin } from './test/rig/reference-server-plugin.mjs';
import { strictCsp } from './test/rig/strict-csp.mjs';
import { pushPlugin } from './test/rig/push-plugin.mjs';
import { viewportPlugin } from './test/rig/viewport-plugin.mjs';
import { mediaFeaturesPlugin } from './test/rig/media-features-plugin.mjs';
import { reactEsmPlugin } from './test/frameworks/react-esm-plugin.mjs';

const referenceServer = referenceServerPlugin();
const apiOrigin = () => new URL(referenceServer.state.url).origin;

// Every test file runs in Chromium, Firefox and WebKit; the benchmarks run only with
// `npm run bench`, in Chromium. One wtr group per engine, run one after the other:
//   npx wtr                                   all three engines
//   npx wtr --group firefox                   one engine (chromium, firefox or webkit)
//   WTR_ENGINES=firefox,webkit npx wtr        several
//   npx wtr --files test/roster/roster.test.ts          these files in Chromium
//   npx wtr --group webkit --files test/roster/roster.test.ts   these files in WebKit
// (WTR_ENGINES also applies to files named on the command line.)
// The benchmarks measure time, so they never run in `npm test` (a busy machine must not fail it):
// WTR_BENCH=1 runs them alone, in Chromium or in each engine of WTR_ENGINES (`npm run bench`: all three).
const BENCHMARKS = 'test/**/*.bench.test.ts';
const BENCH = process.env.WTR_BENCH === '1';
const ALL_FILES = ['test/**/*.test.ts', '!test/node/**', `!${BENCHMARKS}`];
const ENGINE_FILES = {
  chromium: BENCH ? [BENCHMARKS] : ALL_FILES,
  firefox: BENCH ? [BENCHMARKS] : ALL_FILES,
  webkit: BENCH ? [BENCHMARKS] : ALL_FILES,
};

// Each engine starts on a fresh reference-server database, as a Chromium-only run did: what one engine
// leaves behind (the outbox stress test alone stores 200 requests) would otherwise slow down and
// change the next engine's tests (a coordinator's inbox of 600 open requests). Each engine's wall
// time, from its first file to its browser's stop, goes to the results file.
let enginesStarted = 0;
const engineTimes = {};
function perEngine(launcher) {
  const startSession = launcher.startSession.bind(launcher);
  const stop = launcher.stop.bind(launcher);
  let ready;
  launcher.startSession = async (sessionId, url) => {
    ready ??= (async () => {
      if (enginesStarted++ > 0) await referenceServer.resetDatabase();
      engineTimes[launcher.name] = { start: Date.now() };
    })();
    await ready;
    return startSession(sessionId, url);
  };
  launcher.stop = async () => {
    try {
      await stop();
    } finally {
      if (engineTimes[launcher.name]) engineTimes[launcher.name].end ??= Date.now();
    }
  };
  return launcher;
}
const LAUNCHERS = Object.fromEntries(Object.entries({ chromium, firefox, webkit }).map(([name, launch]) => [name, () => perEngine(launch())]));

const cli = commandLine(process.argv.slice(2));
const engines = (process.env.WTR_ENGINES ?? (BENCH || (cli.files && !cli.group) ? 'chromium' : ENGINES.join(',')))
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
for (const name of engines) if (!LAUNCHERS[name]) throw new Error(`WTR_ENGINES: unknown engine "${name}" (known: ${ENGINES.join(', ')})`);

/** What matters here of wtr's own command line: files named on it, and --group. */
function commandLine(args) {
  let files = false;
  let group;
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--group') group = args[++index];
    else if (arg.startsWith('--group=')) group = arg.slice('--group='.length);
    else if (arg === '--files' || arg.startsWith('--files=')) files = true;
    else if (!arg.startsWith('-') && /\.test\.[jt]s$|\*/.test(arg)) files = true;
  }
  return { files, group };
}

export default {
  port: Number(process.env.WTR_PORT) || undefined,
  // Files named on the command line replace each group's own list (wtr then uses the top-level files).
  ...(cli.files && !cli.group
    ? { browsers: engines.map((name) => LAUNCHERS[name]()) }
    : { groups: engines.map((name) => ({ name, files: cli.files ? undefined : ENGINE_FILES[name], browsers: [LAUNCHERS[name]()] })) }),
  nodeResolve: true,
  // One page per engine at a time (benchmarks and lazy images behave as in a real, visible tab), and
  // one engine at a time: this is a 2-core machine, and the Chromium benchmarks run first, alone.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 120_000, // Firefox takes 5–14 s to start here, WebKit's driver and Xvfb a few more
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 900_000),
  // A test's time limit only guards against a hang: a busy machine must never fail a test (see test/support/wait.ts).
  testFramework: { config: { timeout: 90_000 } },
  // React ships CommonJS only: the framework tests get it as one ES module (see the plugin).
  plugins: [reactEsmPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), referenceServer, viewportPlugin(), mediaFeaturesPlugin(), pushPlugin(), ...(BENCH ? [benchPlugin(referenceServer, { outputFile: process.env.WTR_BENCH_OUT || '.test-results/bench-browser.jsonl' })] : [])],
  middleware: [strictCsp(apiOrigin), createFaultProxy(() => referenceServer.state.url.replace(/api\/$/, ''))],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>peer-support-widgets test</title>
    <script src="/test/support/csp-recorder.js"></script>
    <script src="/test/support/benign-errors.js"></script>
  </head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter({ outputFile: process.env.WTR_RESULTS || '.test-results/browser.json', engineTimes })],
};
