import { createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { CONTACT_KINDS, CONTACT_TOPICS, ContactLogSchema, REFERRAL_TARGETS, StatsSchema } from '../../src/core/contract.js';
import type { ContactLog } from '../../src/core/contract.js';
import { requireAccount } from '../auth.js';
import type { AccountsRepository } from '../db/accounts-repository.js';
import type { ContactsRepository } from '../db/contacts-repository.js';
import { HttpProblem, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas.js';
import { buildStats, SUPPRESSION_THRESHOLD } from '../stats.js';

export const activityRoutes: FastifyPluginAsync<{ accounts: AccountsRepository; contacts: ContactsRepository; now: () => Date }> = async (app, { accounts, contacts, now }) => {
  const signedIn = requireAccount(accounts, now);

  app.post<{ Body: ContactLog; Headers: { 'idempotency-key': string } }>(
    '/contacts',
    {
      onRequest: signedIn,
      schema: {
        summary: 'Log one support contact, anonymously',
        description: 'No names, no free text, no dates finer than the ISO week. Idempotency-Key must equal the body id.',
        tags: ['supporter side'],
        headers: { type: 'object', required: ['idempotency-key'], properties: { 'idempotency-key': { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } } },
        body: ref(ContactLogSchema),
        response: { 201: { type: 'object', properties: { id: { type: 'string' } } }, 200: { type: 'object', properties: { id: { type: 'string' } } }, ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      if (request.headers['idempotency-key'] !== body.id) throw new HttpProblem(problem(422, 'The Idempotency-Key header must equal the entry id.'));
      const bodyHash = createHash('sha256').update(JSON.stringify([body.week, body.kind, body.origin, body.durationMinutes, body.people, [...body.topics].sort(), [...body.referredTo].sort()])).digest('hex');
      const replayed = contacts.transaction(() => {
        const earlier = contacts.findHash(body.id);
        if (earlier && earlier !== bodyHash) throw new HttpProblem(problem(422, 'This key was already used for a different entry.'));
        if (!earlier) contacts.insert(body, bodyHash);
        return !!earlier;
      });
      if (replayed) reply.header('Idempotent-Replayed', 'true');
      return reply.code(replayed ? 200 : 201).send({ id: body.id });
    },
  );

  app.get<{ Querystring: { period?: 'month' | 'quarter' } }>(
    '/stats',
    {
      onRequest: signedIn,
      schema: {
        summary: 'Program impact by month or quarter; small cells suppressed on the server',
        tags: ['supporter side'],
        querystring: { type: 'object', additionalProperties: false, properties: { period: { type: 'string', enum: ['month', 'quarter'] } } },
        response: { 200: ref(StatsSchema), ...problemResponses(400, 401) },
      },
    },
    async (request) => {
      const period = request.query.period ?? 'month';
      return { period, threshold: SUPPRESSION_THRESHOLD, rows: buildStats(contacts.all(), period, { kinds: CONTACT_KINDS, topics: CONTACT_TOPICS, referrals: REFERRAL_TARGETS }) };
    },
  );
};
