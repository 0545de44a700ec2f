// Starts the reference backend with the demo: `npm start` (after a build) or `npm run serve`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COORDINATOR_READS } from '../src/core/contract.js';
import type { CoordinatorReads } from '../src/core/contract.js';
import { buildApp } from './app.js';
import { databaseFile, repositoryRoot as root } from './settings.js';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const dbFile = databaseFile();
const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
const responseWindowHours = Number(process.env.RESPONSE_WINDOW_HOURS ?? 24);

const coordinatorReads = process.env.COORDINATOR_READS ?? 'none';
if (!(COORDINATOR_READS as readonly string[]).includes(coordinatorReads)) {
  console.error(`COORDINATOR_READS must be one of ${COORDINATOR_READS.join(', ')} (it is "${coordinatorReads}").`);
  process.exit(2);
}
/** Program-specific limits for the request form: a text file, one paragraph per blank-line-separated block. */
function confidentialityNotes(): string[] | undefined {
  const file = process.env.CONFIDENTIALITY_NOTES_FILE;
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8').split(/\r?\n\s*\r?\n/).map((paragraph) => paragraph.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, 10).map((paragraph) => paragraph.slice(0, 600));
  } catch (error) {
    console.error(`Could not read CONFIDENTIALITY_NOTES_FILE ${file}: ${(error as Error).message}`);
    process.exit(2);
  }
}

const app = await buildApp({
  coordinatorReads: coordinatorReads as CoordinatorReads,
  confidentialityNotes: confidentialityNotes(),
  dbFile,
  allowedOrigins,
  responseWindowHours: Number.isFinite(responseWindowHours) && responseWindowHours > 0 ? responseWindowHours : 24,
  publicDirs: [join(root, 'dist'), join(root, 'demo')],
  // LOG=1: one line per request (method, route pattern, status, duration) and server errors' type and
  // code; never addresses, headers, bodies or error messages (server/logging.ts).
  logger: process.env.LOG === '1',
  eraseAfterMinutes: Number(process.env.ERASE_AFTER_MINUTES ?? 0) || 0,
  secureCookies: process.env.SECURE_COOKIES !== '0',
  ...(await import('./stats.js')).statsSettingsFromEnvironment(process.env),
});
await app.listen({ port, host });
const origin = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
console.log(`peer-support-widgets demo and reference backend: ${origin}/ (database ${dbFile})`);
console.log(`  Demo index:            ${origin}/`);
console.log(`  Sign in as a supporter: npm run accounts:create -- --role supporter --supporter ana-rivera   (prints a one-time link)`);
console.log(`  Sign in as coordinator: npm run accounts:create -- --role coordinator`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void app.close().then(() => process.exit(0)));
