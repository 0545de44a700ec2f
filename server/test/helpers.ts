import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { buildApp } from '../app.js';
import type { AppOptions } from '../app.js';

/** A fresh app on a throw-away database file, closed and deleted after the test file. */
export async function testApp(options: Partial<AppOptions> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'peer-server-test-'));
  const dbFile = join(dir, 'test.db');
  const app = await buildApp({ dbFile, allowedOrigins: ['https://intranet.example.org'], ...options });
  after(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { app, dbFile, dir };
}

export { validRequest } from '../../test/fixtures/requests.js';
