// The hot path of `POST /api/requests`, on both stores: a new request that nothing refuses is stored by
// one statement (RequestsRepository.insertIfAllowed), and the abuse-limit counters of both rules are
// counted in one round trip (RateLimitsRepository.hitThen). What they must never do is store or count
// what the checks one by one would refuse; every refusal keeps its own answer.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import type { SupportRequest } from '../../src/core/contract.js';
import { buildApp } from '../app.js';
import type { Store } from '../db/store.js';
import { NO_LIMITS, overLimit } from '../limits.js';
import type { LimitSettings, RateLimitStore } from '../limits.js';
import { anonymousPost as post, ONE_PER_CLIENT_THREE_OVERALL, overallLimitHolds } from './anonymous-post.js';
import { BACKENDS, storeOn } from './backends.js';
import { validRequest } from './helpers.js';

const NOW = new Date('2026-11-24T10:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
let contacts = 0;
/** A valid request with contact details of its own, unless `overrides` gives some. */
const request = (overrides: Record<string, unknown> = {}) => validRequest({ channel: { kind: 'text', value: `555-01${String(contacts++).padStart(2, '0')}` }, ...overrides }) as SupportRequest;

/** A supporter on the roster; with an active supporter account unless `account` is false. */
async function supporter(store: Store, id: string, team: string, account = true) {
  await store.supporters.upsert(
    [{ id, displayName: id, team, experiences: [], languages: ['en'], channels: [{ kind: 'phone', value: '555-0199' }], availability: { status: 'available', since: NOW.toISOString() } }],
    NOW,
  );
  if (account) return store.accounts.create({ role: 'supporter', supporterId: id, displayName: id }, NOW);
  return undefined;
}

for (const backend of BACKENDS) {
  describe(`POST requests' hot path on ${backend.name}`, () => {
    test('the one-statement insert stores a request only when no check would refuse it', async () => {
      const store = await storeOn(await backend.target());
      const insert = (body: SupportRequest, cap = 2) => store.requests.insertIfAllowed(body, 'hash', NOW, later(60), cap);
      const nobody = request({ supporterId: undefined });
      assert.equal(await insert(nobody), undefined, 'nobody on the team can read it yet');
      await supporter(store, 'no-account', 'Station 1', false);
      assert.equal(await insert(nobody), undefined, 'a supporter without an account cannot read it');
      const ana = await supporter(store, 'ana', 'Station 1');
      const toAnyone = request({ supporterId: undefined });
      assert.deepEqual(await insert(toAnyone), { id: toAnyone.id, status: 'received', receivedAt: NOW.toISOString(), respondBy: later(60).toISOString() });
      const stored = await store.requests.find(toAnyone.id);
      assert.equal(stored?.name, toAnyone.name);
      assert.equal(stored?.channel_value, toAnyone.channel.value);
      assert.equal(stored?.respond_by, later(60).toISOString());
      assert.equal(await insert({ ...toAnyone, name: 'Someone else' }), undefined, 'an id already stored');
      assert.equal((await store.requests.find(toAnyone.id))?.name, toAnyone.name, 'and the stored row is untouched');
      assert.ok(await insert(request({ supporterId: 'ana' })), 'a named supporter with an account');
      assert.equal(await insert(request({ supporterId: 'no-account' })), undefined, 'a named supporter without one');
      assert.equal(await insert(request({ supporterId: 'nobody-here' })), undefined, 'a name not on the roster');
      assert.equal(await insert(request({ supporterId: undefined, preferences: { notMyTeam: true, team: 'Station 9' } })), undefined, 'teams are compared in code, never here');
      // The cap: two open requests per contact value; the request's own id is not counted.
      const channel = { kind: 'phone', value: '+1 555 014 7788' };
      assert.ok(await insert(request({ supporterId: undefined, channel })));
      assert.ok(await insert(request({ supporterId: undefined, channel })));
      assert.equal(await insert(request({ supporterId: undefined, channel })), undefined, 'a third open one with the same contact');
      assert.ok(await insert(request({ supporterId: undefined, channel }), 3), 'unless the cap is higher');
      assert.ok(await insert(request({ supporterId: undefined, channel }), 0), 'or off');
      assert.ok(await insert(request({ supporterId: undefined, channel: { kind: 'phone', value: '+1 555 014 7789' } })), 'other contact details are not affected');
      // A supporter whose account is disabled can no longer be asked by name, nor be the only reader.
      await store.accounts.disable(ana!.id, NOW);
      assert.equal(await insert(request({ supporterId: 'ana' })), undefined);
      assert.equal(await insert(request({ supporterId: undefined, channel: { kind: 'text', value: '555-0142' } })), undefined);
      assert.equal(await store.requests.count(), 7);
    });

    test('through the server, every check keeps its own answer', async () => {
      const target = await backend.target();
      const limits: LimitSettings = { ...NO_LIMITS, openRequestsPerContact: 2 };
      const app = await buildApp({ dbFile: target.dbFile ?? ':memory:', databaseUrl: target.databaseUrl, maintenanceIntervalMs: 3_600_000, limits });
      after(() => app.close());
      const side = await storeOn(target);
      const first = request({ supporterId: undefined });
      const created = await app.inject(post(first));
      assert.equal(created.statusCode, 201);
      assert.equal(created.json().status, 'received');
      const again = await app.inject(post(first));
      assert.equal(again.statusCode, 200, 'a resend gets the receipt again');
      assert.equal(again.headers['idempotent-replayed'], 'true');
      assert.deepEqual(again.json(), created.json());
      assert.equal((await app.inject(post({ ...first, name: 'Someone else' } as SupportRequest))).statusCode, 422, 'a key reused for another request');
      const mismatched = request();
      assert.equal((await app.inject(post(mismatched, undefined, { 'idempotency-key': crypto.randomUUID() }))).statusCode, 422, 'a key that is not the id');
      // The cap, and a resend of a saved request past it.
      const channel = { kind: 'phone', value: '+1 555 014 7788' };
      const second = request({ supporterId: undefined, channel });
      assert.equal((await app.inject(post(request({ supporterId: undefined, channel })))).statusCode, 201);
      assert.equal((await app.inject(post(second))).statusCode, 201);
      const capped = await app.inject(post(request({ supporterId: undefined, channel })));
      assert.equal(capped.statusCode, 429);
      assert.ok(Number(capped.headers['retry-after']) >= 1);
      assert.deepEqual(capped.json().errors, [{ field: 'channel.value', message: 'too many open requests with this contact' }]);
      assert.equal(await side.requests.openForContact(channel, second.id), 1, 'and it was not stored');
      const resent = await app.inject(post(second));
      assert.equal(resent.statusCode, 200, resent.body);
      // Who can read it.
      await supporter(side, 'no-account', 'Station 1', false);
      const unreachable = await app.inject(post(request({ supporterId: 'no-account' })));
      assert.equal(unreachable.statusCode, 422);
      assert.match(unreachable.json().detail, /cannot receive requests through this page yet/);
      assert.match((await app.inject(post(request({ supporterId: 'nobody-here' })))).json().detail, /no longer on the team list/);
      assert.equal((await app.inject(post(request({ supporterId: 'ana-rivera' })))).statusCode, 201, 'a sample supporter, by name');
      assert.equal((await app.inject(post(request({ supporterId: undefined, preferences: { notMyTeam: true } })))).statusCode, 422, 'not my team, without a team');
      assert.equal((await app.inject(post(request({ supporterId: undefined, preferences: { notMyTeam: true, team: 'Medic 7 – A shift' } })))).statusCode, 201, 'not my team, with one');
      // A closed request's id answers "closed" whatever comes with it.
      await side.requests.close(first.id, NOW, later(60));
      const closed = await app.inject(post({ ...first, name: 'Guess' } as SupportRequest));
      assert.equal(closed.statusCode, 200);
      assert.deepEqual(closed.json(), { id: first.id, status: 'closed' });
      // Nobody left who can read a request: it is refused, and nothing was stored by any refusal.
      for (const account of await side.accounts.supporters()) await side.accounts.disable(account.id, NOW);
      const nobody = await app.inject(post(request({ supporterId: undefined })));
      assert.equal(nobody.statusCode, 422);
      assert.match(nobody.json().detail, /Nobody on the team can receive requests/);
      assert.equal(await side.requests.count(), 5);
    });

    test('both limit counters in one round trip count as the two hits one after the other would', async () => {
      const store = await storeOn(await backend.target());
      const client = { key: 'client:a', windowMs: 600_000, max: 2 };
      const all = { key: 'all', windowMs: 60_000 };
      const at = 1_800_000_000_000;
      const start = (windowMs: number) => Math.floor(at / windowMs) * windowMs;
      const [c1, a1] = await store.rateLimits.hitThen(client, all, at);
      assert.deepEqual(c1, { count: 1, resetAt: start(600_000) + 600_000 });
      assert.deepEqual(a1, { count: 1, resetAt: start(60_000) + 60_000 });
      assert.equal((await store.rateLimits.hitThen(client, all, at))[1]?.count, 2);
      // Over its own limit: the client is counted, the overall counter is not touched.
      const [c3, a3] = await store.rateLimits.hitThen(client, all, at);
      assert.equal(c3.count, 3);
      assert.equal(a3, undefined);
      assert.equal((await store.rateLimits.hitThen({ ...client, key: 'client:b' }, all, at))[1]?.count, 3, 'another client within its limit is counted overall');
      assert.equal((await store.rateLimits.hit('all', 60_000, at)).count, 4, 'the same counter as hit() counts');
    });

    test('the overall limit holds many clients together with the counters in the database, and one client over its own limit does not use it up', async () => {
      const target = await backend.target();
      const counters = (await storeOn(target)).rateLimits;
      const calls: string[] = [];
      // The database's counters, noting which way they were asked.
      const recording: RateLimitStore = {
        hit: (...args) => (calls.push('hit'), counters.hit(...args)),
        hitThen: (...args) => (calls.push('hitThen'), counters.hitThen(...args)),
      };
      const limits: LimitSettings = { ...NO_LIMITS, ...ONE_PER_CLIENT_THREE_OVERALL };
      const app = await buildApp({ dbFile: target.dbFile ?? ':memory:', databaseUrl: target.databaseUrl, maintenanceIntervalMs: 3_600_000, limits, rateLimitStore: recording });
      after(() => app.close());
      await overallLimitHolds(app, validRequest);
      assert.deepEqual(new Set(calls), new Set(['hitThen']), 'one call per request for both rules');
    });
  });
}

test('overLimit with a store that counts both rules at once answers as with one that counts them one by one', async () => {
  const rules = { perClient: { max: 2, windowMs: 600_000 }, overall: { max: 3, windowMs: 60_000 } };
  const answers = async (store: RateLimitStore) => {
    const out: (number | undefined)[] = [];
    for (const client of ['a', 'a', 'a', 'b', 'c', 'd', 'a']) out.push(await overLimit(store, 'POST /api/requests', client, rules, 1_800_000_030_000));
    return out;
  };
  const sqlite = await storeOn(await BACKENDS[0].target());
  const oneByOne: RateLimitStore = { hit: (...args) => sqlite.rateLimits.hit(...args) };
  const sqlite2 = await storeOn(await BACKENDS[0].target());
  const expected = await answers(oneByOne);
  assert.deepEqual(expected, [undefined, undefined, 570, undefined, 30, 30, 570]);
  assert.deepEqual(await answers(sqlite2.rateLimits), expected);
});
