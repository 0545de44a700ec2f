// Backup and restore on both stores (npm run backup / npm run restore, server/db/backup.ts): a program
// filled through the real HTTP app is backed up while the server keeps writing, restored into a fresh
// database of each kind (SQLite → PostgreSQL and back), and the restored server answers the roster and
// the stats the same and still replays a stored request by its Idempotency-Key. A cut-short, changed or
// newer file, and a database that already holds data, are refused and change nothing. The commands
// also run as an operator runs them, in child processes, beside a serving server.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { isoWeek } from '../../src/core/format.js';
import { buildApp } from '../app.js';
import { dataIn, readBackupFile, restoreBackupFile, writeBackup } from '../db/backup.js';
import type { BackupTarget } from '../db/backup.js';
import { migrations } from '../db/migrations.js';
import type { Store } from '../db/store.js';
import { applyRoster } from '../roster-changes.js';
import { readRosterFile } from '../roster-import.js';
import { repositoryRoot } from '../settings.js';
import { anonymousPost } from './anonymous-post.js';
import { BACKENDS, storeOn } from './backends.js';
import { contact, validRequest } from './helpers.js';

const T0 = new Date('2026-11-24T10:00:00Z');
/** Ten weeks on: the month the contacts were logged in is closed, so its numbers are published. */
const LATER = new Date(T0.getTime() + 70 * 86_400_000);

const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'peer-backup-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
};

const appOn = async (target: BackupTarget, now: () => Date, sampleData: boolean) => {
  // buildApp seeds a database without the sample-data mark unless SAMPLE_DATA=0.
  if (!sampleData) process.env.SAMPLE_DATA = '0';
  try {
    const app = await buildApp({ dbFile: target.dbFile ?? ':memory:', databaseUrl: target.databaseUrl, now, maintenanceIntervalMs: 3_600_000 });
    after(() => app.close());
    return app;
  } finally {
    delete process.env.SAMPLE_DATA;
  }
};

async function bearer(app: FastifyInstance, store: Store, accountId: string, now: Date) {
  const token = await store.accounts.createSignInLink(accountId, now);
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { token, mode: 'bearer' } });
  assert.equal(response.statusCode, 200, response.body);
  return { authorization: `Bearer ${response.json().sessionToken}` };
}

const count = async (store: Store, table: string) => Number((await store.sql.get<{ n: number | string }>(`SELECT count(*) AS n FROM ${table}`))!.n);

/** A real program's database, filled through the HTTP app: roster import, accounts, requests, contacts, an availability change. */
async function program(target: BackupTarget) {
  let clock = T0;
  const now = () => clock;
  const store = await storeOn(target);
  const roster = readRosterFile('good.csv', readFileSync(join(repositoryRoot, 'test/fixtures/roster/good.csv'), 'utf8'), T0);
  assert.ok(roster.ok);
  await applyRoster(store, roster.supporters, T0);
  const app = await appOn(target, now, false);
  const coordinator = await store.accounts.create({ role: 'coordinator', displayName: 'Program coordinator' }, T0);
  const supporter = await store.accounts.create({ role: 'supporter', supporterId: 'pat-lee', displayName: 'Pat Lee-Example' }, T0);
  const coordinatorHeaders = await bearer(app, store, coordinator.id, T0);
  const supporterHeaders = await bearer(app, store, supporter.id, T0);
  assert.equal((await app.inject({ method: 'PUT', url: '/api/availability', headers: supporterHeaders, payload: { status: 'busy' } })).statusCode, 204);
  const requests: { body: ReturnType<typeof validRequest>; receipt: unknown }[] = [];
  for (const overrides of [{}, { supporterId: 'pat-lee' }, { name: 'Robin', urgency: 'today' }]) {
    const body = validRequest(overrides);
    const response = await app.inject(anonymousPost(body));
    assert.equal(response.statusCode, 201, response.body);
    requests.push({ body, receipt: response.json() });
  }
  for (let index = 0; index < 7; index++) {
    const entry = contact({ week: isoWeek(T0), topics: [index % 2 ? 'work-stress' : 'grief'] });
    const response = await app.inject({ method: 'POST', url: '/api/contacts', headers: { ...coordinatorHeaders, 'idempotency-key': entry.id }, payload: entry });
    assert.equal(response.statusCode, 201, response.body);
  }
  // What a backup leaves out is there in the source: sessions (above), limit counters and their key;
  // and a push subscription, which it keeps.
  await store.sql.run("INSERT INTO rate_limits (key_hash, window_start, hits) VALUES ('counter', 1, 3)");
  await store.sql.run("INSERT INTO meta (key, value) VALUES ('rate-limit-key', 'not-for-backups')");
  await store.sql.run('INSERT INTO push_subscriptions (endpoint, account_id, p256dh, auth, created_at) VALUES (?, ?, ?, ?, ?)', ['https://push.example.org/pat', supporter.id, 'p256dh-key', 'auth-secret', T0.toISOString()]);
  return { app, store, coordinator, requests, later: () => (clock = LATER) };
}

/** GET supporters and GET stats (month and quarter) as a coordinator signed in on `app` sees them. */
async function answers(app: FastifyInstance, store: Store, coordinatorId: string) {
  const headers = await bearer(app, store, coordinatorId, LATER);
  const get = async (url: string, withHeaders = true) => {
    const response = await app.inject({ url, headers: withHeaders ? headers : {} });
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  };
  return { supporters: await get('/api/supporters', false), month: await get('/api/stats?period=month'), quarter: await get('/api/stats?period=quarter') };
}

for (const source of BACKENDS) {
  describe(`backup of ${source.name}`, () => {
    test('a backup taken while the server writes restores into fresh SQLite and PostgreSQL databases that serve the same roster and stats', { timeout: 120_000 }, async () => {
      const sourceTarget = await source.target();
      const { app, store, coordinator, requests, later } = await program(sourceTarget);
      const file = join(folder(), 'program.backup');

      // Writes land in the middle of the backup: the file holds the program as it was when the backup
      // began (one snapshot), not some tables before the writes and some after.
      const during: { request?: string; contact?: string } = {};
      const summary = await writeBackup(sourceTarget, file, {
        pageSize: 2,
        afterPage: async (table) => {
          if (table !== 'requests' || during.request) return;
          const body = validRequest();
          during.request = body.id;
          assert.equal((await app.inject(anonymousPost(body))).statusCode, 201);
          const entry = contact({ week: isoWeek(T0) });
          during.contact = entry.id;
          const logged = await app.inject({ method: 'POST', url: '/api/contacts', headers: { ...(await bearer(app, store, coordinator.id, T0)), 'idempotency-key': entry.id }, payload: entry });
          assert.equal(logged.statusCode, 201);
        },
      });
      assert.ok(during.request && during.contact, 'a request and a contact were written while the backup read the requests');
      assert.equal(await count(store, 'requests'), 4);
      assert.equal(await count(store, 'contacts'), 8);
      assert.deepEqual(summary.header.tables, { meta: 1, supporters: 2, resources: 0, accounts: 2, requests: 3, contacts: 7, push_subscriptions: 1 });
      assert.equal(summary.header.schemaVersion, migrations.length);
      assert.equal(statSync(file).mode & 0o777, 0o600, 'owner only');
      assert.deepEqual(readdirSync(join(file, '..')), ['program.backup'], 'no temporary file is left');
      const backup = readBackupFile(file);
      assert.ok(!backup.rows.some(({ row }) => row.id === during.request || row.id === during.contact), 'what was written mid-backup is not in it');
      assert.ok(backup.rows.some(({ table, row }) => table === 'supporters' && row.availability_status === 'busy'), 'the availability set through the app is');
      assert.deepEqual(backup.rows.filter(({ table }) => table === 'meta').map(({ row }) => row.key), ['vapid-keys'], 'the VAPID keys, not the limit key');
      const vapid = await store.sql.get<{ value: string }>("SELECT value FROM meta WHERE key = 'vapid-keys'");

      if (sourceTarget.dbFile) await assert.rejects(writeBackup(sourceTarget, sourceTarget.dbFile), /is the database itself \(or one of its files\): name another file for the backup/);
      // A backup that fails part-way leaves the last good one as it was, and no temporary file.
      const good = readFileSync(file);
      await assert.rejects(writeBackup(sourceTarget, file, { pageSize: 1, afterPage: async (table) => assert.notEqual(table, 'contacts', 'the disk filled up') }), /the disk filled up/);
      assert.deepEqual(readFileSync(file), good);
      assert.deepEqual(readdirSync(join(file, '..')), ['program.backup']);

      later();
      // The mid-backup writes are not part of what is compared: take them back out of the source.
      await store.sql.run('DELETE FROM requests WHERE id = ?', [during.request!]);
      await store.sql.run('DELETE FROM contacts WHERE id = ?', [during.contact!]);
      assert.equal(await count(store, 'contacts'), 7);
      const expected = await answers(app, store, coordinator.id);
      assert.equal(expected.supporters.items.length, 2);
      assert.ok(expected.month.rows.length > 0, 'the month of the contacts is published: the stats compared are not empty');

      for (const target of BACKENDS) {
        const restoredTarget = await target.target();
        const restored = await restoreBackupFile(file, restoredTarget);
        assert.equal(restored.rows, backup.rows.length);
        // Started like `npm start`: the restored program never gets the fictional sample data.
        const restoredApp = await appOn(restoredTarget, () => LATER, true);
        const restoredStore = await storeOn(restoredTarget);
        assert.equal(await count(restoredStore, 'sessions'), 0, `${target.name}: sessions are not restored: everyone signs in again`);
        assert.equal(await count(restoredStore, 'sign_in_links'), 0);
        assert.equal(await count(restoredStore, 'rate_limits'), 0, 'limit counters are not restored');
        assert.equal(await restoredStore.sql.get("SELECT value FROM meta WHERE key = 'rate-limit-key'"), undefined);
        assert.equal(await count(restoredStore, 'push_subscriptions'), 1, 'push subscriptions are');
        assert.deepEqual(await restoredStore.sql.get("SELECT value FROM meta WHERE key = 'vapid-keys'"), vapid, 'with the keys they were made with');
        assert.deepEqual(await answers(restoredApp, restoredStore, coordinator.id), expected, `${target.name}: the same roster and stats`);
        for (const { body, receipt } of requests) {
          const replay = await restoredApp.inject(anonymousPost(body));
          assert.equal(replay.statusCode, 200, `${target.name}: a stored request replays by its Idempotency-Key`);
          assert.equal(replay.headers['idempotent-replayed'], 'true');
          assert.deepEqual(replay.json(), receipt);
        }
        assert.equal((await restoredApp.inject(anonymousPost(validRequest({ id: requests[0].body.id, name: 'Someone else' })))).statusCode, 422, 'the stored body hash came along');
        assert.equal((await restoredApp.inject({ url: '/readyz' })).statusCode, 200);
      }
    });

    test('a cut-short, changed or newer backup, or a bad row, is refused with a clear message and no database changes', { timeout: 120_000 }, async () => {
      const sourceTarget = await source.target();
      const seeded = await storeOn(sourceTarget, { sampleData: true });
      assert.ok((await count(seeded, 'supporters')) > 0);
      const dir = folder();
      const good = join(dir, 'good.backup');
      await writeBackup(sourceTarget, good);
      const data = readFileSync(good);
      const text = data.toString('utf8');
      const lines = text.split('\n').slice(0, -1);
      /** The file with its header or a row changed and a correct checksum written again, as a newer version or a careless editor would. */
      const resealed = (edit: (lines: string[]) => string[]) => {
        const body = edit(lines.slice(0, -1)).join('\n') + '\n';
        const end = JSON.parse(lines[lines.length - 1]);
        return `${body}${JSON.stringify({ ...end, sha256: createHash('sha256').update(body).digest('hex') })}\n`;
      };
      const header = JSON.parse(lines[0]);
      const anaLine = lines.findIndex((line) => line.includes('"id":"ana-rivera"'));
      const cases: [string, string | Buffer, RegExp][] = [
        ['cut in the middle of a line', data.subarray(0, Math.floor(data.length / 2)), /is incomplete/],
        ['cut after a whole row', lines.slice(0, -1).join('\n') + '\n', /is incomplete/],
        ['a name changed', text.replace('Ana Rivera-Example', 'Ana Rivera-Exampel'), /has been changed since it was written/],
        ['a newer schema', resealed(([, ...rest]) => [JSON.stringify({ ...header, schemaVersion: migrations.length + 1 }), ...rest]), /made by a newer version of this server/],
        ['a newer format', resealed(([, ...rest]) => [JSON.stringify({ ...header, formatVersion: 2 }), ...rest]), /made by a newer version of this server/],
        ['not a backup', 'id,displayName\nana,Ana\n', /is not a backup made by npm run backup/],
        ['a row dropped, checksum resealed', resealed((all) => all.filter((_, index) => index !== anaLine)), /announces \d+ row\(s\) of supporters but holds/],
        ['a column this version does not know', resealed((all) => all.map((line, index) => (index === anaLine ? line.replace('"id":"ana-rivera"', '"id":"ana-rivera","secret_column":"x"') : line))), /does not know/],
        // Checked by the database only: the rows before it are inserted, then the transaction rolls back.
        ['a row the database refuses', resealed((all) => all.map((line, index) => (index === anaLine ? line.replace('"availability_status":"available"', '"availability_status":"asleep"') : line))), /CHECK|check constraint|availability_status/i],
      ];
      for (const target of BACKENDS) {
        for (const [name, content, message] of cases) {
          const restoredTarget = await target.target();
          const file = join(dir, `${name.replace(/\W+/g, '-')}.backup`);
          writeFileSync(file, content);
          await assert.rejects(restoreBackupFile(file, restoredTarget), message, `${target.name}: ${name}`);
          assert.deepEqual(await dataIn(restoredTarget), {}, `${target.name}: ${name}: no data`);
          if (restoredTarget.dbFile) assert.ok(!existsSync(restoredTarget.dbFile), `${target.name}: ${name}: no database file is left behind`);
          else if (name !== 'a row the database refuses' && name !== 'a column this version does not know') {
            const client = new pg.Client({ connectionString: restoredTarget.databaseUrl });
            await client.connect();
            const { rows } = await client.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'");
            await client.end();
            assert.equal(rows[0].n, 0, `${target.name}: ${name}: the database was not even migrated`);
          }
        }
      }
    });

    test('a database that already holds data is refused and left as it was; a migrated, empty one is fresh', { timeout: 120_000 }, async () => {
      const sourceTarget = await source.target();
      const sourceApp = await appOn(sourceTarget, () => T0, true);
      assert.equal((await sourceApp.inject({ url: '/readyz' })).statusCode, 200);
      const sourceStore = await storeOn(sourceTarget);
      const sourceKeys = await sourceStore.sql.get("SELECT value FROM meta WHERE key = 'vapid-keys'");
      assert.ok(sourceKeys, 'the source server made its VAPID keys');
      const file = join(folder(), 'sample.backup');
      await writeBackup(sourceTarget, file);
      for (const target of BACKENDS) {
        const busyTarget = await target.target();
        const busy = await storeOn(busyTarget);
        const account = await busy.accounts.create({ role: 'coordinator', displayName: 'Already here' }, T0);
        const before = await dataIn(busyTarget);
        assert.deepEqual(before, { accounts: 1 });
        await assert.rejects(restoreBackupFile(file, busyTarget), /already holds data \(accounts: 1\)\. A restore goes into a new, empty database only/);
        assert.deepEqual(await dataIn(busyTarget), before, `${target.name}: nothing changed`);
        assert.equal((await busy.accounts.findIncludingDisabled(account.id))?.displayName, 'Already here');

        // A production server started once on the new database (SAMPLE_DATA=0): migrated, its own keys made, no data.
        const emptyTarget = await target.target();
        const started = await appOn(emptyTarget, () => T0, false);
        assert.equal((await started.inject({ url: '/readyz' })).statusCode, 200);
        const emptyStore = await storeOn(emptyTarget);
        const ownKeys = await emptyStore.sql.get("SELECT value FROM meta WHERE key = 'vapid-keys'");
        assert.ok(ownKeys && JSON.stringify(ownKeys) !== JSON.stringify(sourceKeys));
        assert.deepEqual(await dataIn(emptyTarget), {});
        await started.close();
        const { rows } = await restoreBackupFile(file, emptyTarget);
        assert.ok(rows > 0);
        assert.deepEqual(await dataIn(emptyTarget), await dataIn(sourceTarget), `${target.name}: every table as in the source`);
        assert.deepEqual(await emptyStore.sql.get("SELECT value FROM meta WHERE key = 'vapid-keys'"), sourceKeys, `${target.name}: the backup's VAPID keys replace the ones the new server made`);
      }
    });
  });
}

/** Runs `npm run <script> -- …args` as an operator would, in the repository, with `env`. */
async function npm(script: string, args: string[], env: Record<string, string | undefined>) {
  const { DATABASE_URL: _url, DB_FILE: _file, SAMPLE_DATA: _sample, ...inherited } = process.env;
  const child = spawn('npm', ['run', '--silent', script, '--', ...args], { cwd: repositoryRoot, env: { ...inherited, ...env } as NodeJS.ProcessEnv });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const [code] = (await once(child, 'exit')) as [number];
  return { code, stdout, stderr };
}

test('npm run backup beside a serving server, then npm run restore into PostgreSQL: the move from SQLite, as an operator runs it', { timeout: 180_000 }, async () => {
  const [sqlite, postgres] = BACKENDS;
  const sourceTarget = await sqlite.target();
  const { app, requests } = await program(sourceTarget);
  const dir = folder();
  const file = join(dir, 'nightly.backup');

  // The server keeps taking requests while the command runs.
  const backingUp = npm('backup', ['--out', file], { DB_FILE: sourceTarget.dbFile });
  let served = 0;
  let finished = false;
  void backingUp.then(() => (finished = true));
  while (!finished) {
    assert.equal((await app.inject(anonymousPost(validRequest()))).statusCode, 201);
    served++;
  }
  const backup = await backingUp;
  assert.equal(backup.code, 0, backup.stderr);
  assert.match(backup.stdout, /Backed up the SQLite database .* to .*nightly\.backup: \d+ row\(s\) \(.*supporters 2.*\), schema \d+, \d+ bytes, readable by this user only\./);
  assert.ok(served > 0, 'the server answered while the backup ran');
  assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.deepEqual(readdirSync(dir), ['nightly.backup']);

  const databaseUrl = (await postgres.target()).databaseUrl!;
  const restore = await npm('restore', ['--in', file], { DATABASE_URL: databaseUrl });
  assert.equal(restore.code, 0, restore.stderr);
  assert.match(restore.stdout, /Restored \d+ row\(s\) .* on SQLite, into the PostgreSQL database at DATABASE_URL\.\nSessions are not part of a backup: everyone signs in again/);
  assert.doesNotMatch(restore.stdout + restore.stderr, new RegExp(new URL(databaseUrl).password), 'the password is never printed');
  const restoredApp = await appOn({ databaseUrl }, () => T0, true);
  const replay = await restoredApp.inject(anonymousPost(requests[0].body));
  assert.equal(replay.statusCode, 200);
  assert.deepEqual(replay.json(), requests[0].receipt);

  const again = await npm('restore', ['--in', file], { DATABASE_URL: databaseUrl });
  assert.equal(again.code, 1);
  assert.match(again.stderr, /^Nothing was changed: the PostgreSQL database at DATABASE_URL already holds data \(/);

  writeFileSync(join(dir, 'edited.backup'), readFileSync(file, 'utf8').replace('Pat Lee-Example', 'Pat Lee-Exampel'));
  const edited = await npm('restore', ['--in', join(dir, 'edited.backup')], { DB_FILE: join(dir, 'new.db') });
  assert.equal(edited.code, 1);
  assert.match(edited.stderr, /^Nothing was changed: .*edited\.backup has been changed since it was written/);
  assert.ok(!existsSync(join(dir, 'new.db')));

  const usage = await npm('restore', [], { DB_FILE: join(dir, 'new.db') });
  assert.equal(usage.code, 2);
  assert.match(usage.stderr, /Name the backup file with --in <file>\.\nUsage: npm run restore -- --in <file>/);
  const missing = await npm('backup', ['--out', join(dir, 'none.backup')], { DB_FILE: join(dir, 'missing.db') });
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^No backup was written: There is no database at .*missing\.db/);
  assert.ok(!existsSync(join(dir, 'missing.db')), 'backing up never creates a database');
});
