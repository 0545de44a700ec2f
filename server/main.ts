// Starts the reference backend: `npm start` (the demo, after a build, with sample data) or
// `npm run serve` (production: `--production`, no sample data, the build only, settings checked strictly).
// Every setting is read and checked in server/settings.ts; a wrong one stops the start with a sentence
// saying which and why (exit code 2). SIGTERM and SIGINT stop it gracefully: no new connections,
// requests in flight finish, then the store closes (exit code 0).
import { buildApp } from './app.js';
import { readSettings } from './settings.js';

const production = process.argv.includes('--production');
const { settings, errors } = readSettings(process.env, production);
if (!settings) {
  console.error(`The server did not start: ${errors.length === 1 ? 'one setting needs' : 'some settings need'} fixing.`);
  for (const error of errors) console.error(`  - ${error}`);
  process.exit(2);
}
// The database module reads SAMPLE_DATA itself; production never seeds (readSettings refused SAMPLE_DATA=1).
if (production) process.env.SAMPLE_DATA = '0';

const app = await buildApp({
  dbFile: settings.dbFile,
  // DATABASE_URL=postgres://…: PostgreSQL instead of the SQLite file (server/db/database.ts).
  databaseUrl: settings.databaseUrl,
  poolSize: settings.poolSize,
  allowedOrigins: settings.allowedOrigins,
  publicDirs: settings.publicDirs,
  coordinatorReads: settings.coordinatorReads,
  confidentialityNotes: settings.confidentialityNotes,
  respondHours: settings.respondHours,
  maxAttempts: settings.maxAttempts,
  // One JSON line per request (method, route pattern, status, duration), start and stop, and server
  // errors' type and code; never addresses, headers, bodies or error messages (server/logging.ts).
  logger: settings.logger,
  eraseAfterMinutes: settings.eraseAfterMinutes,
  secureCookies: settings.secureCookies,
  contactWeeksBack: settings.contactWeeksBack,
  statsReaders: settings.statsReaders,
  trustProxy: settings.trustProxy,
  limits: settings.limits,
  limitKeySecret: settings.limitKeySecret,
  connections: settings.connections,
  maxDatabaseBytes: settings.maxDatabaseBytes,
  // Telling supporters of requests (NOTIFY_*): Web Push, e-mail, a signed webhook; never the content.
  // The demo tells supporters without any setting: its own supporter page is the inbox link.
  notify: production || settings.notify.inboxUrl ? settings.notify : { ...settings.notify, inboxUrl: `http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${settings.port}/supporter.html` },
});
// Logged as the stop begins: from here a request arriving on an open connection gets 503, the
// listening socket closes next, and the requests in flight still finish.
app.addHook('preClose', async () => app.log.info('server stopping'));
await app.listen({ port: settings.port, host: settings.host });

const address = app.server.address();
const port = address && typeof address === 'object' ? address.port : settings.port;
const origin = `http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${port}`;
if (production) {
  console.error(`peer-support-widgets reference backend: ${origin}/ (database ${settings.dbFile})`);
} else {
  console.error(`peer-support-widgets demo and reference backend: ${origin}/ (database ${settings.dbFile})`);
  console.error(`  Demo index:            ${origin}/`);
  console.error(`  Sign in as a supporter: npm run accounts:create -- --role supporter --supporter ana-rivera   (prints a one-time link)`);
  console.error(`  Sign in as coordinator: npm run accounts:create -- --role coordinator`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // A connection that never finishes its request cannot hold the stop for longer than a request may take.
    setTimeout(() => app.server.closeAllConnections(), settings.connections.requestTimeoutMs).unref();
    app.close().then(
      () => {
        app.log.info('server stopped');
        process.exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'server error');
        process.exit(1);
      },
    );
  });
}
