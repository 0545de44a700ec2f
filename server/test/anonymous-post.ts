import assert from 'node:assert/strict';

/** `POST /api/requests` as a client at `remoteAddress` sends it (app.inject options), with its Idempotency-Key. */
export const anonymousPost = (body: { id: string }, remoteAddress = '198.51.100.1', headers: Record<string, string> = {}) => ({
  method: 'POST' as const,
  url: '/api/requests',
  remoteAddress,
  headers: { 'idempotency-key': body.id, ...headers },
  payload: body,
});

/** The limits `overallLimitHolds` expects: one request per client, three overall. */
export const ONE_PER_CLIENT_THREE_OVERALL = { requestsPerClient: { max: 1, windowMs: 600_000 }, requestsOverall: { max: 3, windowMs: 60_000 } };

/**
 * With ONE_PER_CLIENT_THREE_OVERALL: the overall limit holds many clients together, and one client over
 * its own limit does not use it up (its ten refused requests are not counted overall).
 */
export async function overallLimitHolds(app: { inject(options: ReturnType<typeof anonymousPost>): Promise<{ statusCode: number; headers: Record<string, unknown> }> }, newRequest: () => { id: string }): Promise<void> {
  assert.equal((await app.inject(anonymousPost(newRequest(), '203.0.113.1'))).statusCode, 201);
  for (let index = 0; index < 10; index++) assert.equal((await app.inject(anonymousPost(newRequest(), '203.0.113.1'))).statusCode, 429);
  assert.equal((await app.inject(anonymousPost(newRequest(), '203.0.113.2'))).statusCode, 201);
  assert.equal((await app.inject(anonymousPost(newRequest(), '203.0.113.3'))).statusCode, 201);
  const overall = await app.inject(anonymousPost(newRequest(), '203.0.113.4'));
  assert.equal(overall.statusCode, 429);
  assert.ok(Number(overall.headers['retry-after']) >= 1);
}
