import type { FastifyInstance } from 'fastify';
import { problem, sendProblem } from '../problem.js';

export interface HealthOptions {
  /** Resolves when the store is reachable and its migrations are applied; rejects (or resolves false) otherwise. */
  ready: () => Promise<boolean | void> | boolean | void;
}

/**
 * `GET /healthz`: the process is alive and answering (a liveness probe restarts it when this fails).
 * `GET /readyz`: the database is reachable and migrated (a load balancer sends traffic only while it
 * answers 200). Probes come every few seconds, so they are logged only when something goes wrong
 * (route log level `warn`); neither says anything about the program or its data.
 */
export async function healthRoutes(app: FastifyInstance, { ready }: HealthOptions): Promise<void> {
  const hidden = { schema: { hide: true }, logLevel: 'warn' as const };
  app.get('/healthz', hidden, async (_request, reply) => reply.header('Cache-Control', 'no-store').send({ ok: true }));
  app.get('/readyz', hidden, async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    let isReady = false;
    try {
      isReady = (await ready()) !== false;
    } catch (error) {
      request.log.warn({ err: error }, 'not ready');
    }
    if (isReady) return reply.send({ ok: true });
    return sendProblem(reply.header('Retry-After', '5'), problem(503, 'The server cannot reach its database yet (or it is not up to date). It will answer again when it can.'));
  });
}
