import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

// Starts the real reference server (the same buildApp that `npm start` uses) on a free port with a
// throw-away database for the browser tests, and answers /__test-env.js with its address.
export function referenceServerPlugin() {
  const state = { app: undefined, url: undefined, dir: undefined };
  return {
    name: 'peer-reference-server',
    state,
    async serverStart({ config }) {
      const { buildApp } = await tsImport('../../server/app.ts', import.meta.url);
      state.dir = mkdtempSync(join(tmpdir(), 'peer-support-test-'));
      state.app = await buildApp({
        dbFile: join(state.dir, 'test.db'),
        allowedOrigins: [`http://${config.hostname ?? 'localhost'}:${config.port}`, `http://localhost:${config.port}`],
      });
      await state.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = state.app.server.address();
      state.url = `http://127.0.0.1:${port}/api/`;
    },
    async serverStop() {
      await state.app?.close();
      if (state.dir) rmSync(state.dir, { recursive: true, force: true });
    },
    serve(context) {
      if (context.path === '/__test-env.js') {
        return {
          type: 'js',
          headers: { 'Cache-Control': 'no-store' },
          body: [
            `export const apiUrl = ${JSON.stringify(state.url)};`,
            `export const proxyUrl = '/proxy/api/';`,
            `export const faultsUrl = '/__faults';`,
          ].join('\n'),
        };
      }
    },
  };
}
