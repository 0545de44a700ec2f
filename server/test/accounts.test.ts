import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { accountOf, MissingAccountHook } from '../auth.js';
import { AccountsRepository } from '../db/accounts-repository.js';
import { openDatabase } from '../db/database.js';
import { toSql } from '../db/sql.js';
import { storeOver } from '../db/store.js';
import { sweep } from '../maintenance.js';
import { repositoryRoot } from '../settings.js';
import { testApp } from './helpers.js';

/** Runs an accounts CLI the way an operator does, against the database file the app holds open. */
function cli(name: 'create' | 'revoke' | 'list', args: string[], dbFile: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join('server', 'cli', `accounts-${name}.ts`), ...args],
      { cwd: repositoryRoot, env: { ...process.env, DB_FILE: dbFile } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** `accounts:create`, returning the account id it used and the token of the link it printed. */
async function createAccount(dbFile: string, args: string[]): Promise<{ accountId: string; token: string; stdout: string }> {
  const result = await cli('create', args, dbFile);
  assert.equal(result.code, 0, result.stderr);
  const token = /#sign-in=(\S+)/.exec(result.stdout)?.[1];
  const accountId = /Created \w+ account (\S+)\./.exec(result.stdout)?.[1] ?? args[args.indexOf('--account') + 1];
  assert.ok(token, result.stdout);
  return { accountId, token, stdout: result.stdout };
}

/** Redeems a link through the real endpoint and returns the headers that carry the session. */
async function redeem(app: FastifyInstance, token: string, mode: 'cookie' | 'bearer' = 'cookie') {
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { token, mode } });
  assert.equal(response.statusCode, 200, response.body);
  const session = response.json();
  const headers: Record<string, string> =
    mode === 'bearer' ? { authorization: `Bearer ${session.sessionToken}` } : { cookie: String(response.headers['set-cookie']).split(';')[0], 'x-csrf-token': session.csrfToken };
  return { session, headers };
}

const whoAmI = async (app: FastifyInstance, headers: Record<string, string>) => (await app.inject({ url: '/api/session', headers })).statusCode;

function query<T>(dbFile: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** Deletes the sample data's accounts, so a test counts only the accounts it makes. */
function withoutSampleAccounts(dbFile: string): void {
  const db = new Database(dbFile);
  db.prepare('DELETE FROM accounts').run();
  db.close();
}

/** Everything an accounts command could change, to prove a refused one changed nothing. */
const snapshot = (dbFile: string) => ({
  accounts: query(dbFile, 'SELECT id, disabled_at FROM accounts ORDER BY id'),
  sessions: query(dbFile, 'SELECT token_hash FROM sessions ORDER BY token_hash'),
  links: query(dbFile, 'SELECT token_hash, used_at FROM sign_in_links ORDER BY token_hash'),
});

test('accounts:revoke disables the account, ends every session and deletes its unused links; its pages get 401 at once', async () => {
  const { app, dbFile } = await testApp();
  const ana = await createAccount(dbFile, ['--role', 'supporter', '--supporter', 'ana-rivera', '--name', 'Ana']);
  const anaCookie = await redeem(app, ana.token);
  const anaPortal = await redeem(app, (await createAccount(dbFile, ['--account', ana.accountId])).token, 'bearer');
  const unusedLink = (await createAccount(dbFile, ['--account', ana.accountId])).token;
  const coordinator = await redeem(app, (await createAccount(dbFile, ['--role', 'coordinator', '--name', 'Coordinator'])).token);
  const assignable = async () =>
    (await app.inject({ url: '/api/inbox/assignees', headers: coordinator.headers })).json().items.some((item: { accountId: string }) => item.accountId === ana.accountId);
  assert.equal(await assignable(), true);

  const revoked = await cli('revoke', ['--account', ana.accountId], dbFile);
  assert.equal(revoked.code, 0, revoked.stderr);
  assert.match(revoked.stdout, new RegExp(`Disabled the supporter account ${ana.accountId} \\(Ana\\)`));
  assert.match(revoked.stdout, /Ended 2 session\(s\) and deleted 1 unused sign-in link\(s\)/);
  assert.match(revoked.stdout, new RegExp(`accounts:create -- --account ${ana.accountId} --enable`));

  assert.equal(await whoAmI(app, anaCookie.headers), 401, 'the cookie session ends at once');
  assert.equal(await whoAmI(app, anaPortal.headers), 401, 'the bearer session ends at once');
  assert.equal(await whoAmI(app, coordinator.headers), 200, 'nobody else is signed out');
  assert.equal((await app.inject({ method: 'POST', url: '/api/session', payload: { token: unusedLink } })).statusCode, 401, 'a link made before the revoke cannot be redeemed');

  const [account] = query<{ disabled_at: string | null }>(dbFile, 'SELECT disabled_at FROM accounts WHERE id = ?', ana.accountId);
  assert.ok(account.disabled_at);
  assert.deepEqual(query(dbFile, 'SELECT token_hash FROM sessions WHERE account_id = ?', ana.accountId), []);
  assert.deepEqual(query(dbFile, 'SELECT token_hash FROM sign_in_links WHERE account_id = ? AND used_at IS NULL', ana.accountId), []);

  assert.equal(await assignable(), false, 'a coordinator can no longer pick the revoked supporter');

  const again = await cli('revoke', ['--account', ana.accountId], dbFile);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, new RegExp(`was already disabled, since ${account.disabled_at}`));
});

test('a disabled account is refused everywhere, even if a session or link outlived the revoke', async () => {
  const { app, dbFile } = await testApp();
  withoutSampleAccounts(dbFile);
  const db = await openDatabase(dbFile);
  const accounts = new AccountsRepository(db);
  const now = new Date();
  const ana = await accounts.create({ role: 'supporter', supporterId: 'ana-rivera', displayName: 'Ana' }, now);
  const signedIn = await redeem(app, await accounts.createSignInLink(ana.id, now));
  const spareLink = await accounts.createSignInLink(ana.id, now);
  // As if another tool, or a database restored from a backup, had only set the flag.
  db.prepare('UPDATE accounts SET disabled_at = ? WHERE id = ?').run(now.toISOString(), ana.id);

  assert.equal(await whoAmI(app, signedIn.headers), 401);
  assert.equal((await app.inject({ method: 'POST', url: '/api/session', payload: { token: spareLink } })).statusCode, 401);
  assert.equal(await accounts.find(ana.id), undefined, 'find() leaves disabled accounts out');
  assert.equal((await accounts.findIncludingDisabled(ana.id))?.disabledAt, now.toISOString(), 'the operator still sees it');
  assert.deepEqual(await accounts.supporters(), [], 'not offered as an assignee');
  await assert.rejects(() => accounts.createSignInLink(ana.id, now), /No enabled account/);
  db.close();
});

test('accounts:create refuses a disabled account unless --enable is given, which lets it back in with a new link', async () => {
  const { app, dbFile } = await testApp();
  const ana = await createAccount(dbFile, ['--role', 'supporter', '--supporter', 'ana-rivera', '--name', 'Ana']);
  assert.equal((await cli('revoke', ['--account', ana.accountId], dbFile)).code, 0);
  const before = snapshot(dbFile);

  const refused = await cli('create', ['--account', ana.accountId], dbFile);
  assert.equal(refused.code, 2);
  assert.match(refused.stderr, new RegExp(`Account ${ana.accountId} \\(Ana\\) has been disabled since .*Add --enable to let it sign in again`));
  assert.doesNotMatch(refused.stdout, /sign-in=/);
  assert.deepEqual(snapshot(dbFile), before, 'a refused command changes nothing');

  const enabled = await createAccount(dbFile, ['--account', ana.accountId, '--enable']);
  assert.match(enabled.stdout, new RegExp(`Enabled account ${ana.accountId} \\(Ana\\) again`));
  const { session } = await redeem(app, enabled.token);
  assert.equal(session.accountId, ana.accountId);
  assert.deepEqual(query(dbFile, 'SELECT disabled_at FROM accounts WHERE id = ?', ana.accountId), [{ disabled_at: null }]);
});

test('accounts:create --end-sessions signs the account out everywhere and says so; by default a new link leaves older sessions alone', async () => {
  const { app, dbFile } = await testApp();
  const ana = await createAccount(dbFile, ['--role', 'supporter', '--supporter', 'ana-rivera']);
  const laptop = await redeem(app, ana.token);
  // The default: a second device signs in without signing the first one out.
  const phone = await redeem(app, (await createAccount(dbFile, ['--account', ana.accountId])).token, 'bearer');
  assert.equal(await whoAmI(app, laptop.headers), 200);
  assert.equal(await whoAmI(app, phone.headers), 200);

  const fresh = await createAccount(dbFile, ['--account', ana.accountId, '--end-sessions']);
  assert.match(fresh.stdout, /Ended 2 earlier session\(s\) of this account/);
  assert.equal(await whoAmI(app, laptop.headers), 401);
  assert.equal(await whoAmI(app, phone.headers), 401);
  const again = await redeem(app, fresh.token);
  assert.equal(await whoAmI(app, again.headers), 200, 'the new link still works');
});

test('accounts:list shows id, role, name, roster id, state and live sessions, and never a token or a hash', async () => {
  const { app, dbFile } = await testApp();
  withoutSampleAccounts(dbFile);
  const ana = await createAccount(dbFile, ['--role', 'supporter', '--supporter', 'ana-rivera', '--name', 'Ana Rivera']);
  const first = await redeem(app, ana.token);
  const second = await redeem(app, (await createAccount(dbFile, ['--account', ana.accountId])).token, 'bearer');
  const unused = (await createAccount(dbFile, ['--account', ana.accountId])).token;
  const coordinator = await createAccount(dbFile, ['--role', 'coordinator', '--name', 'Program coordinator']);
  assert.equal((await cli('revoke', ['--account', coordinator.accountId], dbFile)).code, 0);

  const listed = await cli('list', [], dbFile);
  assert.equal(listed.code, 0, listed.stderr);
  const anaLine = listed.stdout.split('\n').find((line) => line.startsWith(ana.accountId));
  const coordinatorLine = listed.stdout.split('\n').find((line) => line.startsWith(coordinator.accountId));
  assert.match(String(anaLine), /^\S+\s+supporter\s+Ana Rivera\s+ana-rivera\s+enabled\s+2$/);
  assert.match(String(coordinatorLine), /^\S+\s+coordinator\s+Program coordinator\s+-\s+disabled since \S+\s+0$/);
  assert.match(listed.stdout, /2 account\(s\), 1 disabled\./);

  const secrets = [
    ana.token,
    unused,
    coordinator.token,
    first.session.csrfToken,
    second.session.sessionToken,
    ...query<{ token_hash: string }>(dbFile, 'SELECT token_hash FROM sessions UNION ALL SELECT token_hash FROM sign_in_links').map((row) => row.token_hash),
    ...query<{ csrf_token: string }>(dbFile, 'SELECT csrf_token FROM sessions').map((row) => row.csrf_token),
  ];
  for (const secret of secrets) assert.equal(listed.stdout.includes(secret), false, 'no token or hash in the listing');
});

test('sign out everywhere ends every session of the account (the cookie needs the CSRF token); DELETE /api/session still ends only this one', async () => {
  const { app, dbFile } = await testApp();
  const db = await openDatabase(dbFile);
  const accounts = new AccountsRepository(db);
  const now = new Date();
  const ana = await accounts.create({ role: 'supporter', supporterId: 'ana-rivera', displayName: 'Ana' }, now);
  const ben = await accounts.create({ role: 'supporter', supporterId: 'ben-okafor', displayName: 'Ben' }, now);
  const [desk, laptop, phone, bens] = [
    await redeem(app, await accounts.createSignInLink(ana.id, now)),
    await redeem(app, await accounts.createSignInLink(ana.id, now)),
    await redeem(app, await accounts.createSignInLink(ana.id, now), 'bearer'),
    await redeem(app, await accounts.createSignInLink(ben.id, now)),
  ];
  db.close();
  const url = '/api/session/sign-out-everywhere';

  assert.equal((await app.inject({ method: 'DELETE', url: '/api/session', headers: laptop.headers })).statusCode, 204);
  assert.equal(await whoAmI(app, laptop.headers), 401);
  assert.equal(await whoAmI(app, desk.headers), 200, 'signing out here leaves the other sessions');

  assert.equal((await app.inject({ method: 'POST', url })).statusCode, 401);
  const withoutToken = await app.inject({ method: 'POST', url, headers: { cookie: desk.headers.cookie } });
  assert.equal(withoutToken.statusCode, 403);
  assert.equal(await whoAmI(app, desk.headers), 200, 'a forged request ends nothing');

  const everywhere = await app.inject({ method: 'POST', url, headers: desk.headers });
  assert.equal(everywhere.statusCode, 200, everywhere.body);
  assert.deepEqual(everywhere.json(), { endedSessions: 2 });
  assert.match(String(everywhere.headers['set-cookie']), /Max-Age=0/);
  assert.equal(await whoAmI(app, desk.headers), 401);
  assert.equal(await whoAmI(app, phone.headers), 401);
  assert.equal(await whoAmI(app, bens.headers), 200, "another person's session is not touched");

  const openapi = (await app.inject({ url: '/api/openapi.json' })).json();
  const operation = openapi.paths['/api/session/sign-out-everywhere']?.post;
  assert.equal(operation?.summary, 'Sign out everywhere');
  assert.ok(operation.responses['200'] && operation.responses['403']);
});

test('sign out everywhere works for a bearer session without a CSRF token', async () => {
  const { app, dbFile } = await testApp();
  const db = await openDatabase(dbFile);
  const accounts = new AccountsRepository(db);
  const now = new Date();
  const coordinator = await accounts.create({ role: 'coordinator', displayName: 'Coordinator' }, now);
  const portal = await redeem(app, await accounts.createSignInLink(coordinator.id, now), 'bearer');
  const browser = await redeem(app, await accounts.createSignInLink(coordinator.id, now));
  db.close();
  const response = await app.inject({ method: 'POST', url: '/api/session/sign-out-everywhere', headers: portal.headers });
  assert.equal(response.statusCode, 200, response.body);
  assert.deepEqual(response.json(), { endedSessions: 2 });
  assert.equal(await whoAmI(app, browser.headers), 401);
});

test('the maintenance sweep purges expired sessions and used or expired sign-in links, and keeps what still works', async () => {
  const start = new Date('2026-11-24T08:00:00Z');
  let now = start;
  const at = (hours: number) => new Date(start.getTime() + hours * 3_600_000);
  const { app, dbFile } = await testApp({ now: () => now });
  const db = await openDatabase(dbFile);
  const accounts = new AccountsRepository(db);
  const parts = storeOver(toSql(db));
  const ana = await accounts.create({ role: 'supporter', supporterId: 'ana-rivera', displayName: 'Ana' }, start);

  const morning = await redeem(app, await accounts.createSignInLink(ana.id, start)); // used link; session ends at 20:00
  await accounts.createSignInLink(ana.id, start); // never used; expires at 08:15
  now = at(11);
  const evening = await redeem(app, await accounts.createSignInLink(ana.id, now)); // used link; session ends at 07:00 next day
  now = at(12);
  const spare = await accounts.createSignInLink(ana.id, now); // unused, valid until 20:15

  now = at(12.1);
  assert.deepEqual((await sweep(parts, now)).purged, { sessions: 1, links: 3 });
  assert.deepEqual((await sweep(parts, now)).purged, { sessions: 0, links: 0 }, 'a second sweep finds nothing more');
  assert.equal(query(dbFile, 'SELECT token_hash FROM sessions').length, 1);
  assert.equal(query(dbFile, 'SELECT token_hash FROM sign_in_links').length, 1);
  assert.equal(await whoAmI(app, morning.headers), 401);
  assert.equal(await whoAmI(app, evening.headers), 200, 'a live session is kept');
  await redeem(app, spare); // a live link is kept
  db.close();
});

test('the accounts CLIs answer bad input with a plain message and exit code 2, and change nothing', async () => {
  const { app, dbFile, dir } = await testApp();
  const ana = await createAccount(dbFile, ['--role', 'supporter', '--supporter', 'ana-rivera']);
  await redeem(app, ana.token);
  const before = snapshot(dbFile);
  const cases: [Parameters<typeof cli>[0], string[], RegExp][] = [
    ['revoke', [], /Say which account to revoke: --account <id>/],
    ['revoke', ['--account', 'no-such-account'], /There is no account no-such-account\. See the ids with: npm run accounts:list/],
    ['revoke', ['--acount', ana.accountId], /Unknown option '--acount'/],
    ['revoke', ['--account'], /argument missing/],
    ['revoke', [ana.accountId], /Unexpected argument/],
    ['list', ['--all'], /Unknown option '--all'/],
    ['create', ['--end-sessions'], /--enable and --end-sessions are for an existing account: add --account <id>/],
    ['create', ['--account', ana.accountId, '--role', 'coordinator'], /--role, --supporter and --name are for a new account/],
    ['create', ['--account', 'no-such-account'], /There is no account no-such-account/],
    ['create', ['--role', 'supporter', '--supporter', 'nobody-here'], /--supporter must be the id of someone on the roster/],
    ['create', ['--role', 'boss'], /--role must be "supporter" or "coordinator"/],
  ];
  for (const [name, args, message] of cases) {
    const result = await cli(name, args, dbFile);
    const label = `accounts:${name} ${args.join(' ')}`;
    assert.equal(result.code, 2, `${label}: ${result.stderr}`);
    assert.match(result.stderr, message, label);
    assert.match(result.stderr, /Usage:/, label);
    assert.doesNotMatch(result.stderr, /\n\s+at /, `${label}: no stack trace`);
    assert.equal(result.stdout, '', label);
  }
  assert.deepEqual(snapshot(dbFile), before);

  const missing = join(dir, 'not-there.db');
  for (const name of ['list', 'revoke'] as const) {
    const result = await cli(name, name === 'revoke' ? ['--account', ana.accountId] : [], missing);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /There is no database at .*not-there\.db/);
  }
  assert.equal(existsSync(missing), false, 'no empty database is made by mistake');
});

test('for roster changes: disableForSupporter disables every account of a roster id; activeSupporterIds lists only ids with an enabled supporter account', async () => {
  const { app, dbFile } = await testApp();
  withoutSampleAccounts(dbFile);
  const db = await openDatabase(dbFile);
  const accounts = new AccountsRepository(db);
  const now = new Date();
  const anaWork = await accounts.create({ role: 'supporter', supporterId: 'ana-rivera', displayName: 'Ana' }, now);
  await accounts.create({ role: 'supporter', supporterId: 'ana-rivera', displayName: 'Ana (second account)' }, now);
  const ben = await accounts.create({ role: 'supporter', supporterId: 'ben-okafor', displayName: 'Ben' }, now);
  await accounts.create({ role: 'coordinator', displayName: 'Coordinator' }, now);
  const anaSession = await redeem(app, await accounts.createSignInLink(anaWork.id, now));
  const anaLink = await accounts.createSignInLink(anaWork.id, now);
  assert.deepEqual(await accounts.activeSupporterIds(), new Set(['ana-rivera', 'ben-okafor']));

  assert.equal(await accounts.disableForSupporter('ana-rivera', now), 2);
  assert.equal(await accounts.disableForSupporter('ana-rivera', now), 0, 'already disabled accounts are not counted again');
  assert.equal(await accounts.disableForSupporter('nobody-here', now), 0);
  assert.deepEqual(await accounts.activeSupporterIds(), new Set(['ben-okafor']));
  assert.equal(await whoAmI(app, anaSession.headers), 401);
  assert.equal((await app.inject({ method: 'POST', url: '/api/session', payload: { token: anaLink } })).statusCode, 401);
  assert.deepEqual((await accounts.supporters()).map((account) => account.id), [ben.id]);

  await accounts.disable(ben.id, now);
  assert.deepEqual(await accounts.activeSupporterIds(), new Set());
  assert.equal(await accounts.find(ben.id), undefined);
  assert.ok((await accounts.findIncludingDisabled(ben.id))?.disabledAt);
  db.close();
});

test('a route that reads the account without requireAccount fails as a plain 500, never as someone', () => {
  const forgotten = { method: 'GET', routeOptions: { url: '/api/forgotten' } } as FastifyRequest;
  assert.throws(() => accountOf(forgotten), (error: unknown) => {
    assert.ok(error instanceof MissingAccountHook);
    // No statusCode: the error handler answers the generic 500 and logs only type and code.
    assert.equal((error as { statusCode?: number }).statusCode, undefined);
    assert.equal(error.code, 'PSW_MISSING_ACCOUNT_HOOK');
    assert.match(error.message, /GET \/api\/forgotten/);
    return true;
  });
});

test('accounts:create names a supporter as the roster does when --name is absent, so nobody reads a raw id', async () => {
  const { app, dbFile } = await testApp();
  const chi = await createAccount(dbFile, ['--role', 'supporter', '--supporter', 'chi-nguyen']);
  const { session } = await redeem(app, chi.token);
  assert.equal(session.displayName, 'Chí Nguyen-Demo');
  const coordinator = await createAccount(dbFile, ['--role', 'coordinator']);
  assert.equal((await redeem(app, coordinator.token)).session.displayName, 'Program coordinator');
});
