/** `POST /api/requests` as a client at `remoteAddress` sends it (app.inject options), with its Idempotency-Key. */
export const anonymousPost = (body: { id: string }, remoteAddress = '198.51.100.1', headers: Record<string, string> = {}) => ({
  method: 'POST' as const,
  url: '/api/requests',
  remoteAddress,
  headers: { 'idempotency-key': body.id, ...headers },
  payload: body,
});
