// Starts the reference backend with the demo: `npm start` (after a build) or `npm run serve`.
import { join } from 'node:path';
import { buildApp } from './app.js';
import { databaseFile, repositoryRoot as root } from './settings.js';

const port = Number(process.env.PORT ?? 8787);
const host = process.env.HOST ?? '127.0.0.1';
const dbFile = databaseFile();
const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? '').split(',').map((origin) => origin.trim()).filter(Boolean);
const responseWindowHours = Number(process.env.RESPONSE_WINDOW_HOURS ?? 24);

const app = await buildApp({
  dbFile,
  allowedOrigins,
  responseWindowHours: Number.isFinite(responseWindowHours) && responseWindowHours > 0 ? responseWindowHours : 24,
  publicDirs: [join(root, 'dist'), join(root, 'demo')],
  logger: process.env.LOG === '1',
  eraseAfterMinutes: Number(process.env.ERASE_AFTER_MINUTES ?? 0) || 0,
  secureCookies: process.env.SECURE_COOKIES !== '0',
});
await app.listen({ port, host });
console.log(`peer-support-widgets demo and reference backend: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/ (database ${dbFile})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void app.close().then(() => process.exit(0)));
