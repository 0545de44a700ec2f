import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import {
  CONTACT_KINDS,
  CONTACT_TOPICS,
  ContactLoggedSchema,
  ContactLogSchema,
  IdempotencyKeyHeaderSchema,
  REFERRAL_TARGETS,
  StatsQuerySchema,
  StatsSchema,
} from '../../src/core/contract.js';
import type { ContactLog, ContactLogged } from '../../src/core/contract.js';
import { accountOf, requireAccount } from '../auth.js';
import type { Store } from '../db/store.js';
import { writeOnce } from '../idempotency.js';
import { HttpProblem, problem } from '../problem.js';
import { inlineHeaders, problemResponses, ref } from '../schemas.js';
import type { ContractRoutes } from '../type-provider.js';
import { DEFAULT_CONTACT_WEEKS_BACK, MAX_CONTACT_WEEKS_BACK, publishStats, SUPPRESSION_THRESHOLD, weekRefusal } from '../stats.js';
import type { StatsReaders } from '../stats.js';

export interface ActivityOptions {
  store: Store;
  now: () => Date;
  /** Weeks before the current one that can still be logged (CONTACT_WEEKS_BACK); older weeks are closed for good. */
  contactWeeksBack?: number;
  /** Who may read program stats (STATS_READERS): coordinators only, or every signed-in account. */
  statsReaders?: StatsReaders;
}

/**
 * The hash contacts were stored with before the canonical body hash (server/idempotency.ts): a list
 * of the fields, with topics and referrals sorted and firstContact only when set. Rows stored back
 * then keep it; a resend of one of them is recognised by it, so their devices still get a replay.
 */
function legacyContactHash(body: ContactLog): string {
  const fields = [body.week, body.kind, body.origin, body.durationMinutes, body.people, [...body.topics].sort(), [...body.referredTo].sort(), ...(body.firstContact ? ['first contact'] : [])];
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

export const activityRoutes: ContractRoutes<ActivityOptions> = async (app, { store, now, contactWeeksBack = DEFAULT_CONTACT_WEEKS_BACK, statsReaders = 'coordinators' }) => {
  const signedIn = requireAccount(store.accounts, now);
  const weeksBack = Math.min(MAX_CONTACT_WEEKS_BACK, Math.max(0, Math.floor(contactWeeksBack)));
  const clock = () => ({ now: now(), weeksBack });
  // A supporter's own entries are part of every number; reading the numbers is a separate permission.
  const mayReadStats = async (request: FastifyRequest) => {
    if (statsReaders === 'coordinators' && accountOf(request).role !== 'coordinator') {
      throw new HttpProblem(problem(403, 'In this program the numbers are for coordinators, so this account cannot see them.'));
    }
  };

  app.post(
    '/contacts',
    {
      onRequest: signedIn,
      schema: {
        summary: 'Log one support contact, anonymously',
        description:
          'No names, no free text, no dates finer than the ISO week. Idempotency-Key must equal the body id. Only the current ISO week and the CONTACT_WEEKS_BACK weeks before it are accepted (422 otherwise), so published numbers never change.',
        tags: ['supporter side'],
        headers: inlineHeaders(IdempotencyKeyHeaderSchema),
        body: ref(ContactLogSchema),
        response: { 201: ref(ContactLoggedSchema), 200: ref(ContactLoggedSchema), ...problemResponses(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const { replayed, answer } = await store.transaction((tx) =>
        writeOnce<ContactLog, ContactLogged>(
          { key: request.headers['idempotency-key'], body: request.body, noun: 'entry' },
          {
            // A resend of an entry that landed is answered even if its week has closed since.
            earlier: async (id) => {
              const bodyHash = await tx.contacts.findHash(id);
              return bodyHash === undefined ? undefined : { bodyHash, answer: { id } };
            },
            insert: async (body, bodyHash) => {
              const refusal = weekRefusal(body.week, clock());
              if (refusal) throw new HttpProblem(problem(422, refusal));
              return (await tx.contacts.insert(body, bodyHash)) ? { id: body.id } : undefined;
            },
            legacyHashes: (body) => [legacyContactHash(body)],
          },
        ),
      );
      if (replayed) reply.header('Idempotent-Replayed', 'true');
      return reply.code(replayed ? 200 : 201).send(answer);
    },
  );

  app.get(
    '/stats',
    {
      onRequest: [signedIn, mayReadStats],
      schema: {
        summary: 'Program impact by closed month or quarter; small and revealing cells hidden on the server',
        description: 'Coordinators only unless STATS_READERS=signed-in. Published numbers never change; open periods are listed in notYetPublished.',
        tags: ['supporter side'],
        querystring: ref(StatsQuerySchema),
        response: { 200: ref(StatsSchema), ...problemResponses(400, 401, 403) },
      },
    },
    async (request) => {
      const period = request.query.period ?? 'month';
      const published = publishStats(await store.contacts.all(), { kinds: CONTACT_KINDS, topics: CONTACT_TOPICS, referrals: REFERRAL_TARGETS }, clock());
      return {
        period,
        threshold: SUPPRESSION_THRESHOLD,
        contactWeeksBack: weeksBack,
        rows: period === 'month' ? published.months : published.quarters,
        notYetPublished: period === 'month' ? published.openMonths : published.openQuarters,
      };
    },
  );
};
