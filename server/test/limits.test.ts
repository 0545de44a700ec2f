// Abuse limits (server/limits.ts): anonymous `POST /api/requests` and sign-in are limited per client
// and overall, answering 429 with Retry-After and a problem the widgets show; open requests per
// contact value are capped; the client is known only by a keyed hash of its address, which honours
// TRUST_PROXY and nothing else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryRateLimitStore, NO_LIMITS, clientKeyer, overLimit } from '../limits.js';
import type { LimitSettings, RateLimitStore } from '../limits.js';
import { anonymousPost, ONE_PER_CLIENT_THREE_OVERALL, overallLimitHolds } from './anonymous-post.js';
import { testApp, validRequest } from './helpers.js';

const post = anonymousPost;

const limits = (overrides: Partial<LimitSettings>): LimitSettings => ({ ...NO_LIMITS, ...overrides });

/** A real in-memory store that also remembers every key it was given. */
class RecordingStore implements RateLimitStore {
  readonly keys: string[] = [];
  readonly #inner = new MemoryRateLimitStore();
  hit(key: string, windowMs: number, now: number) {
    this.keys.push(key);
    return this.#inner.hit(key, windowMs, now);
  }
}

test('the memory store counts hits per key in fixed windows and starts again in the next one', async () => {
  const store = new MemoryRateLimitStore();
  assert.deepEqual(await store.hit('a', 1000, 5_000), { count: 1, resetAt: 6_000 });
  assert.deepEqual(await store.hit('a', 1000, 5_999), { count: 2, resetAt: 6_000 });
  assert.deepEqual(await store.hit('b', 1000, 5_500), { count: 1, resetAt: 6_000 });
  assert.deepEqual(await store.hit('a', 1000, 6_000), { count: 1, resetAt: 7_000 });
  // The same key under another window length is another counter.
  assert.deepEqual(await store.hit('a', 60_000, 6_000), { count: 1, resetAt: 60_000 });
});

test('Retry-After is the time left in the window, in whole seconds, at least one', async () => {
  const store = new MemoryRateLimitStore();
  const rule = { perClient: { max: 1, windowMs: 60_000 }, overall: { max: 0, windowMs: 60_000 } };
  assert.equal(await overLimit(store, 'x', 'k', rule, 120_000), undefined);
  assert.equal(await overLimit(store, 'x', 'k', rule, 120_000), 60);
  assert.equal(await overLimit(store, 'x', 'k', rule, 179_999), 1);
});

test('a flood of requests from one client is answered 429 with Retry-After, while other clients are still heard', async () => {
  const { app } = await testApp({ limits: limits({ requestsPerClient: { max: 3, windowMs: 600_000 } }) });
  for (let index = 0; index < 3; index++) assert.equal((await app.inject(post(validRequest()))).statusCode, 201);
  const refused = await app.inject(post(validRequest()));
  assert.equal(refused.statusCode, 429);
  assert.match(String(refused.headers['content-type']), /^application\/problem\+json/);
  const retryAfter = Number(refused.headers['retry-after']);
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 600, `Retry-After ${refused.headers['retry-after']}`);
  const body = refused.json();
  assert.equal(body.status, 429);
  assert.match(body.detail, /kept and will be sent again/);
  // Another client is not affected; the flooding one stays refused.
  assert.equal((await app.inject(post(validRequest(), '198.51.100.2'))).statusCode, 201);
  assert.equal((await app.inject(post(validRequest()))).statusCode, 429);
  // Reads are never limited.
  assert.equal((await app.inject({ url: '/api/supporters', remoteAddress: '198.51.100.1' })).statusCode, 200);
});

test('the overall limit holds many clients together, and one client over its own limit does not use it up', async () => {
  const { app } = await testApp({ limits: limits(ONE_PER_CLIENT_THREE_OVERALL) });
  await overallLimitHolds(app, validRequest);
});

test('sign-in is limited per client: guessing links soon meets 429', async () => {
  const { app } = await testApp({ limits: limits({ signInPerClient: { max: 2, windowMs: 600_000 } }) });
  const signIn = (remoteAddress: string) => app.inject({ method: 'POST', url: '/api/session', remoteAddress, payload: { token: 'not-a-real-link-token-000000000000' } });
  assert.equal((await signIn('192.0.2.9')).statusCode, 401);
  assert.equal((await signIn('192.0.2.9')).statusCode, 401);
  const refused = await signIn('192.0.2.9');
  assert.equal(refused.statusCode, 429);
  assert.ok(Number(refused.headers['retry-after']) >= 1);
  assert.match(refused.json().detail, /sign-in/);
  assert.equal((await signIn('192.0.2.10')).statusCode, 401);
});

test('without TRUST_PROXY a forged X-Forwarded-For does not dodge the limit; with it, the address the proxy saw is the client', async () => {
  const rule = limits({ requestsPerClient: { max: 1, windowMs: 600_000 } });
  const direct = (await testApp({ limits: rule })).app;
  assert.equal((await direct.inject(post(validRequest(), '198.51.100.7', { 'x-forwarded-for': '10.0.0.1' }))).statusCode, 201);
  assert.equal((await direct.inject(post(validRequest(), '198.51.100.7', { 'x-forwarded-for': '10.0.0.2' }))).statusCode, 429);

  // Behind one reverse proxy (at 127.0.0.1): two people behind it are two clients.
  const proxied = (await testApp({ limits: rule, trustProxy: 1 })).app;
  assert.equal((await proxied.inject(post(validRequest(), '127.0.0.1', { 'x-forwarded-for': '198.51.100.20' }))).statusCode, 201);
  assert.equal((await proxied.inject(post(validRequest(), '127.0.0.1', { 'x-forwarded-for': '198.51.100.21' }))).statusCode, 201);
  assert.equal((await proxied.inject(post(validRequest(), '127.0.0.1', { 'x-forwarded-for': '198.51.100.20' }))).statusCode, 429);
  // A client that adds its own X-Forwarded-For in front of the proxy's entry is still itself.
  assert.equal((await proxied.inject(post(validRequest(), '127.0.0.1', { 'x-forwarded-for': '10.9.9.9, 198.51.100.20' }))).statusCode, 429);

  // Trusted by address: only that proxy's word counts.
  const listed = (await testApp({ limits: rule, trustProxy: ['127.0.0.1'] })).app;
  assert.equal((await listed.inject(post(validRequest(), '127.0.0.1', { 'x-forwarded-for': '198.51.100.30' }))).statusCode, 201);
  assert.equal((await listed.inject(post(validRequest(), '127.0.0.1', { 'x-forwarded-for': '198.51.100.31' }))).statusCode, 201);
  assert.equal((await listed.inject(post(validRequest(), '192.0.2.50', { 'x-forwarded-for': '198.51.100.32' }))).statusCode, 201);
  assert.equal((await listed.inject(post(validRequest(), '192.0.2.50', { 'x-forwarded-for': '198.51.100.33' }))).statusCode, 429);
});

test('the limiter never sees an address, only its keyed hash, and another process (another secret) gets another hash', async () => {
  const store = new RecordingStore();
  const { app } = await testApp({ limits: limits({ requestsPerClient: { max: 5, windowMs: 600_000 }, signInPerClient: { max: 5, windowMs: 600_000 } }), rateLimitStore: store });
  await app.inject(post(validRequest(), '203.0.113.77'));
  await app.inject({ method: 'POST', url: '/api/session', remoteAddress: '2001:db8::77', payload: { token: 'not-a-real-link-token-000000000000' } });
  assert.equal(store.keys.length, 2);
  for (const key of store.keys) {
    assert.doesNotMatch(key, /203\.0\.113\.77|2001:db8::77/);
  }
  const hashOnce = clientKeyer();
  assert.equal(hashOnce('203.0.113.77'), hashOnce('203.0.113.77'));
  assert.notEqual(hashOnce('203.0.113.77'), clientKeyer()('203.0.113.77'));
  // A secret shared by several instances (LIMIT_KEY_SECRET) gives them the same key.
  const shared = 'a shared secret of at least thirty-two characters';
  assert.equal(clientKeyer(shared)('203.0.113.77'), clientKeyer(shared)('203.0.113.77'));
});

test('open requests per contact value are capped; resending a saved one still gets its receipt', async () => {
  const { app } = await testApp({ limits: limits({ openRequestsPerContact: 2 }) });
  const channel = { kind: 'phone', value: '+1 555 014 7788' };
  const first = validRequest({ channel });
  const second = validRequest({ channel });
  assert.equal((await app.inject(post(first))).statusCode, 201);
  assert.equal((await app.inject(post(second, '198.51.100.3'))).statusCode, 201);
  const third = await app.inject(post(validRequest({ channel }), '198.51.100.4'));
  assert.equal(third.statusCode, 429);
  assert.ok(Number(third.headers['retry-after']) >= 1);
  assert.deepEqual(third.json().errors, [{ field: 'channel.value', message: 'too many open requests with this contact' }]);
  // The outbox resending the second one (its answer was lost) gets the receipt, not a refusal.
  const replay = await app.inject(post(second));
  assert.equal(replay.statusCode, 200);
  assert.equal(replay.headers['idempotent-replayed'], 'true');
  // Other contact details are not affected.
  assert.equal((await app.inject(post(validRequest({ channel: { kind: 'phone', value: '+1 555 014 7789' } })))).statusCode, 201);
});
