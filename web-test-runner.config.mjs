import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { countReporter } from './test/rig/count-reporter.mjs';
import { createFaultProxy } from './test/rig/fault-proxy.mjs';
import { referenceServerPlugin } from './test/rig/reference-server-plugin.mjs';
import { strictCsp } from './test/rig/strict-csp.mjs';

const referenceServer = referenceServerPlugin();
const apiOrigin = () => new URL(referenceServer.state.url).origin;

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  concurrency: 1, // one page at a time: benchmarks and lazy images behave as in a real, visible tab
  browserStartTimeout: 60_000,
  testsFinishTimeout: Number(process.env.WTR_FINISH_TIMEOUT ?? 180_000),
  testFramework: { config: { timeout: 10_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), referenceServer],
  middleware: [strictCsp(apiOrigin), createFaultProxy(() => referenceServer.state.url.replace(/api\/$/, ''))],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>peer-support-widgets test</title>
    <script src="/test/support/csp-recorder.js"></script>
  </head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter({ outputFile: '.test-results/browser.json' })],
};
