// Running the server in production: health and readiness, timeouts and the connection cap (over raw
// sockets), storage failures as 503 with Retry-After, what the logs may hold, graceful shutdown of a
// real process, and settings checked at start. Nothing here waits on a timer: each test awaits the
// socket or process event it is about (the test timeouts only turn a missing event into a failure
// instead of a hang).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import { NO_LIMITS } from '../limits.js';
import { readSettings, repositoryRoot } from '../settings.js';
import { anonymousPost } from './anonymous-post.js';
import { testApp, validRequest } from './helpers.js';

const post = anonymousPost;

async function listening(app: FastifyInstance): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return address.port;
}

/** A raw connection; `text()` is everything the server sent, once it closed the connection. */
async function rawSocket(port: number) {
  const socket = connect({ port, host: '127.0.0.1' });
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  const closed = once(socket, 'close');
  socket.on('error', () => undefined); // a reset is one way to be cut off; 'close' follows
  await once(socket, 'connect');
  return { socket, closed: closed.then(() => Buffer.concat(chunks).toString('latin1')), received: () => Buffer.concat(chunks).toString('latin1') };
}

/** Resolves when `socket` has received text matching `pattern`. */
function receivedMatch(socket: Socket, received: () => string, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!pattern.test(received())) return;
      socket.off('data', check);
      resolve();
    };
    socket.on('data', check);
    socket.once('close', () => (pattern.test(received()) ? resolve() : reject(new Error(`closed before ${pattern}: ${received()}`))));
    check();
  });
}

test('GET /healthz answers while the process lives; GET /readyz only while the database is reachable and migrated', async () => {
  const lines: string[] = [];
  const { app, dbFile } = await testApp({ logger: true, logStream: { write: (line: string) => void lines.push(line) } });
  const health = await app.inject({ url: '/healthz' });
  assert.equal(health.statusCode, 200);
  assert.deepEqual(health.json(), { ok: true });
  assert.equal((await app.inject({ url: '/readyz' })).statusCode, 200);

  // A database behind this version's migrations (an older one restored, a migration not yet run).
  const side = new Database(dbFile);
  const version = side.pragma('user_version', { simple: true }) as number;
  side.pragma(`user_version = ${version - 1}`);
  const notReady = await app.inject({ url: '/readyz' });
  assert.equal(notReady.statusCode, 503);
  assert.ok(Number(notReady.headers['retry-after']) >= 1);
  assert.match(String(notReady.headers['content-type']), /^application\/problem\+json/);
  assert.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'alive even when not ready');
  side.pragma(`user_version = ${version}`);
  side.close();
  assert.equal((await app.inject({ url: '/readyz' })).statusCode, 200);

  // Probes every few seconds would drown the log: a healthy probe writes nothing.
  assert.equal((await app.inject({ url: '/api/supporters' })).statusCode, 200);
  const routes = lines.map((line) => JSON.parse(line).route);
  assert.ok(routes.includes('/api/supporters'), 'other requests are logged');
  assert.ok(!routes.includes('/healthz') && !routes.includes('/readyz'), lines.join(''));
});

test('a body sent a byte at a time is cut off with 408 once the request timeout passes', { timeout: 60_000 }, async () => {
  const { app } = await testApp({ connections: { requestTimeoutMs: 400, headersTimeoutMs: 300, keepAliveTimeoutMs: 5_000 }, timeoutCheckIntervalMs: 25 });
  const port = await listening(app);
  const { socket, closed } = await rawSocket(port);
  socket.write(`POST /api/requests HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nIdempotency-Key: ${crypto.randomUUID()}\r\nContent-Length: 400\r\n\r\n{`);
  // The slow client: one more byte every 50 ms, so the connection is never idle.
  const dribble = setInterval(() => socket.writable && socket.write(' '), 50);
  const answer = await closed;
  clearInterval(dribble);
  assert.match(answer, /^HTTP\/1\.1 408 /);
});

test('headers that never finish are cut off with 408 once the headers timeout passes', { timeout: 60_000 }, async () => {
  const { app } = await testApp({ connections: { requestTimeoutMs: 5_000, headersTimeoutMs: 200, keepAliveTimeoutMs: 5_000 }, timeoutCheckIntervalMs: 25 });
  const port = await listening(app);
  const { socket, closed } = await rawSocket(port);
  socket.write('GET /api/supporters HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
  assert.match(await closed, /^HTTP\/1\.1 408 /);
});

test('an idle keep-alive connection is closed by the server after the keep-alive timeout', { timeout: 60_000 }, async () => {
  const { app } = await testApp({ connections: { keepAliveTimeoutMs: 100 } });
  const port = await listening(app);
  const { socket, closed, received } = await rawSocket(port);
  socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
  await receivedMatch(socket, received, /\r\n\r\n\{"ok":true\}/);
  assert.match(received(), /^HTTP\/1\.1 200 /);
  assert.match(received(), /Keep-Alive: timeout=/i);
  // Nothing more is sent; the server, not the client, ends the connection.
  await closed;
  assert.ok(!socket.writable || socket.destroyed);
});

test('connections beyond the cap are closed at once; those within it are served', { timeout: 60_000 }, async () => {
  const { app } = await testApp({ connections: { maxConnections: 2, keepAliveTimeoutMs: 10_000, headersTimeoutMs: 10_000, requestTimeoutMs: 10_000 } });
  const port = await listening(app);
  const first = await rawSocket(port);
  const second = await rawSocket(port);
  const third = await rawSocket(port);
  assert.equal(await third.closed, '', 'refused without an answer');
  first.socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
  await receivedMatch(first.socket, first.received, /\{"ok":true\}/);
  first.socket.destroy();
  second.socket.destroy();
});

test('a write to a full disk answers 503 with Retry-After, is logged by type and code only, and the server still reads', async () => {
  const lines: string[] = [];
  // The database may not grow past what it holds now: the next pages it needs are refused (SQLITE_FULL).
  const { app } = await testApp({ maxDatabaseBytes: 1, logger: true, logStream: { write: (line: string) => void lines.push(line) } });
  let answer;
  for (let attempt = 0; attempt < 500; attempt++) {
    answer = await app.inject(post(validRequest({ name: 'Philippa Quenby', message: `Galloway depot ${'x'.repeat(900)}` })));
    if (answer.statusCode !== 201) break;
  }
  assert.ok(answer);
  assert.equal(answer.statusCode, 503, answer.body);
  assert.ok(Number(answer.headers['retry-after']) >= 1);
  assert.match(String(answer.headers['content-type']), /^application\/problem\+json/);
  assert.match(answer.json().detail, /Nothing was saved/);
  assert.equal((await app.inject({ url: '/api/supporters' })).statusCode, 200);

  const entries = lines.map((line) => JSON.parse(line) as { msg?: string; err?: { code?: string } });
  assert.ok(entries.some((entry) => entry.msg === 'storage unavailable' && /SQLITE_FULL/.test(entry.err?.code ?? '')), lines.join(''));
  assert.doesNotMatch(lines.join(''), /Philippa|Quenby|Galloway/);
});

test('logs of limits, refusals and failures hold no bodies, names, contact details, tokens or addresses', async () => {
  const lines: string[] = [];
  const { app } = await testApp({
    limits: { ...NO_LIMITS, requestsPerClient: { max: 1, windowMs: 60_000 }, signInPerClient: { max: 1, windowMs: 60_000 } },
    trustProxy: 1,
    logger: true,
    logStream: { write: (line: string) => void lines.push(line) },
  });
  const person = { name: 'Wilhelmina Featherstonehaugh', channel: { kind: 'phone', value: '+1 555 019 8642' }, message: 'Ask about the Tollemache incident.' };
  const headers = { 'x-forwarded-for': '203.0.113.199', 'user-agent': 'Quillfeather-Agent/3' };
  assert.equal((await app.inject(post(validRequest(person), '192.0.2.201', headers))).statusCode, 201);
  assert.equal((await app.inject(post(validRequest(person), '192.0.2.201', headers))).statusCode, 429);
  const signIn = { method: 'POST' as const, url: '/api/session', remoteAddress: '192.0.2.201', headers, payload: { token: 'Zanzibarquux-token-0000000000000000' } };
  assert.equal((await app.inject(signIn)).statusCode, 401);
  assert.equal((await app.inject(signIn)).statusCode, 429);
  await app.inject({ url: '/healthz?who=Cholmondeley', remoteAddress: '192.0.2.201', headers });

  const log = lines.join('');
  assert.ok(lines.length >= 4, log);
  const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  assert.ok(entries.some((entry) => entry.route === '/api/requests' && entry.statusCode === 429), 'the refusal is logged as a request line');
  for (const forbidden of ['Wilhelmina', 'Featherstonehaugh', '555 019', '8642', 'Tollemache', 'Zanzibarquux', 'Quillfeather', 'Cholmondeley', '203.0.113', '192.0.2', '127.0.0.1']) {
    assert.ok(!log.includes(forbidden), `"${forbidden}" in the log: ${log}`);
  }
});

/** The real server as `npm start` / `npm run serve` runs it, on a free port, with its own database. */
function startServer(env: Record<string, string>, args: string[] = []) {
  const dir = mkdtempSync(join(tmpdir(), 'peer-server-process-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const child = spawn(process.execPath, ['--import', 'tsx', join(repositoryRoot, 'server', 'main.ts'), ...args], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DB_FILE: join(dir, 'server.db'), LOG: '', ...env },
  }) as ChildProcessWithoutNullStreams;
  after(() => child.exitCode === null && child.kill('SIGKILL'));
  const lines: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (waiter.match(line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const line = (match: (line: string) => boolean) =>
    new Promise<string>((resolve, reject) => {
      const found = lines.find(match);
      if (found) return resolve(found);
      waiters.push({ match, resolve });
      void exited.then((code) => reject(new Error(`the server exited (${code}) first: ${stderr}`)));
    });
  return { child, lines, line, exited, stderr: () => stderr };
}

const message = (text: string) => (line: string) => {
  try {
    return String(JSON.parse(line).msg).startsWith(text);
  } catch {
    return false;
  }
};

test('SIGTERM: the server stops taking requests, finishes the one in flight, closes the store and exits 0', { timeout: 60_000 }, async () => {
  const server = startServer({});
  const listeningLine = JSON.parse(await server.line(message('Server listening at ')));
  const port = Number(/:(\d+)$/.exec(listeningLine.msg)![1]);

  // A request in flight: its headers taken (the server's "100 Continue" says so), its body not yet sent.
  const body = JSON.stringify(validRequest({ name: 'Sam' }));
  const inFlight = await rawSocket(port);
  const id = JSON.parse(body).id as string;
  inFlight.socket.write(
    `POST /api/requests HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nIdempotency-Key: ${id}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
  );
  await receivedMatch(inFlight.socket, inFlight.received, /^HTTP\/1\.1 100 Continue\r\n\r\n/);
  inFlight.socket.write(body.slice(0, 20));
  server.child.kill('SIGTERM');
  await server.line(message('server stopping'));

  // New work is turned away: the listening socket is closed (or, in the moment before, 503).
  const late = connect({ port, host: '127.0.0.1' });
  const lateAnswer = await new Promise<string>((resolve) => {
    let text = '';
    late.on('connect', () => late.write('GET /api/supporters HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'));
    late.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    late.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    late.on('close', () => resolve(text));
  });
  assert.match(lateAnswer, /^(ECONNREFUSED|ECONNRESET|HTTP\/1\.1 503 )/);

  // The request in flight is finished and answered.
  inFlight.socket.write(body.slice(20));
  const answer = (await inFlight.closed).replace(/^HTTP\/1\.1 100 Continue\r\n\r\n/, '');
  assert.match(answer, /^HTTP\/1\.1 201 /);
  assert.match(answer, new RegExp(`"id":"${id}"`));

  assert.equal(await server.exited, 0);
  await server.line(message('server stopped'));
  // Structured JSON lines by default: every line of standard output parses.
  for (const line of server.lines) assert.doesNotThrow(() => JSON.parse(line), line);
  assert.ok(server.lines.some((line) => JSON.parse(line).route === '/api/requests' && JSON.parse(line).statusCode === 201));
});

test('LOG=0 writes no log lines', { timeout: 60_000 }, async () => {
  const server = startServer({ LOG: '0', PORT: '0' });
  // The human line on standard error gives the port; standard output stays empty.
  const port = await new Promise<number>((resolve) => {
    const check = () => {
      const found = /:(\d+)\/ \(database/.exec(server.stderr());
      if (found) resolve(Number(found[1]));
    };
    server.child.stderr.on('data', check);
    check();
  });
  const { socket, closed } = await rawSocket(port);
  socket.write('GET /api/supporters HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
  assert.match(await closed, /^HTTP\/1\.1 200 /);
  server.child.kill('SIGTERM');
  assert.equal(await server.exited, 0);
  assert.deepEqual(server.lines, []);
});

test('npm run serve refuses wrong settings with a sentence for each, and a non-zero exit code', { timeout: 60_000 }, async () => {
  const server = startServer({ PORT: '80a', ALLOWED_ORIGINS: 'https://intranet.example.org/, intranet.example.org', TRUST_PROXY: 'true', SAMPLE_DATA: '1' }, ['--production']);
  assert.equal(await server.exited, 2);
  const stderr = server.stderr();
  assert.match(stderr, /PORT must be a whole number from 0 to 65535 \(it is "80a"\)/);
  assert.match(stderr, /ALLOWED_ORIGINS: "https:\/\/intranet\.example\.org\/" is not an origin/);
  assert.match(stderr, /ALLOWED_ORIGINS: "intranet\.example\.org" is not an origin/);
  assert.match(stderr, /TRUST_PROXY must be/);
  assert.match(stderr, /SAMPLE_DATA=1 is for the demo/);
  assert.deepEqual(server.lines, []);
});

test('settings: defaults, production rules, and a missing build', () => {
  const demo = readSettings({}, false);
  assert.deepEqual(demo.errors, []);
  assert.equal(demo.settings?.port, 8787);
  assert.equal(demo.settings?.logger, true, 'logs are on by default');
  assert.equal(demo.settings?.trustProxy, false);
  assert.equal(demo.settings?.limits.requestsPerClient.max, 20);
  assert.equal(demo.settings?.publicDirs.length, 2);

  const production = readSettings({ TRUST_PROXY: '10.0.0.0/8, loopback', LIMIT_REQUESTS_PER_CLIENT: '0', REQUEST_TIMEOUT_SECONDS: '20', LOG: '0' }, true, mkdtempSync(join(tmpdir(), 'peer-no-build-')));
  assert.equal(production.settings, undefined);
  assert.deepEqual(production.errors.length, 1);
  assert.match(production.errors[0], /There is no build in .*: run `npm run build` first/);

  const withBuild = readSettings({ TRUST_PROXY: '10.0.0.0/8, loopback', LIMIT_REQUESTS_PER_CLIENT: '0', REQUEST_TIMEOUT_SECONDS: '20', LOG: '0' }, true, repositoryRoot);
  // (The repository's own dist/ exists whenever the suite runs after `npm run build`.)
  if (withBuild.settings) {
    assert.deepEqual(withBuild.settings.trustProxy, ['10.0.0.0/8', 'loopback']);
    assert.equal(withBuild.settings.limits.requestsPerClient.max, 0);
    assert.equal(withBuild.settings.connections.requestTimeoutMs, 20_000);
    assert.equal(withBuild.settings.logger, false);
    assert.equal(withBuild.settings.publicDirs.length, 1, 'production serves the build, not the demo pages');
  }

  const wrong = readSettings({ TRUST_PROXY: '10.0.0.0/99', HEADERS_TIMEOUT_SECONDS: '60', REQUEST_TIMEOUT_SECONDS: '30', SECURE_COOKIES: '0', LOG: 'yes', LIMIT_KEY_SECRET: 'short', DATABASE_URL: 'mysql://app:Hornblower-secret@db/peer' }, true, repositoryRoot);
  const text = wrong.errors.join('\n');
  assert.match(text, /TRUST_PROXY must be/);
  assert.match(text, /HEADERS_TIMEOUT_SECONDS must not be longer than REQUEST_TIMEOUT_SECONDS/);
  assert.match(text, /SECURE_COOKIES=0 is for a plain-http demo only/);
  assert.match(text, /LOG must be 0 or 1 \(it is "yes"\)/);
  assert.match(text, /LIMIT_KEY_SECRET must be at least 32 characters/);
  assert.match(text, /DATABASE_URL must be a postgres:\/\//);
  assert.doesNotMatch(text, /Hornblower/, 'the database URL (and its password) is never echoed');

  const instances = readSettings({ DATABASE_URL: 'postgres://app:Hornblower-secret@db/peer' }, true, repositoryRoot);
  assert.match(instances.errors.join('\n'), /LIMIT_KEY_SECRET must be set with DATABASE_URL/);
});

test('backup and restore (SQLite): an online backup taken while the server runs restores into a fresh server with the same roster and requests', async () => {
  const { app, dbFile, dir } = await testApp();
  for (let index = 0; index < 3; index++) assert.equal((await app.inject(post(validRequest()))).statusCode, 201);
  const roster = (await app.inject({ url: '/api/supporters' })).json();

  // What README's `sqlite3 … ".backup …"` does: SQLite's online backup, beside the running server.
  const backupFile = join(dir, 'backup.db');
  const live = new Database(dbFile, { readonly: true });
  await live.backup(backupFile);
  live.close();

  const restoreDir = mkdtempSync(join(tmpdir(), 'peer-restore-'));
  after(() => rmSync(restoreDir, { recursive: true, force: true }));
  const restoredFile = join(restoreDir, 'restored.db');
  copyFileSync(backupFile, restoredFile);
  const restored = await buildApp({ dbFile: restoredFile });
  after(() => restored.close());
  assert.equal((await restored.inject({ url: '/readyz' })).statusCode, 200);
  assert.deepEqual((await restored.inject({ url: '/api/supporters' })).json(), roster);
  const count = (file: string) => {
    const db = new Database(file, { readonly: true });
    const { n } = db.prepare('SELECT count(*) AS n FROM requests').get() as { n: number };
    db.close();
    return n;
  };
  assert.equal(count(restoredFile), count(dbFile));
  assert.ok(count(restoredFile) >= 3);
});
