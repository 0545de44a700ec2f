// Who reads a request, and routing that survives what operators do: roster imports, people leaving,
// coordinators assigning, "not on my team". Driven through the HTTP API and the real CLIs, against a
// database the running app holds open, the way a program runs them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sameTeam } from '../../src/core/text-search.js';
import { signIn, testApp, validRequest } from './helpers.js';

const post = (app: FastifyInstance, body: ReturnType<typeof validRequest>) =>
  app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': body.id }, payload: body });
const inbox = async (app: FastifyInstance, headers: Record<string, string>) => (await app.inject({ url: '/api/inbox', headers })).json().items as Record<string, unknown>[];
const act = (app: FastifyInstance, headers: Record<string, string>, id: string, action: string, payload?: object) =>
  app.inject({ method: 'POST', url: `/api/inbox/${id}/${action}`, headers, ...(payload ? { payload } : {}) });

function importRoster(dbFile: string, dir: string, roster: unknown): string {
  const file = join(dir, 'roster.json');
  writeFileSync(file, JSON.stringify(roster, null, 2));
  return execFileSync(process.execPath, ['--import', 'tsx', 'server/cli/roster-import.ts', file], { env: { ...process.env, DB_FILE: dbFile }, encoding: 'utf8' });
}

const PRIVATE = { name: 'Sam Private-Person', channel: { kind: 'phone', value: '555-0199' }, message: 'Nights have been hard since the fire.' };

test('re-importing the very roster the API serves keeps a private request with its supporter and every account linked', async () => {
  const { app, dbFile, dir } = await testApp();
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera');
  const ben = await signIn(app, dbFile, 'supporter', 'ben-okafor');
  const request = validRequest({ supporterId: 'ana-rivera', ...PRIVATE });
  assert.equal((await post(app, request)).statusCode, 201);

  const served = (await app.inject({ url: '/api/supporters' })).json();
  const output = importRoster(dbFile, dir, served);
  assert.match(output, /0 added, 12 updated, 0 removed/);

  assert.deepEqual(await inbox(app, ben.headers), [], 'nobody else reads it');
  const [item] = await inbox(app, ana.headers);
  assert.equal(item?.id, request.id);
  assert.equal(item?.name, PRIVATE.name);
  assert.equal((await app.inject({ method: 'PUT', url: '/api/availability', headers: ana.headers, payload: { status: 'busy' } })).statusCode, 204, 'the account is still linked');
});

test('a supporter who leaves the roster: their open requests go back to the team, flagged; their accounts are disabled', async () => {
  const { app, dbFile, dir } = await testApp();
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera');
  const ben = await signIn(app, dbFile, 'supporter', 'ben-okafor');
  const addressed = validRequest({ supporterId: 'ana-rivera', ...PRIVATE });
  const taken = validRequest({ name: 'Jo' });
  await post(app, addressed);
  await post(app, taken);
  assert.equal((await act(app, ana.headers, taken.id, 'claim')).statusCode, 204);

  const served = (await app.inject({ url: '/api/supporters' })).json();
  const output = importRoster(dbFile, dir, { items: served.items.filter((supporter: { id: string }) => supporter.id !== 'ana-rivera') });
  assert.match(output, /1 removed/);
  assert.match(output, /2 open request\(s\) went back to the team/);

  assert.equal((await app.inject({ url: '/api/inbox', headers: ana.headers })).statusCode, 401, 'her sessions ended');
  const items = await inbox(app, ben.headers);
  assert.deepEqual(items.map((item) => item.id).sort(), [addressed.id, taken.id].sort());
  for (const item of items) {
    assert.equal(item.returnedReason, 'supporter-left');
    assert.equal(item.view, 'preview');
    assert.equal(item.channel, undefined, 'contact details only to whoever takes it');
  }
});

test('who reads what: a named request only its supporter; "anyone" a first name until taken; coordinators a summary', async () => {
  const { app, dbFile } = await testApp();
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera');
  const ben = await signIn(app, dbFile, 'supporter', 'ben-okafor');
  const chi = await signIn(app, dbFile, 'supporter', 'chi-nguyen');
  const coordinator = await signIn(app, dbFile, 'coordinator');
  const named = validRequest({ supporterId: 'ana-rivera', ...PRIVATE, urgency: 'today' });
  const anyone = validRequest({ ...PRIVATE, bestTimes: 'after 6pm', preferences: { language: 'es' } });
  await post(app, named);
  await post(app, anyone);

  assert.deepEqual((await inbox(app, ben.headers)).map((item) => item.id), [anyone.id], 'Ben does not see what was addressed to Ana');
  const [preview] = await inbox(app, ben.headers);
  assert.equal(preview.view, 'preview');
  assert.equal(preview.name, 'Sam', 'a first name only');
  assert.deepEqual(preview.preferences, { language: 'es' });
  for (const hidden of ['channel', 'message', 'bestTimes']) assert.equal(preview[hidden], undefined, `${hidden} is not shown before someone takes it`);

  const summaries = await inbox(app, coordinator.headers);
  assert.equal(summaries.length, 2);
  for (const summary of summaries) {
    assert.equal(summary.view, 'summary');
    for (const hidden of ['name', 'channel', 'message', 'bestTimes', 'preferences']) assert.equal(summary[hidden], undefined, `coordinators do not see ${hidden}`);
    assert.ok(summary.urgency && summary.respondBy);
  }
  assert.equal(summaries.find((summary) => summary.id === named.id)?.supporterId, 'ana-rivera');
  assert.equal((await act(app, coordinator.headers, named.id, 'claim')).statusCode, 403, 'coordinators assign; they do not take requests');

  const [full] = (await inbox(app, ana.headers)).filter((item) => item.id === named.id);
  assert.equal(full.view, 'full');
  assert.equal(full.message, PRIVATE.message);

  assert.equal((await act(app, ben.headers, anyone.id, 'claim')).statusCode, 204);
  const [taken] = await inbox(app, ben.headers);
  assert.equal(taken.view, 'full');
  assert.deepEqual(taken.channel, PRIVATE.channel);
  assert.deepEqual(await inbox(app, chi.headers), [], 'once taken, the rest of the team no longer sees it');
});

test('a program can let coordinators read overdue requests, or every request, and /api/policy says which', async () => {
  let now = new Date('2026-11-24T10:00:00Z');
  const overdueApp = await testApp({ now: () => now, coordinatorReads: 'overdue', responseWindowHours: 24 });
  const coordinator = await signIn(overdueApp.app, overdueApp.dbFile, 'coordinator', undefined, 'cookie', now);
  const request = validRequest(PRIVATE);
  await post(overdueApp.app, request);
  assert.equal((await inbox(overdueApp.app, coordinator.headers))[0]?.name, undefined);
  now = new Date('2026-11-25T10:01:00Z');
  const later = await signIn(overdueApp.app, overdueApp.dbFile, 'coordinator', undefined, 'cookie', now);
  const [overdue] = await inbox(overdueApp.app, later.headers);
  assert.equal(overdue.overdue, true);
  assert.equal(overdue.view, 'full');
  assert.equal(overdue.name, PRIVATE.name);
  // responseWindowHours is the shortest of the hours per urgency (server/respond-by.ts): a form that states only it never promises a longer wait.
  const hours = { responseWindowHours: 4, respondWithinHours: { today: 4, 'few-days': 24, 'no-rush': 72 }, maxAttempts: 3 };
  assert.deepEqual((await overdueApp.app.inject({ url: '/api/policy' })).json(), { coordinatorReads: 'overdue', eraseAfterMinutes: 0, ...hours });

  const triage = await testApp({ coordinatorReads: 'all', eraseAfterMinutes: 30, confidentialityNotes: ['Our program keeps no notes of conversations.'] });
  const triageCoordinator = await signIn(triage.app, triage.dbFile, 'coordinator');
  await post(triage.app, validRequest(PRIVATE));
  assert.equal((await inbox(triage.app, triageCoordinator.headers))[0]?.message, PRIVATE.message);
  assert.deepEqual((await triage.app.inject({ url: '/api/policy' })).json(), {
    coordinatorReads: 'all',
    eraseAfterMinutes: 30,
    ...hours,
    notes: ['Our program keeps no notes of conversations.'],
  });
});

test('assigning never strands a request: a named one goes only to its supporter, with the reason when refused', async () => {
  const { app, dbFile } = await testApp();
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera');
  const ben = await signIn(app, dbFile, 'supporter', 'ben-okafor');
  const coordinator = await signIn(app, dbFile, 'coordinator');
  const request = validRequest({ supporterId: 'ana-rivera' });
  await post(app, request);

  const refused = await act(app, coordinator.headers, request.id, 'assign', { accountId: ben.account.id });
  assert.equal(refused.statusCode, 409);
  assert.match(refused.json().detail, /addressed to one supporter by name/);
  assert.deepEqual(await inbox(app, ben.headers), []);

  assert.equal((await act(app, coordinator.headers, request.id, 'assign', { accountId: ana.account.id })).statusCode, 204);
  for (const step of ['contacted', 'close']) assert.equal((await act(app, ana.headers, request.id, step)).statusCode, 204, `Ana can ${step}`);
});

test('a request reaches only someone who can read it: no account, nobody left, or an unknown supporter is refused at once', async () => {
  const { app, dbFile, dir } = await testApp();
  const served = (await app.inject({ url: '/api/supporters' })).json();
  assert.ok(served.items.every((supporter: { acceptsRequests?: boolean }) => supporter.acceptsRequests === true), 'sample supporters all have accounts');
  const newcomer = { ...served.items[0], id: 'pat-lee', displayName: 'Pat Lee-Example' };
  importRoster(dbFile, dir, { items: [...served.items, newcomer] });
  const roster = (await app.inject({ url: '/api/supporters' })).json().items as { id: string; acceptsRequests?: boolean }[];
  assert.equal(roster.find((supporter) => supporter.id === 'pat-lee')?.acceptsRequests, false);

  const toPat = await post(app, validRequest({ supporterId: 'pat-lee' }));
  assert.equal(toPat.statusCode, 422);
  assert.match(toPat.json().detail, /cannot receive requests through this page/);
  assert.deepEqual(toPat.json().errors, [{ field: 'supporterId', message: 'this supporter cannot receive requests' }]);

  // Nobody left who can read it: everyone but Pat leaves.
  importRoster(dbFile, dir, { items: [newcomer] });
  const toAnyone = await post(app, validRequest());
  assert.equal(toAnyone.statusCode, 422);
  assert.match(toAnyone.json().detail, /Nobody on the team can receive requests/);
});

test('"not on my team" travels with the request and keeps it from every supporter of that team', async () => {
  const { app, dbFile } = await testApp();
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera');
  const ben = await signIn(app, dbFile, 'supporter', 'ben-okafor'); // Dispatch – nights
  const coordinator = await signIn(app, dbFile, 'coordinator');

  const withoutTeam = await post(app, validRequest({ preferences: { notMyTeam: true } }));
  assert.equal(withoutTeam.statusCode, 422);
  assert.equal(withoutTeam.json().errors[0].field, 'preferences.team');

  const request = validRequest({ preferences: { notMyTeam: true, team: ' dispatch –  NIGHTS ' } });
  assert.equal((await post(app, request)).statusCode, 201);
  assert.deepEqual(await inbox(app, ben.headers), [], 'a supporter of the same team never sees it');
  assert.equal((await act(app, ben.headers, request.id, 'claim')).statusCode, 403);
  assert.equal((await act(app, coordinator.headers, request.id, 'assign', { accountId: ben.account.id })).statusCode, 409);
  const [seen] = await inbox(app, ana.headers);
  assert.equal(seen?.id, request.id);
  assert.deepEqual(seen?.preferences, { notMyTeam: true }, 'the requester’s team is never shown');
});

test('SAMPLE_DATA=0 starts a real program empty: no fictional supporters, accounts or contacts', async () => {
  process.env.SAMPLE_DATA = '0';
  try {
    const { app, dbFile } = await testApp();
    assert.deepEqual((await app.inject({ url: '/api/supporters' })).json().items, []);
    const coordinator = await signIn(app, dbFile, 'coordinator');
    assert.deepEqual((await app.inject({ url: '/api/inbox/assignees', headers: coordinator.headers })).json().items, []);
  } finally {
    delete process.env.SAMPLE_DATA;
  }
});

test('one rule for "the same team", shared by the server and the roster filter: no case, accents or extra spaces', () => {
  assert.equal(sameTeam('Équipe  Nord ', 'equipe nord'), true);
  assert.equal(sameTeam('Dispatch – nights', 'DISPATCH – NIGHTS'), true);
  assert.equal(sameTeam('Dispatch – nights', 'Dispatch – days'), false);
  assert.equal(sameTeam('', ''), false, 'no team is nobody’s team');
});
