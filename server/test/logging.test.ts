// What LOG=1 writes: one line per request with method, route pattern, status and duration, and the
// type and code of server errors. Never a body, a name, contact details, a token, an IP address, a
// header or an error message that could echo input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { AccountsRepository } from '../db/accounts-repository.js';
import { openDatabase } from '../db/database.js';
import { testApp, validRequest } from './helpers.js';

test('request logs hold method, route, status and duration, and nothing a person sent, no address and no error message', async () => {
  const lines: string[] = [];
  const { app, dbFile } = await testApp({ logger: true, logStream: { write: (line: string) => void lines.push(line) } });

  // A sign-in: neither the one-time token nor the session may be logged.
  const db = await openDatabase(dbFile);
  const accounts = new AccountsRepository(db);
  const account = await accounts.create({ role: 'supporter', supporterId: 'ana-rivera', displayName: 'Ana' }, new Date());
  const token = await accounts.createSignInLink(account.id, new Date());
  db.close();
  const session = await app.inject({ method: 'POST', url: '/api/session', payload: { token } });
  assert.equal(session.statusCode, 200);
  const cookie = String(session.headers['set-cookie']).split(';')[0];
  const csrf = session.json().csrfToken as string;

  // A request with distinctive words.
  const request = validRequest({
    supporterId: 'ana-rivera',
    name: 'Evangelina Thistlewood',
    channel: { kind: 'phone', value: '+1 555 017 3344' },
    bestTimes: 'only after the Ravensworth shift',
    message: 'The Quarrington Lane call keeps me awake.',
  });
  const posted = await app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': request.id, 'user-agent': 'Zephyrine-Browser/9' }, payload: request });
  assert.equal(posted.statusCode, 201);

  // Bad bodies and a path with a query string, each with words of their own.
  const unknownField = validRequest({ nickname: 'Marmaduke Fenwhistle' });
  assert.equal((await app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': unknownField.id }, payload: unknownField })).statusCode, 400);
  const badJson = crypto.randomUUID();
  assert.equal(
    (await app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': badJson, 'content-type': 'application/json' }, payload: '{"name": "Cornelius Blackwater", ' })).statusCode,
    400,
  );
  assert.equal((await app.inject({ url: '/api/no-such-place/Hepzibah?name=Ignatius+Wolfenden' })).statusCode, 404);
  assert.equal((await app.inject({ url: `/api/inbox?who=Leopoldina`, headers: { cookie, 'x-csrf-token': csrf } })).statusCode, 200);

  // A server error whose message quotes what was sent (a trigger stands in for any such failure).
  const side = new Database(dbFile);
  side.exec("CREATE TRIGGER refuse BEFORE INSERT ON requests WHEN NEW.name = 'Araminta Goldsworthy' BEGIN SELECT RAISE(ABORT, 'refused ' || NEW.name || ' ' || NEW.message); END;");
  side.close();
  const failing = validRequest({ supporterId: 'ana-rivera', name: 'Araminta Goldsworthy', message: 'Ask for Rosalind at the depot.' });
  const failed = await app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': failing.id }, payload: failing });
  assert.equal(failed.statusCode, 500);

  const log = lines.join('');
  const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  // What it should say.
  const requestLine = (method: string, route: string, statusCode: number) =>
    entries.find((entry) => entry.method === method && entry.route === route && entry.statusCode === statusCode && typeof entry.durationMs === 'number');
  assert.ok(requestLine('POST', '/api/requests', 201), `a line for the request:\n${log}`);
  assert.ok(requestLine('POST', '/api/session', 200), 'a line for the sign-in');
  assert.ok(requestLine('GET', '/api/inbox', 200), 'a line for the inbox, without its query string');
  assert.ok(requestLine('POST', '/api/requests', 400), 'lines for the bad bodies');
  assert.ok(entries.some((entry) => entry.statusCode === 404 && entry.route === '(no route)'), 'a line for the unknown path, without the path');
  assert.ok(requestLine('POST', '/api/requests', 500), 'a line for the failure');
  const serverError = entries.find((entry) => entry.level === 50 && entry.err);
  assert.deepEqual(serverError?.err, { type: 'SqliteError', code: 'SQLITE_CONSTRAINT_TRIGGER' }, 'a server error by type and code');

  // And what it must never say.
  const forbidden = [
    'Evangelina Thistlewood', '555 017 3344', 'Ravensworth', 'Quarrington',
    'Marmaduke', 'Fenwhistle', 'nickname', 'Cornelius', 'Blackwater',
    'Hepzibah', 'Ignatius', 'Wolfenden', 'no-such-place', 'Leopoldina', '?',
    'Araminta', 'Goldsworthy', 'Rosalind', 'refused',
    token, cookie.split('=')[1], csrf, request.id, failing.id, 'Zephyrine', 'user-agent', 'remoteAddress', 'host',
  ];
  for (const word of forbidden) assert.equal(log.includes(word), false, `the log holds "${word}":\n${log}`);
  assert.doesNotMatch(log, /\b\d{1,3}(\.\d{1,3}){3}\b/, 'no IPv4 address');
  assert.doesNotMatch(log, /::1|::ffff:/i, 'no IPv6 address');
  const allowed = new Set(['level', 'time', 'pid', 'reqId', 'msg', 'method', 'route', 'statusCode', 'durationMs', 'err', 'req', 'res']);
  for (const entry of entries) for (const key of Object.keys(entry)) assert.ok(allowed.has(key), `unexpected field "${key}" in ${JSON.stringify(entry)}`);
});
