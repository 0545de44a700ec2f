// One idempotency rule (server/idempotency.ts) for both writes that create something under a key
// made on the device: support requests and contact log entries. The closed-request answer, which
// compares no bodies, is tested in erasure.test.ts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import type { ContactLog } from '../../src/core/contract.js';
import { isoWeek } from '../../src/core/format.js';
import { ContactsRepository } from '../db/contacts-repository.js';
import { openDatabase } from '../db/database.js';
import { bodyHash, canonicalJson } from '../idempotency.js';
import { contact, signIn, testApp, validRequest } from './helpers.js';

test('one canonical body hash: key order never matters, a value or an array order does', () => {
  const body = { id: 'a', channel: { value: '555', kind: 'text' }, topics: ['grief', 'family'] };
  assert.equal(canonicalJson(body), '{"channel":{"kind":"text","value":"555"},"id":"a","topics":["grief","family"]}');
  assert.equal(bodyHash({ topics: ['grief', 'family'], channel: { kind: 'text', value: '555' }, id: 'a' }), bodyHash(body));
  assert.notEqual(bodyHash({ ...body, channel: { kind: 'text', value: '556' } }), bodyHash(body));
  assert.notEqual(bodyHash({ ...body, topics: ['family', 'grief'] }), bodyHash(body));
  assert.match(bodyHash(body), /^[0-9a-f]{64}$/);
});

interface Route {
  url: string;
  table: 'requests' | 'contacts';
  noun: string;
  body: () => Record<string, unknown> & { id: string };
  changed: (body: Record<string, unknown>) => Record<string, unknown>;
  setup: () => Promise<{ app: FastifyInstance; dbFile: string; headers: Record<string, string> }>;
}

const routes: Route[] = [
  {
    url: '/api/requests',
    table: 'requests',
    noun: 'request',
    body: () => validRequest({ supporterId: 'ana-rivera' }),
    changed: (body) => ({ ...body, urgency: 'today' }),
    setup: async () => ({ ...(await testApp()), headers: {} }),
  },
  {
    url: '/api/contacts',
    table: 'contacts',
    noun: 'entry',
    body: () => contact({ topics: ['grief', 'family'] }),
    changed: (body) => ({ ...body, people: 2 }),
    setup: async () => {
      const { app, dbFile } = await testApp();
      return { app, dbFile, headers: (await signIn(app, dbFile, 'supporter', 'ana-rivera')).headers };
    },
  },
];

function storedHash(dbFile: string, table: Route['table'], id: string): string | undefined {
  const db = new Database(dbFile, { readonly: true });
  const row = db.prepare(`SELECT body_hash FROM ${table} WHERE id = ?`).get(id) as { body_hash: string } | undefined;
  db.close();
  return row?.body_hash;
}

for (const route of routes) {
  test(`POST ${route.url} follows the shared rule: key = id, same body replays, another body is 422`, async () => {
    const { app, dbFile, headers } = await route.setup();
    const body = route.body();
    const post = (payload: Record<string, unknown>, key = body.id) => app.inject({ method: 'POST', url: route.url, headers: { ...headers, 'idempotency-key': key }, payload });

    const mismatched = await post(body, crypto.randomUUID());
    assert.equal(mismatched.statusCode, 422);
    assert.equal(mismatched.json().detail, `The Idempotency-Key header must equal the ${route.noun} id.`);
    assert.equal(storedHash(dbFile, route.table, body.id), undefined);

    const first = await post(body);
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.headers['idempotent-replayed'], undefined);
    assert.equal(storedHash(dbFile, route.table, body.id), bodyHash(body), 'stored with the canonical body hash');

    const reordered = await post(Object.fromEntries(Object.entries(body).reverse()));
    assert.equal(reordered.statusCode, 200);
    assert.equal(reordered.headers['idempotent-replayed'], 'true');
    assert.deepEqual(reordered.json(), first.json());

    const other = await post(route.changed(body));
    assert.equal(other.statusCode, 422);
    assert.equal(other.json().detail, `This key was already used for a different ${route.noun}.`);
  });
}

/** The hash contacts were stored with before the canonical one, as routes/activity.ts computed it then. */
function oldSchemeHash(entry: ContactLog): string {
  const fields = [entry.week, entry.kind, entry.origin, entry.durationMinutes, entry.people, [...entry.topics].sort(), [...entry.referredTo].sort(), ...(entry.firstContact ? ['first contact'] : [])];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

test('a contact stored under the old hash scheme still replays; the old scheme answers only for such rows', async () => {
  const { app, dbFile } = await testApp();
  const { headers } = await signIn(app, dbFile, 'supporter', 'ana-rivera');
  const post = (entry: ContactLog) => app.inject({ method: 'POST', url: '/api/contacts', headers: { ...headers, 'idempotency-key': entry.id }, payload: entry });

  // Logged before the change, in a week that has closed since: a resend must still be answered.
  const tenWeeksAgo = isoWeek(new Date(Date.now() - 10 * 7 * 86_400_000));
  const old = contact({ week: tenWeeksAgo, topics: ['grief', 'family'], firstContact: true });
  const db = await openDatabase(dbFile);
  await new ContactsRepository(db).insert(old, oldSchemeHash(old));
  db.close();

  const replay = await post(old);
  assert.equal(replay.statusCode, 200, replay.body);
  assert.equal(replay.headers['idempotent-replayed'], 'true');
  assert.deepEqual(replay.json(), { id: old.id });
  // What the old scheme counted as the same entry (topics in any order) still is, for this row.
  assert.equal((await post({ ...old, topics: ['family', 'grief'] })).statusCode, 200);
  const other = await post({ ...old, people: 3 });
  assert.equal(other.statusCode, 422);
  assert.match(other.json().detail, /already used for a different entry/);
  assert.equal(storedHash(dbFile, 'contacts', old.id), oldSchemeHash(old), 'an old row is left as it was stored');

  // A row stored now is compared by the canonical hash alone.
  const fresh = contact({ topics: ['grief', 'family'] });
  assert.equal((await post(fresh)).statusCode, 201);
  assert.equal((await post({ ...fresh, topics: ['family', 'grief'] })).statusCode, 422);
});
