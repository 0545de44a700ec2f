// Nothing falls through (issue 17), against the real server on SQLite: urgency sets the clock, a
// supporter records "tried, no answer" until the request goes back, the person's receipt says
// honestly where it stands (and nothing else), and a coordinator sees each supporter's load in counts.
// The storage-level parts (order, tries, return) also run on PostgreSQL in storage.test.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { ProgramPolicySchema } from '../../src/core/contract.js';
import { conformRecord } from '../../src/core/conform.js';
import { DEFAULT_LIMITS } from '../limits.js';
import { readSettings } from '../settings.js';
import { signIn, testApp, validRequest } from './helpers.js';

const NOW = new Date('2026-11-24T10:17:42Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const hoursAfter = (date: Date, hours: number) => new Date(date.getTime() + hours * 3_600_000).toISOString();

const PRIVATE = { name: 'Marisol Quennell', channel: { kind: 'phone', value: '555-0142' }, message: 'The crash on the bypass keeps coming back.' };

const post = (app: FastifyInstance, body: ReturnType<typeof validRequest>) => app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': body.id }, payload: body });
const inbox = async (app: FastifyInstance, headers: Record<string, string>) => {
  const response = await app.inject({ url: '/api/inbox', headers });
  assert.equal(response.statusCode, 200, response.body);
  return response.json().items as Record<string, unknown>[];
};
const act = (app: FastifyInstance, headers: Record<string, string>, id: string, action: string, payload?: object) =>
  app.inject({ method: 'POST', url: `/api/inbox/${id}/${action}`, headers, ...(payload ? { payload } : {}) });
const status = (app: FastifyInstance, id: string) => app.inject({ url: `/api/requests/${id}/status` });

test('urgency sets the clock: respond-by is arrival plus the program’s hours for it; policy states them; the inbox is soonest first and says why', async () => {
  let now = NOW;
  const { app, dbFile } = await testApp({ now: () => now });
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera', 'cookie', now);
  const noRush = validRequest({ urgency: 'no-rush' });
  const fewDays = validRequest({ urgency: 'few-days' });
  const today = validRequest({ urgency: 'today' });
  // Arrival order is the opposite of the order they are due in.
  assert.equal((await post(app, noRush)).json().respondBy, hoursAfter(NOW, 72));
  now = at(10);
  assert.equal((await post(app, fewDays)).json().respondBy, hoursAfter(now, 24));
  now = at(20);
  assert.equal((await post(app, today)).json().respondBy, hoursAfter(now, 4));

  const items = await inbox(app, ana.headers);
  assert.deepEqual(
    items.map((item) => [item.id, item.urgency, item.respondWithinHours]),
    [
      [today.id, 'today', 4],
      [fewDays.id, 'few-days', 24],
      [noRush.id, 'no-rush', 72],
    ],
  );

  const policy = (await app.inject({ url: '/api/policy' })).json();
  assert.deepEqual(policy, { coordinatorReads: 'none', eraseAfterMinutes: 0, responseWindowHours: 4, respondWithinHours: { today: 4, 'few-days': 24, 'no-rush': 72 }, maxAttempts: 3 });
  // An older portal's policy (no hours per urgency) still conforms to the extended schema.
  assert.deepEqual(conformRecord(ProgramPolicySchema, { coordinatorReads: 'none', eraseAfterMinutes: 0, responseWindowHours: 24 }), { coordinatorReads: 'none', eraseAfterMinutes: 0, responseWindowHours: 24 });

  const custom = await testApp({ now: () => NOW, respondHours: { today: 2, 'no-rush': 120 }, maxAttempts: 5 });
  await signIn(custom.app, custom.dbFile, 'supporter', 'ana-rivera', 'cookie', NOW);
  assert.equal((await post(custom.app, validRequest({ urgency: 'today' }))).json().respondBy, hoursAfter(NOW, 2));
  assert.equal((await post(custom.app, validRequest({ urgency: 'no-rush' }))).json().respondBy, hoursAfter(NOW, 120));
  assert.deepEqual((await custom.app.inject({ url: '/api/policy' })).json().respondWithinHours, { today: 2, 'few-days': 24, 'no-rush': 120 });
});

test('the hours and the number of tries are checked at start, with sentences naming the setting; RESPONSE_WINDOW_HOURS still works', () => {
  const settings = (env: Record<string, string>) => readSettings({ SAMPLE_DATA: '1', ...env }, false);
  assert.deepEqual(settings({}).settings?.respondHours, { today: 4, 'few-days': 24, 'no-rush': 72 });
  assert.equal(settings({}).settings?.maxAttempts, 3);
  assert.deepEqual(settings({ RESPOND_HOURS_TODAY: '1', RESPOND_HOURS_FEW_DAYS: '12', RESPOND_HOURS_NO_RUSH: '48', MAX_ATTEMPTS: '4' }).settings?.respondHours, { today: 1, 'few-days': 12, 'no-rush': 48 });
  // The older single setting stands for "in the next few days"; the others keep their order around it.
  assert.deepEqual(settings({ RESPONSE_WINDOW_HOURS: '2' }).settings?.respondHours, { today: 2, 'few-days': 2, 'no-rush': 72 });
  assert.deepEqual(settings({ RESPONSE_WINDOW_HOURS: '96' }).settings?.respondHours, { today: 4, 'few-days': 96, 'no-rush': 96 });

  assert.deepEqual(settings({ RESPOND_HOURS_TODAY: '30' }).errors, [
    'RESPOND_HOURS_TODAY (30 hours) must not be longer than RESPOND_HOURS_FEW_DAYS (24 hours): a more urgent request never waits longer than a less urgent one.',
  ]);
  assert.deepEqual(settings({ RESPONSE_WINDOW_HOURS: '24', RESPOND_HOURS_FEW_DAYS: '12' }).errors, [
    'RESPONSE_WINDOW_HOURS (24) is the older name of RESPOND_HOURS_FEW_DAYS (12), and they differ. Keep RESPOND_HOURS_FEW_DAYS and unset RESPONSE_WINDOW_HOURS.',
  ]);
  assert.deepEqual(settings({ RESPOND_HOURS_NO_RUSH: 'three days', MAX_ATTEMPTS: '0' }).errors, [
    'RESPOND_HOURS_NO_RUSH must be a whole number from 1 to 720 hours (it is "three days").',
    'MAX_ATTEMPTS must be a whole number from 1 to 20 tries (it is "0").',
  ]);
});

test('couldn’t reach them: the holder records tries; the last one sends an "anyone" request back to the team, flagged', async () => {
  let now = NOW;
  const { app, dbFile } = await testApp({ now: () => now });
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera', 'cookie', now);
  const ben = await signIn(app, dbFile, 'supporter', 'ben-okafor', 'cookie', now);
  const coordinator = await signIn(app, dbFile, 'coordinator', undefined, 'cookie', now);
  const request = validRequest({ ...PRIVATE, urgency: 'today' });
  await post(app, request);

  assert.equal((await act(app, ana.headers, request.id, 'attempt', {})).statusCode, 409, 'take it first');
  assert.equal((await act(app, ana.headers, request.id, 'claim')).statusCode, 204);
  assert.equal((await act(app, ben.headers, request.id, 'attempt', {})).statusCode, 409, 'someone else holds it');
  assert.equal((await act(app, coordinator.headers, request.id, 'attempt', {})).statusCode, 403, 'coordinators do not make the calls');
  for (const nextAttemptAt of [at(-5).toISOString(), at(31 * 24 * 60).toISOString()]) {
    const refused = await act(app, ana.headers, request.id, 'attempt', { nextAttemptAt });
    assert.equal(refused.statusCode, 422, nextAttemptAt);
    assert.deepEqual(refused.json().errors, [{ field: 'nextAttemptAt', message: 'not in the coming 30 days' }]);
  }
  assert.equal((await act(app, ana.headers, request.id, 'attempt', { nextAttemptAt: 'tomorrow' })).statusCode, 400);
  assert.equal((await status(app, request.id)).json().status, 'waiting', 'a refused try is not counted');

  const first = await act(app, ana.headers, request.id, 'attempt', { nextAttemptAt: at(120).toISOString() });
  assert.equal(first.statusCode, 200, first.body);
  assert.deepEqual(first.json(), { attempts: 1, maxAttempts: 3, outcome: 'recorded', nextAttemptAt: at(120).toISOString() });
  const [held] = await inbox(app, ana.headers);
  assert.equal(held.attempts, 1);
  assert.equal(held.lastAttemptAt, '2026-11-24T10:00:00.000Z', 'kept to the hour');
  assert.equal(held.nextAttemptAt, at(120).toISOString());
  assert.equal(held.status, 'claimed');
  assert.equal((await act(app, ana.headers, request.id, 'release')).statusCode, 204);
  const [released] = await inbox(app, ben.headers);
  assert.equal(released.attempts, 1, 'the count stays with the request');
  assert.equal(released.nextAttemptAt, undefined, 'a try planned by whoever held it goes with them');
  assert.equal((await act(app, ana.headers, request.id, 'claim')).statusCode, 204);

  now = at(125);
  assert.equal((await act(app, ana.headers, request.id, 'attempt', {})).json().outcome, 'recorded');
  now = at(250);
  assert.deepEqual((await act(app, ana.headers, request.id, 'attempt', { nextAttemptAt: at(400).toISOString() })).json(), { attempts: 3, maxAttempts: 3, outcome: 'returned-to-team' });

  // Back with the team, untaken: Ana sees the preview like everyone else, with why and how often it was tried.
  for (const supporter of [ana, ben]) {
    const [item] = await inbox(app, supporter.headers);
    assert.equal(item.view, 'preview');
    assert.equal(item.status, 'open');
    assert.equal(item.returnedReason, 'not-reached');
    assert.equal(item.attempts, 3);
    assert.equal(item.nextAttemptAt, undefined, 'the next holder plans their own');
    assert.equal(item.channel, undefined);
  }
  assert.equal((await act(app, ben.headers, request.id, 'claim')).statusCode, 204, 'someone else on the team can take it');
  assert.equal((await act(app, ben.headers, request.id, 'contacted')).statusCode, 204);
  assert.equal((await act(app, ben.headers, request.id, 'attempt', {})).statusCode, 409, 'in touch: a check-in is a follow-up, not a try');
});

test('couldn’t reach them, addressed by name: the last try keeps it with that supporter and flags it for the coordinator', async () => {
  const now = NOW;
  const { app, dbFile } = await testApp({ now: () => now, maxAttempts: 2 });
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera', 'cookie', now);
  const coordinator = await signIn(app, dbFile, 'coordinator', undefined, 'cookie', now);
  const request = validRequest({ ...PRIVATE, supporterId: 'ana-rivera' });
  await post(app, request);
  await act(app, ana.headers, request.id, 'claim');
  assert.equal((await act(app, ana.headers, request.id, 'attempt', {})).json().outcome, 'recorded');
  assert.equal((await inbox(app, coordinator.headers))[0].needsCoordinator, undefined);
  assert.deepEqual((await act(app, ana.headers, request.id, 'attempt', {})).json(), { attempts: 2, maxAttempts: 2, outcome: 'sent-to-coordinator' });

  const [flagged] = await inbox(app, coordinator.headers);
  assert.equal(flagged.needsCoordinator, true);
  assert.equal(flagged.returnedReason, 'not-reached');
  assert.equal(flagged.view, 'summary', 'flagged, still not readable by the coordinator');
  assert.equal(flagged.name, undefined);
  const [hers] = await inbox(app, ana.headers);
  assert.equal(hers.view, 'full', 'still hers: the person chose her');
  assert.equal(hers.claimedByMe, true);
  await act(app, ana.headers, request.id, 'contacted');
  assert.equal((await inbox(app, coordinator.headers))[0].needsCoordinator, undefined, 'in touch: nothing to look at');
});

test('the person’s receipt says where the request stands and nothing else; an unknown id answers like a closed or erased one', async () => {
  let now = NOW;
  const { app, dbFile } = await testApp({ now: () => now, eraseAfterMinutes: 30 });
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera', 'cookie', now);
  const request = validRequest({ ...PRIVATE, supporterId: 'ana-rivera', urgency: 'today' });
  await post(app, request);

  const waiting = await status(app, request.id);
  assert.equal(waiting.statusCode, 200);
  assert.equal(waiting.headers['cache-control'], 'no-store');
  assert.deepEqual(waiting.json(), { status: 'waiting', respondBy: hoursAfter(NOW, 4) });
  await act(app, ana.headers, request.id, 'claim');
  assert.equal((await status(app, request.id)).json().status, 'waiting', 'taken is not yet tried');
  await act(app, ana.headers, request.id, 'attempt', { nextAttemptAt: at(60).toISOString() });
  assert.deepEqual((await status(app, request.id)).json(), { status: 'tried' }, 'no times, no supporter');
  await act(app, ana.headers, request.id, 'contacted');
  assert.deepEqual((await status(app, request.id)).json(), { status: 'in-touch' });
  now = at(90);
  await act(app, ana.headers, request.id, 'close');
  const closed = await status(app, request.id);
  assert.deepEqual(closed.json(), { status: 'closed' });
  now = at(200);
  await app.inject({ url: '/api/inbox', headers: (await signIn(app, dbFile, 'supporter', 'ben-okafor', 'cookie', now)).headers }); // the inbox sweeps: erased
  const side = new Database(dbFile, { readonly: true });
  assert.equal((side.prepare('SELECT name, erased_at FROM requests WHERE id = ?').get(request.id) as { name: string | null; erased_at: string }).name, null, 'erased');
  side.close();
  const erased = await status(app, request.id);
  const unknown = await status(app, crypto.randomUUID());
  for (const answer of [erased, unknown]) {
    assert.equal(answer.statusCode, closed.statusCode);
    assert.equal(answer.body, closed.body, 'byte for byte the same');
    assert.deepEqual(Object.keys(answer.headers).sort(), Object.keys(closed.headers).sort());
  }
  for (const answer of [waiting, closed, erased]) {
    for (const secret of [PRIVATE.name, PRIVATE.channel.value, 'ana', 'Ana']) assert.ok(!answer.body.includes(secret), `${secret} in ${answer.body}`);
  }
  assert.equal((await status(app, 'not-a-uuid')).statusCode, 400);
});

test('the receipt is rate-limited like new requests, per client', async () => {
  const { app } = await testApp({ limits: { ...DEFAULT_LIMITS, requestsPerClient: { max: 2, windowMs: 60_000 } } });
  const id = crypto.randomUUID();
  assert.equal((await status(app, id)).statusCode, 200);
  assert.equal((await status(app, id)).statusCode, 200);
  const third = await status(app, id);
  assert.equal(third.statusCode, 429);
  assert.ok(Number(third.headers['retry-after']) > 0);
});

test('a coordinator sees each supporter’s open load in counts; no requester, no request id; supporters may not', async () => {
  const now = NOW;
  const { app, dbFile } = await testApp({ now: () => now });
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera', 'cookie', now);
  const ben = await signIn(app, dbFile, 'supporter', 'ben-okafor', 'cookie', now);
  const coordinator = await signIn(app, dbFile, 'coordinator', undefined, 'cookie', now);
  const requests = [
    validRequest({ ...PRIVATE, supporterId: 'ana-rivera' }), // addressed to Ana, not taken
    validRequest({ name: 'Tamsin Orrery' }), // Ana: taken
    validRequest({ name: 'Ignatius Vell' }), // Ana: tried
    validRequest({ name: 'Perpetua Hale' }), // Ana: in touch
    validRequest({ name: 'Cosmo Brightwater' }), // Ben: taken
    validRequest({ name: 'Olwen Marsh' }), // closed: not load
  ];
  for (const request of requests) await post(app, request);
  for (const request of requests.slice(1, 4)) await act(app, ana.headers, request.id, 'claim');
  await act(app, ana.headers, requests[2].id, 'attempt', {});
  await act(app, ana.headers, requests[3].id, 'contacted');
  await act(app, ben.headers, requests[4].id, 'claim');
  await act(app, ben.headers, requests[5].id, 'claim');
  await act(app, ben.headers, requests[5].id, 'close');

  assert.equal((await app.inject({ url: '/api/inbox/load', headers: ana.headers })).statusCode, 403);
  assert.equal((await app.inject({ url: '/api/inbox/load' })).statusCode, 401);
  const response = await app.inject({ url: '/api/inbox/load', headers: coordinator.headers });
  assert.equal(response.statusCode, 200, response.body);
  const { items } = response.json() as { items: Record<string, unknown>[] };
  const of = (accountId: string) => items.find((item) => item.accountId === accountId);
  assert.deepEqual(of(ana.account.id), { accountId: ana.account.id, displayName: 'ana-rivera', supporterId: 'ana-rivera', addressed: 1, claimed: 1, attempted: 1, contacted: 1 });
  assert.deepEqual(of(ben.account.id), { accountId: ben.account.id, displayName: 'ben-okafor', supporterId: 'ben-okafor', addressed: 0, claimed: 1, attempted: 0, contacted: 0 });
  assert.equal(of(coordinator.account.id), undefined, 'supporter accounts only');
  for (const request of requests) {
    assert.ok(!response.body.includes(request.id), 'no request id');
    assert.ok(!response.body.includes(request.name), 'no requester');
  }
});
