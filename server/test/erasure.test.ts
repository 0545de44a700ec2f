// Erasure as an attacker who reads the database (and its WAL) after a request was closed would test
// it: nothing identifies the person, confirms a guess at what they wrote, says who handled it or when
// to the millisecond; the files are the server's alone and every commit is on disk.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { AccountsRepository } from '../db/accounts-repository.js';
import { toSql } from '../db/sql.js';
import { storeOver } from '../db/store.js';
import { openDatabase } from '../db/database.js';
import { migrations } from '../db/migrations.js';
import { sweep } from '../maintenance.js';
import { testApp, validRequest } from './helpers.js';

/** A supporter account made the way the CLI makes it, signed in through the real endpoint. */
async function signIn(app: FastifyInstance, dbFile: string, supporterId: string, now: Date) {
  const db = await openDatabase(dbFile, () => now);
  const accounts = new AccountsRepository(db);
  const account = await accounts.create({ role: 'supporter', supporterId, displayName: supporterId }, now);
  const token = await accounts.createSignInLink(account.id, now);
  db.close();
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { token } });
  assert.equal(response.statusCode, 200, response.body);
  const cookie = String(response.headers['set-cookie'] ?? '').split(';')[0];
  return { cookie, 'x-csrf-token': response.json().csrfToken as string };
}

const postRequest = (app: FastifyInstance, body: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': String(body.id) }, payload: body });

async function step(app: FastifyInstance, headers: Record<string, string>, id: string, action: string) {
  const response = await app.inject({ method: 'POST', url: `/api/inbox/${id}/${action}`, headers });
  assert.equal(response.statusCode, 204, `${action}: ${response.body}`);
}

function row(dbFile: string, id: string): Record<string, unknown> {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare('SELECT * FROM requests WHERE id = ?').get(id) as Record<string, unknown>;
  } finally {
    db.close();
  }
}

/** One sweep, as the timer runs it, on a connection of our own to the same file. */
async function sweepNow(dbFile: string, now: Date) {
  const db = await openDatabase(dbFile, () => now);
  try {
    return await sweep(storeOver(toSql(db)), now);
  } finally {
    db.close();
  }
}

const rawFiles = (dbFile: string) => [dbFile, `${dbFile}-wal`].map((file) => ({ file, bytes: existsSync(file) ? readFileSync(file) : Buffer.alloc(0) }));

/** All an erased row may keep: the id and the anonymous tally. Every other column must be empty. */
const KEPT = new Set(['id', 'urgency', 'referral', 'status', 'received_at', 'respond_by', 'contacted_at', 'closed_at', 'erase_after', 'erased_at']);

test('after close and the grace period the row keeps only the id, urgency, referral flag and ISO weeks', async () => {
  // Sunday evening (ISO week 48); the grace period ends just after midnight, in week 49.
  let now = new Date('2026-11-29T21:00:00Z');
  const { app, dbFile } = await testApp({ now: () => now, eraseAfterMinutes: 30, responseWindowHours: 24 });
  const ana = await signIn(app, dbFile, 'ana-rivera', now);
  const request = validRequest({ supporterId: 'ana-rivera', urgency: 'today', referral: { personAgreed: true }, peerToPeer: true, name: 'Ottoline Pemberton', bestTimes: 'after the night shift', message: 'Since the Harlow Road call I cannot sleep.' });
  assert.equal((await postRequest(app, request)).statusCode, 201);
  now = new Date('2026-11-29T21:10:00Z');
  await step(app, ana, request.id, 'claim');
  now = new Date('2026-11-29T21:20:00Z');
  await step(app, ana, request.id, 'contacted');
  // Columns other parts of the server fill (the requester's team with "not my team", why a request came back).
  const side = new Database(dbFile);
  side.prepare("UPDATE requests SET requester_team = 'Station 7 B shift', returned_reason = 'supporter-left' WHERE id = ?").run(request.id);
  side.close();
  now = new Date('2026-11-29T23:30:00Z');
  await step(app, ana, request.id, 'close');
  assert.equal(row(dbFile, request.id).name, 'Ottoline Pemberton', 'kept during the grace period');

  now = new Date('2026-11-30T00:01:00Z');
  assert.equal((await sweepNow(dbFile, now)).erased, 1);
  const erased = row(dbFile, request.id);
  assert.deepEqual(
    Object.fromEntries(Object.entries(erased).filter(([column]) => KEPT.has(column))),
    {
      id: request.id,
      urgency: 'today',
      referral: 1,
      status: 'received',
      received_at: '2026-W48',
      respond_by: '2026-W49',
      contacted_at: '2026-W48',
      closed_at: '2026-W48',
      erase_after: '2026-W49',
      erased_at: '2026-W49',
    },
  );
  for (const [column, value] of Object.entries(erased)) {
    if (!KEPT.has(column)) assert.ok(value === null || value === '', `${column} still holds ${JSON.stringify(value)}`);
  }
  // Nothing more to erase on the next sweep, and the row stays as it is.
  assert.equal((await sweepNow(dbFile, new Date('2026-12-07T00:00:00Z'))).erased, 0);
  assert.deepEqual(row(dbFile, request.id), erased);
});

test("a closed request's id gets one fixed answer, whatever the body: before erasure and after", async () => {
  let now = new Date('2026-11-24T10:00:00Z');
  const { app, dbFile } = await testApp({ now: () => now, eraseAfterMinutes: 30 });
  const ana = await signIn(app, dbFile, 'ana-rivera', now);
  const request = validRequest({ supporterId: 'ana-rivera', name: 'Wendeline Ashgrove', message: 'It was the third call this month.' });
  const first = await postRequest(app, request);
  assert.equal(first.statusCode, 201);
  // While it is open a resend still gets its receipt (the device needs respondBy).
  assert.deepEqual((await postRequest(app, request)).json(), first.json());
  await step(app, ana, request.id, 'claim');
  await step(app, ana, request.id, 'close');

  const rightGuess = request;
  const wrongGuess = { ...request, name: 'Someone Else', message: 'A guess at what they wrote.' };
  const answer = async (body: Record<string, unknown>) => {
    const response = await postRequest(app, body);
    const { date: _date, ...headers } = response.headers;
    return { status: response.statusCode, headers, body: response.body };
  };
  const expected = await answer(rightGuess);
  assert.equal(expected.status, 200);
  assert.equal(expected.headers['idempotent-replayed'], 'true');
  assert.deepEqual(JSON.parse(expected.body), { id: request.id, status: 'closed' });
  assert.deepEqual(await answer(wrongGuess), expected, 'closed, not erased yet: a wrong guess gets the same answer');

  now = new Date('2026-11-24T10:31:00Z');
  assert.equal((await sweepNow(dbFile, now)).erased, 1);
  assert.deepEqual(await answer(rightGuess), expected, 'erased, right guess');
  assert.deepEqual(await answer(wrongGuess), expected, 'erased, wrong guess');
  assert.deepEqual(await answer({ ...request, urgency: 'no-rush' }), expected, 'erased, another urgency');
  const db = new Database(dbFile, { readonly: true });
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM requests WHERE id = ?').get(request.id) as { n: number }).n, 1, 'nothing stored by the resends');
  db.close();
});

test('erased words are in neither the database file nor its WAL after the sweep (raw bytes)', async () => {
  let now = new Date('2026-11-24T10:00:00Z');
  const { app, dbFile } = await testApp({ now: () => now, eraseAfterMinutes: 30 });
  const ana = await signIn(app, dbFile, 'ana-rivera', now);
  const secrets = ['Philippa Grangemouth', '+1 555 014 2993', 'weekdays after 19:30 only', 'The Ellery Street fire keeps coming back at night.'];
  const [name, phone, bestTimes, message] = secrets;
  const request = validRequest({ supporterId: 'ana-rivera', name, channel: { kind: 'phone', value: phone }, bestTimes, message });
  assert.equal((await postRequest(app, request)).statusCode, 201);
  for (const secret of secrets) {
    assert.ok(rawFiles(dbFile).some(({ bytes }) => bytes.includes(secret)), `the test can see "${secret}" before erasure`);
  }
  await step(app, ana, request.id, 'claim');
  await step(app, ana, request.id, 'close');
  now = new Date('2026-11-24T10:31:00Z');
  const result = await sweepNow(dbFile, now);
  assert.equal(result.erased, 1);
  for (const { file, bytes } of rawFiles(dbFile)) {
    for (const secret of secrets) assert.equal(bytes.includes(secret), false, `"${secret}" is still in ${file}`);
  }
  assert.equal(statSync(`${dbFile}-wal`).size, 0, 'the WAL is truncated');
  assert.equal(result.wal, 'truncated');
});

test('a WAL truncation blocked by another reader is not waited for, and the next sweep retries it', async () => {
  let now = new Date('2026-11-24T10:00:00Z');
  const { app, dbFile } = await testApp({ now: () => now, eraseAfterMinutes: 30 });
  const ana = await signIn(app, dbFile, 'ana-rivera', now);
  const request = validRequest({ supporterId: 'ana-rivera', name: 'Cordelia Fairweather', message: 'Since the Millbrook crash I keep checking the radio.' });
  assert.equal((await postRequest(app, request)).statusCode, 201);
  await step(app, ana, request.id, 'claim');
  await step(app, ana, request.id, 'close');
  now = new Date('2026-11-24T10:31:00Z');
  // Another process reading an older snapshot (a CLI, a second server) holds the WAL in place.
  const reader = new Database(dbFile, { readonly: true });
  reader.exec('BEGIN');
  reader.prepare('SELECT COUNT(*) FROM requests').get();
  const db = await openDatabase(dbFile, () => now, 5_000);
  try {
    const parts = storeOver(toSql(db));
    const started = performance.now();
    const first = await sweep(parts, now);
    assert.equal(first.erased, 1);
    assert.equal(first.wal, 'busy');
    assert.ok(performance.now() - started < 1_000, 'the sweep did not wait out the 5 s busy timeout');
    reader.exec('COMMIT');
    reader.close();
    const second = await sweep(parts, now);
    assert.equal(second.erased, 0);
    assert.equal(second.wal, 'truncated', 'retried on the next sweep although it erased nothing new');
  } finally {
    if (reader.open) reader.close();
    db.close();
  }
  for (const { file, bytes } of rawFiles(dbFile)) assert.equal(bytes.includes('Cordelia Fairweather'), false, `name left in ${file}`);
});

test('the timer sweep erases a due request and truncates the WAL without anyone opening the inbox', async () => {
  let now = new Date('2026-11-24T10:00:00Z');
  const { app, dbFile } = await testApp({ now: () => now, eraseAfterMinutes: 30, maintenanceIntervalMs: 20 });
  const ana = await signIn(app, dbFile, 'ana-rivera', now);
  const request = validRequest({ supporterId: 'ana-rivera', name: 'Bartholomew Quince', message: 'Nobody at the station knows.' });
  assert.equal((await postRequest(app, request)).statusCode, 201);
  await step(app, ana, request.id, 'claim');
  await step(app, ana, request.id, 'close');
  assert.equal(row(dbFile, request.id).name, 'Bartholomew Quince');
  now = new Date('2026-11-24T10:31:00Z');
  // Only the timer runs now: no inbox, no sweep called here.
  const walEmpty = () => !existsSync(`${dbFile}-wal`) || statSync(`${dbFile}-wal`).size === 0;
  const deadline = Date.now() + 5_000;
  while (!(row(dbFile, request.id).erased_at === '2026-W48' && walEmpty())) {
    assert.ok(Date.now() < deadline, `not erased and truncated by the timer: ${JSON.stringify(row(dbFile, request.id))}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const erased = row(dbFile, request.id);
  assert.equal(erased.name, null);
  assert.equal(erased.message, null);
  assert.equal(erased.body_hash, '');
  for (const { file, bytes } of rawFiles(dbFile)) assert.equal(bytes.includes('Bartholomew Quince'), false, `name left in ${file}`);
});

test('rows erased under the older, looser rules are erased again under the strict ones', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'peer-erasure-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const dbFile = join(dir, 'old.db');
  const db = await openDatabase(dbFile);
  // What an erasure under the older rules left: body hash, the supporter it was for, exact times.
  db.prepare(
    `INSERT INTO requests (id, body_hash, supporter_id, urgency, referral, received_at, respond_by, contacted_at, closed_at, erase_after, erased_at)
     VALUES ('old-1', 'a9f3c2e0b1', 'ana-rivera', 'few-days', 0, '2026-10-05T08:12:44.123Z', '2026-10-06T08:12:44.123Z', '2026-10-05T09:00:00.000Z', '2026-10-05T11:00:00.000Z', '2026-10-05T11:00:00.000Z', '2026-10-05T11:00:00.000Z')`,
  ).run();
  const erasure = migrations.find((sql): sql is string => typeof sql === 'string' && sql.includes('-- Erasure:'));
  assert.ok(erasure, 'a migration marked "-- Erasure:" resets the rows erased under the older rules');
  db.exec(erasure);
  const result = await sweep(storeOver(toSql(db)), new Date('2026-11-24T10:00:00Z'));
  assert.equal(result.erased, 1);
  const erased = db.prepare("SELECT * FROM requests WHERE id = 'old-1'").get() as Record<string, unknown>;
  db.close();
  assert.equal(erased.body_hash, '');
  assert.equal(erased.supporter_id, null);
  assert.equal(erased.received_at, '2026-W41');
  assert.equal(erased.erased_at, '2026-W48');
});

test('the database file, -wal and -shm are 0600, its folder 0700, and every commit is synced (synchronous = FULL)', { skip: process.platform === 'win32' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'peer-modes-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

  // A new folder and file, through the real app.
  const dbFile = join(dir, 'data', 'peer-support.db');
  await testApp({ dbFile });
  assert.equal(mode(join(dir, 'data')), '700');
  for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) assert.equal(mode(file), '600', file);

  // Files left readable by an older version are tightened when opened.
  const oldFolder = join(dir, 'old');
  mkdirSync(oldFolder);
  chmodSync(oldFolder, 0o755);
  const oldFile = join(oldFolder, 'peer-support.db');
  const older = new Database(oldFile);
  older.pragma('journal_mode = WAL');
  older.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
  for (const file of [oldFile, `${oldFile}-wal`, `${oldFile}-shm`]) chmodSync(file, 0o644);
  const db = await openDatabase(oldFile);
  try {
    assert.equal(mode(oldFolder), '700');
    for (const file of [oldFile, `${oldFile}-wal`, `${oldFile}-shm`]) assert.equal(mode(file), '600', file);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('synchronous', { simple: true }), 2, 'FULL');
  } finally {
    db.close();
    older.close();
  }

  // A folder shared with other things keeps its mode; the database files are still 0600.
  const shared = join(dir, 'shared');
  mkdirSync(shared);
  chmodSync(shared, 0o755);
  writeFileSync(join(shared, 'notes.txt'), 'not ours');
  (await openDatabase(join(shared, 'peer.db'))).close();
  assert.equal(mode(shared), '755');
  assert.equal(mode(join(shared, 'peer.db')), '600');
});
