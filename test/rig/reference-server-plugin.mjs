import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import Database from 'better-sqlite3';
import { tsImport } from 'tsx/esm/api';
import { bundleOrigin, startBundleOrigin, stopBundleOrigin } from './bundle-origin.mjs';
import { localPushService } from './push-plugin.mjs';

// A second reference app whose ALLOWED_ORIGINS leaves the test page out: what a portal that was never
// told about this intranet page does. It answers on the main app's host and port under this prefix,
// so the page's CSP lets the request go and only CORS refuses it.
const NOT_ALLOWED_PREFIX = '/not-allowed/';

// Starts the real reference server (the same buildApp that `npm start` uses) on a free port with a
// throw-away database for the browser tests, and answers /__test-env.js with its address.
export function referenceServerPlugin() {
  const state = { app: undefined, url: undefined, dir: undefined, dbFile: undefined, accountsModule: undefined, notAllowedApp: undefined };
  async function startApps(config, port) {
    const { buildApp } = await tsImport('../../server/app.ts', import.meta.url);
    state.config = config;
    state.dir = mkdtempSync(join(tmpdir(), 'peer-support-test-'));
    state.dbFile = join(state.dir, 'test.db');
    state.app = await buildApp({
      dbFile: state.dbFile,
      allowedOrigins: [`http://${config.hostname ?? 'localhost'}:${config.port}`, `http://localhost:${config.port}`],
      // Notices on (test/push/notifications.test.ts), Web Push accepted to the rig's local push service.
      notify: { inboxUrl: `http://localhost:${config.port}/supporter.html` },
      pushOrigins: [(await localPushService()).origin],
    });
    // The sample roster's photos (/photos/…) on the API's origin, as `npm start` serves them.
    await state.app.register(fastifyStatic, { root: fileURLToPath(new URL('../../demo/photos/', import.meta.url)), prefix: '/photos/', decorateReply: false });
    state.notAllowedApp = await buildApp({ dbFile: join(state.dir, 'not-allowed.db'), allowedOrigins: ['https://intranet.example.org'] });
    await state.notAllowedApp.ready();
    const [mainApp] = state.app.server.listeners('request');
    state.app.server.removeAllListeners('request');
    state.app.server.on('request', (req, res) => {
      if (!req.url.startsWith(NOT_ALLOWED_PREFIX)) return mainApp(req, res);
      req.url = req.url.slice(NOT_ALLOWED_PREFIX.length - 1);
      state.notAllowedApp.routing(req, res);
    });
    await state.app.listen({ port, host: '127.0.0.1' });
    state.url = `http://127.0.0.1:${state.app.server.address().port}/api/`;
  }
  async function stopApps() {
    await state.app?.close();
    await state.notAllowedApp?.close();
    if (state.dir) rmSync(state.dir, { recursive: true, force: true });
  }
  return {
    name: 'peer-reference-server',
    state,
    async serverStart({ config }) {
      state.accountsModule = await tsImport('../../server/db/accounts-repository.ts', import.meta.url);
      await startApps(config, 0);
      await startBundleOrigin();
    },
    /** A fresh database on the same address (web-test-runner.config.mjs: one per browser engine). */
    async resetDatabase() {
      const { port } = state.app.server.address();
      await stopApps();
      await startApps(state.config, port);
    },
    async serverStop() {
      await stopApps();
      await stopBundleOrigin();
    },
    async serve(context) {
      // Accounts as `npm run accounts:create` makes them (tests cannot run the CLI from the browser).
      if (context.path === '/__accounts/create') {
        const db = new Database(state.dbFile);
        try {
          const accounts = new state.accountsModule.AccountsRepository(db);
          const role = context.URL.searchParams.get('role');
          const supporterId = context.URL.searchParams.get('supporter') ?? undefined;
          const account = await accounts.create({ role, supporterId, displayName: supporterId ?? 'Coordinator' }, new Date());
          return { type: 'json', headers: { 'Cache-Control': 'no-store' }, body: JSON.stringify({ accountId: account.id, token: await accounts.createSignInLink(account.id, new Date()) }) };
        } finally {
          db.close();
        }
      }
      if (context.path === '/__db/request-fields') {
        const db = new Database(state.dbFile, { readonly: true, fileMustExist: true });
        try {
          const row = db.prepare('SELECT name, channel_value, message, best_times, erased_at, closed_at FROM requests WHERE id = ?').get(context.URL.searchParams.get('id'));
          return { type: 'json', headers: { 'Cache-Control': 'no-store' }, body: JSON.stringify(row ?? null) };
        } finally {
          db.close();
        }
      }
      if (context.path === '/__db/contact-count') {
        const db = new Database(state.dbFile, { readonly: true, fileMustExist: true });
        try {
          const { n } = db.prepare('SELECT COUNT(*) AS n FROM contacts WHERE id = ?').get(context.URL.searchParams.get('id'));
          return { type: 'json', headers: { 'Cache-Control': 'no-store' }, body: JSON.stringify({ count: n }) };
        } finally {
          db.close();
        }
      }
      // Read-only look into the server's database, so tests can prove a request landed exactly once.
      if (context.path === '/__db/request-counts') {
        const ids = (context.URL.searchParams.get('ids') ?? '').split(',').filter(Boolean);
        const db = new Database(state.dbFile, { readonly: true, fileMustExist: true });
        try {
          const count = db.prepare('SELECT COUNT(*) AS n FROM requests WHERE id = ?');
          const counts = Object.fromEntries(ids.map((id) => [id, count.get(id).n]));
          return { type: 'json', headers: { 'Cache-Control': 'no-store' }, body: JSON.stringify(counts) };
        } finally {
          db.close();
        }
      }
      if (context.path === '/__test-env.js') {
        return {
          type: 'js',
          headers: { 'Cache-Control': 'no-store' },
          body: [
            `export const apiUrl = ${JSON.stringify(state.url)};`,
            `export const proxyUrl = '/proxy/api/';`,
            `export const notAllowedApiUrl = ${JSON.stringify(state.url.replace(/\/api\/$/, `${NOT_ALLOWED_PREFIX}api/`))};`,
            `export const faultsUrl = '/__faults';`,
            `export const bundleOrigin = ${JSON.stringify(bundleOrigin())};`,
          ].join('\n'),
        };
      }
    },
  };
}
