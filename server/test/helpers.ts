import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { AccountsRepository } from '../db/accounts-repository.js';
import { openDatabase } from '../db/database.js';
import type { ContactLog } from '../../src/core/contract.js';
import { isoWeek } from '../../src/core/format.js';
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

/** Accounts made the way the CLI makes them, signed in through the real endpoint. */
export async function signIn(app: FastifyInstance, dbFile: string, role: 'supporter' | 'coordinator', supporterId?: string, mode: 'cookie' | 'bearer' = 'cookie', now = new Date()) {
  const db = await openDatabase(dbFile);
  const accounts = new AccountsRepository(db);
  const account = await accounts.create({ role, supporterId, displayName: supporterId ?? 'Coordinator' }, now);
  const token = await accounts.createSignInLink(account.id, now);
  db.close();
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { token, mode } });
  assert.equal(response.statusCode, 200, response.body);
  const session = response.json();
  const cookie = String(response.headers['set-cookie'] ?? '').split(';')[0];
  const headers: Record<string, string> = mode === 'bearer' ? { authorization: `Bearer ${session.sessionToken}` } : { cookie, 'x-csrf-token': session.csrfToken };
  return { account, token, session, headers, setCookie: String(response.headers['set-cookie'] ?? '') };
}

/**
 * An anonymous contact-log entry for this ISO week (contacts can be logged for this week and two
 * back). Overrides may be deliberately wrong, for tests of what the server refuses.
 */
export const contact = (overrides: Partial<ContactLog> | Record<string, unknown> = {}): ContactLog => ({
  id: crypto.randomUUID(),
  week: isoWeek(new Date()),
  kind: 'one-on-one',
  origin: 'self-referred',
  durationMinutes: 45,
  people: 1,
  topics: ['work-stress'],
  referredTo: ['none'],
  ...(overrides as Partial<ContactLog>),
});

export { validRequest } from '../../test/fixtures/requests.js';
