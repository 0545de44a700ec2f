import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after } from 'node:test';
import { AccountsRepository } from '../db/accounts-repository.js';
import { openDatabase } from '../db/database.js';
import { buildApp } from '../app.js';
/** A fresh app on a throw-away database file, closed and deleted after the test file. */
export async function testApp(options = {}) {
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
export async function signIn(app, dbFile, role, supporterId, mode = 'cookie', now = new Date()) {
    const db = openDatabase(dbFile);
    const accounts = new AccountsRepository(db);
    const account = accounts.create({ role, supporterId, displayName: supporterId ?? 'Coordinator' }, now);
    const token = accounts.createSignInLink(account.id, now);
    db.close();
    const response = await app.inject({ method: 'POST', url: '/api/session', payload: { token, mode } });
    assert.equal(response.statusCode, 200, response.body);
    const session = response.json();
    const cookie = String(response.headers['set-cookie'] ?? '').split(';')[0];
    const headers = mode === 'bearer' ? { authorization: `Bearer ${session.sessionToken}` } : { cookie, 'x-csrf-token': session.csrfToken };
    return { account, token, session, headers, setCookie: String(response.headers['set-cookie'] ?? '') };
}
export { validRequest } from '../../test/fixtures/requests.js';
