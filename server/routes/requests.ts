import { createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { RequestReceiptSchema, SupportRequestSchema } from '../../src/core/contract.js';
import type { SupportRequest } from '../../src/core/contract.js';
import type { RequestsRepository } from '../db/requests-repository.js';
import type { SupportersRepository } from '../db/supporters-repository.js';
import { HttpProblem, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas.js';

export interface RequestsRouteOptions {
  requests: RequestsRepository;
  supporters: SupportersRepository;
  now: () => Date;
  responseWindowHours: number;
}

/** Key order does not change meaning, so the idempotency comparison ignores it. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export const requestsRoutes: FastifyPluginAsync<RequestsRouteOptions> = async (app, options) => {
  const { requests, supporters, now, responseWindowHours } = options;

  app.post<{ Body: SupportRequest; Headers: { 'idempotency-key': string } }>(
    '/requests',
    {
      schema: {
        summary: 'Ask a supporter (or anyone on the team) to get in touch',
        description:
          'Requires an Idempotency-Key header equal to the body id. Sending the same request again returns the same receipt (200, Idempotent-Replayed: true); reusing a key for a different request is refused (422).',
        tags: ['requests'],
        headers: {
          type: 'object',
          required: ['idempotency-key'],
          properties: { 'idempotency-key': { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$', description: 'Equal to the body id.' } },
        },
        body: ref(SupportRequestSchema),
        response: {
          201: ref(RequestReceiptSchema),
          200: ref(RequestReceiptSchema),
          ...problemResponses(400, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (request.headers['idempotency-key'] !== body.id) {
        throw new HttpProblem(problem(422, 'The Idempotency-Key header must equal the request id.'));
      }
      const bodyHash = createHash('sha256').update(canonicalJson(body)).digest('hex');
      const outcome = requests.transaction(() => {
        const earlier = requests.findReceipt(body.id);
        if (earlier) {
          if (earlier.bodyHash !== bodyHash) throw new HttpProblem(problem(422, 'This key was already used for a different request.'));
          return { replayed: true, receipt: earlier.receipt };
        }
        if (body.supporterId && !supporters.exists(body.supporterId)) {
          throw new HttpProblem(
            problem(422, 'The supporter you chose is no longer on the team list. Please choose someone else, or ask for anyone on the team.', {
              errors: [{ field: 'supporterId', message: 'unknown supporter' }],
            }),
          );
        }
        const receivedAt = now();
        const respondBy = new Date(receivedAt.getTime() + responseWindowHours * 3_600_000);
        return { replayed: false, receipt: requests.insert(body, bodyHash, receivedAt, respondBy) };
      });
      if (outcome.replayed) reply.header('Idempotent-Replayed', 'true');
      return reply.code(outcome.replayed ? 200 : 201).send(outcome.receipt);
    },
  );
};
