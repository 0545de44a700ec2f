import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { contact, signIn, testApp, validRequest } from './helpers.js';


test('a one-time link signs in once, as an HttpOnly SameSite=Strict cookie, and never again', async () => {
  const { app, dbFile } = await testApp();
  const { token, setCookie, session } = await signIn(app, dbFile, 'supporter', 'ana-rivera');
  assert.match(setCookie, /HttpOnly/);
  assert.match(setCookie, /SameSite=Strict/);
  assert.match(setCookie, /Secure/);
  assert.match(setCookie, /Path=\/api/);
  assert.equal(session.sessionToken, undefined, 'the cookie session token is never in the body');
  const again = await app.inject({ method: 'POST', url: '/api/session', payload: { token } });
  assert.equal(again.statusCode, 401);
  assert.match(again.json().detail, /expired or was already used/);
});

test('every non-public route refuses the signed-out (401) and the wrong person (403)', async () => {
  const { app, dbFile } = await testApp();
  const request = validRequest({ supporterId: 'ana-rivera' });
  await app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': request.id }, payload: request });
  const ben = await signIn(app, dbFile, 'supporter', 'ben-okafor');
  const routes: [string, string, unknown?][] = [
    ['GET', '/api/session'],
    ['DELETE', '/api/session'],
    ['GET', '/api/inbox'],
    ['GET', '/api/inbox/assignees'],
    ['POST', `/api/inbox/${request.id}/claim`],
    ['POST', `/api/inbox/${request.id}/contacted`],
    ['POST', `/api/inbox/${request.id}/release`],
    ['POST', `/api/inbox/${request.id}/close`],
    ['POST', `/api/inbox/${request.id}/assign`, { accountId: ben.account.id }],
    ['PUT', '/api/availability', { status: 'busy' }],
    ['POST', '/api/contacts', contact()],
    ['GET', '/api/stats'],
  ];
  for (const [method, url, payload] of routes) {
    const anonymous = await app.inject({ method: method as 'GET', url, payload: payload as object, headers: payload ? { 'idempotency-key': (payload as { id?: string }).id ?? 'x' } : {} });
    assert.equal(anonymous.statusCode, 401, `${method} ${url} signed out`);
    assert.match(String(anonymous.headers['content-type']), /problem\+json/);
  }
  // Ben is a supporter, but the request is addressed to Ana; assigning is for coordinators.
  for (const [method, url, payload] of routes.filter(([, url]) => url.includes('/inbox/'))) {
    // (Ben is not a coordinator, so the assignee list is refused too.)
    const wrong = await app.inject({ method: method as 'POST', url, payload: payload as object, headers: ben.headers });
    assert.equal(wrong.statusCode, 403, `${method} ${url} as the wrong supporter`);
  }
  const inbox = await app.inject({ url: '/api/inbox', headers: ben.headers });
  assert.deepEqual(inbox.json().items.map((item: { id: string }) => item.id), []);
  // A coordinator account cannot set a supporter's availability.
  const coordinator = await signIn(app, dbFile, 'coordinator');
  assert.equal((await app.inject({ method: 'PUT', url: '/api/availability', headers: coordinator.headers, payload: { status: 'busy' } })).statusCode, 403);
});

test('cookie writes need the CSRF token; bearer sessions (an HR portal) do not use cookies at all', async () => {
  const { app, dbFile } = await testApp();
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera');
  const withoutToken = await app.inject({ method: 'PUT', url: '/api/availability', headers: { cookie: ana.headers.cookie }, payload: { status: 'busy' } });
  assert.equal(withoutToken.statusCode, 403);
  assert.match(withoutToken.json().detail, /security token/);
  assert.equal((await app.inject({ method: 'PUT', url: '/api/availability', headers: ana.headers, payload: { status: 'busy' } })).statusCode, 204);
  const portal = await signIn(app, dbFile, 'supporter', 'ana-rivera', 'bearer');
  assert.equal(portal.setCookie, '');
  assert.equal((await app.inject({ method: 'PUT', url: '/api/availability', headers: portal.headers, payload: { status: 'available' } })).statusCode, 204);
});

test('availability set by a supporter shows on the roster', async () => {
  const { app, dbFile } = await testApp();
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera');
  const until = new Date(Date.now() + 3_600_000).toISOString();
  assert.equal((await app.inject({ method: 'PUT', url: '/api/availability', headers: ana.headers, payload: { status: 'on-break', until } })).statusCode, 204);
  const roster = (await app.inject({ url: '/api/supporters' })).json();
  const entry = roster.items.find((supporter: { id: string }) => supporter.id === 'ana-rivera');
  assert.equal(entry.availability.status, 'on-break');
  assert.equal(entry.availability.until, until);
  assert.equal((await app.inject({ method: 'PUT', url: '/api/availability', headers: ana.headers, payload: { status: 'asleep' } })).statusCode, 400);
});

test('the inbox loop: seen by the right supporter, claimed, contacted, closed, and erased in the database file', async () => {
  const { app, dbFile } = await testApp();
  const request = validRequest({ supporterId: 'ana-rivera', name: 'Sam Private', message: 'Nights have been hard.', bestTimes: 'after 6' });
  await app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': request.id }, payload: request });
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera');
  const coordinator = await signIn(app, dbFile, 'coordinator');
  const [item] = (await app.inject({ url: '/api/inbox', headers: ana.headers })).json().items;
  assert.equal(item.id, request.id);
  assert.equal(item.name, 'Sam Private');
  assert.equal(item.status, 'open');
  assert.equal(item.overdue, false);
  for (const step of ['claim', 'contacted', 'close']) {
    const response = await app.inject({ method: 'POST', url: `/api/inbox/${request.id}/${step}`, headers: ana.headers });
    assert.equal(response.statusCode, 204, `${step}: ${response.body}`);
  }
  assert.deepEqual((await app.inject({ url: '/api/inbox', headers: coordinator.headers })).json().items, []);
  const db = new Database(dbFile, { readonly: true });
  const row = db.prepare('SELECT * FROM requests WHERE id = ?').get(request.id) as Record<string, unknown>;
  db.close();
  for (const field of ['name', 'channel_kind', 'channel_value', 'best_times', 'message', 'preferences']) assert.equal(row[field], null, field);
  assert.ok(row.erased_at);
  assert.equal(row.urgency, request.urgency, 'the anonymous tally stays');
  // Fold the write-ahead log into the file, then look at the bytes themselves.
  const writer = new Database(dbFile);
  writer.pragma('wal_checkpoint(TRUNCATE)');
  writer.close();
  for (const file of [dbFile, `${dbFile}-wal`]) {
    const raw = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
    assert.equal(raw.includes('Nights have been hard.'), false, `no copy left in ${file}`);
    assert.equal(raw.includes('Sam Private'), false, `no name left in ${file}`);
  }
});

test('closing with a grace period erases later; overdue and unclaimed requests are flagged for coordinators', async () => {
  let now = new Date('2026-11-24T10:00:00Z');
  const { app, dbFile } = await testApp({ now: () => now, eraseAfterMinutes: 30, responseWindowHours: 24 });
  const request = validRequest();
  await app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': request.id }, payload: request });
  now = new Date('2026-11-25T11:00:00Z');
  const coordinator = await signIn(app, dbFile, 'coordinator', undefined, 'cookie', now);
  const [late] = (await app.inject({ url: '/api/inbox', headers: coordinator.headers })).json().items;
  assert.equal(late.overdue, true);
  assert.equal(late.status, 'open');
  const ben = await signIn(app, dbFile, 'supporter', 'ben-okafor', 'cookie', now);
  assert.equal((await app.inject({ method: 'POST', url: `/api/inbox/${request.id}/assign`, headers: coordinator.headers, payload: { accountId: ben.account.id } })).statusCode, 204);
  assert.equal((await app.inject({ method: 'POST', url: `/api/inbox/${request.id}/close`, headers: ben.headers })).statusCode, 204);
  const nameNow = () => {
    const db = new Database(dbFile, { readonly: true });
    const { name } = db.prepare('SELECT name FROM requests WHERE id = ?').get(request.id) as { name: string | null };
    db.close();
    return name;
  };
  assert.equal(nameNow(), 'Sam');
  now = new Date('2026-11-25T11:31:00Z');
  await app.inject({ url: '/api/inbox', headers: coordinator.headers });
  assert.equal(nameNow(), null);
});

test('contact log: strict schema (no names, no free text, nothing finer than a week), idempotent', async () => {
  const { app, dbFile } = await testApp();
  const ana = await signIn(app, dbFile, 'supporter', 'ana-rivera');
  const post = (body: Record<string, unknown>) => app.inject({ method: 'POST', url: '/api/contacts', headers: { ...ana.headers, 'idempotency-key': String(body.id) }, payload: body });
  const entry = contact();
  assert.equal((await post(entry)).statusCode, 201);
  const replay = await post(entry);
  assert.equal(replay.statusCode, 200);
  assert.equal(replay.headers['idempotent-replayed'], 'true');
  for (const [bad, detail] of [
    [{ name: 'Sam' }, /"name" is not part of this form/],
    [{ notes: 'talked about divorce' }, /"notes" is not part of this form/],
    [{ week: '2026-11-24' }, /"week" is not in the expected form/],
    [{ date: '2026-11-24T10:00:00Z' }, /"date" is not part of this form/],
    [{ durationMinutes: 50 }, /durationMinutes/],
    [{ topics: ['my boss Dave'] }, /must be one of/],
  ] as const) {
    const response = await post(contact(bad));
    assert.equal(response.statusCode, 400, JSON.stringify(bad));
    assert.match(response.json().detail, detail);
  }
  const db = new Database(dbFile, { readonly: true });
  assert.equal((db.prepare('SELECT COUNT(*) AS n FROM contacts WHERE id NOT LIKE ?').get('sample-%') as { n: number }).n, 1);
  db.close();
});
