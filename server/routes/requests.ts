import { IdempotencyKeyHeaderSchema, RequestReceiptSchema, RequestStatusParamsSchema, RequestStatusSchema, SupportRequestSchema } from '../../src/core/contract.js';
import type { RequestReceipt, RequestStatus, SupportRequest } from '../../src/core/contract.js';
import { respondByFor } from '../respond-by.js';
import type { RespondHours } from '../respond-by.js';
import type { Store } from '../db/store.js';
import type { Notifications } from '../notify/notifications.js';
import { bodyHash, writeOnce } from '../idempotency.js';
import { refuseOverContactCap } from '../limits.js';
import type { OpenRequestsForContact } from '../limits.js';
import { HttpProblem, problem } from '../problem.js';
import { inlineHeaders, problemResponses, ref } from '../schemas.js';
import type { ContractRoutes } from '../type-provider.js';
import { sameTeam } from '../../src/core/text-search.js';

export interface RequestsRouteOptions {
  store: Store;
  now: () => Date;
  /** Hours to get in touch per urgency: `respondBy` is arrival plus these (server/respond-by.ts). */
  respondHours: RespondHours;
  /** Tells the request's supporters once it is stored (server/notify/notifications.ts). */
  notifications?: Notifications;
  /** Open requests that may share one contact value (server/limits.ts); 0 or unset: no cap. */
  openRequestsPerContact?: number;
  /** Counts them (default: the requests repository's query). */
  openRequestsForContact?: OpenRequestsForContact;
}

/**
 * A request is accepted only when someone can read it: a named supporter with an active account, or,
 * for "anyone", at least one such supporter outside the requester's own team when they asked for
 * "not my team". Otherwise the person hears it now, not after a silent wait.
 */
async function refuseUnreachable(body: SupportRequest, { supporters, accounts }: Pick<Store, 'supporters' | 'accounts'>): Promise<void> {
  // One query: the roster ids that can read their inbox, with their teams.
  const reachableTeams = await accounts.reachableSupporters();
  if (body.supporterId) {
    if (reachableTeams.has(body.supporterId)) return;
    if (!(await supporters.exists(body.supporterId))) {
      throw new HttpProblem(
        problem(422, 'The supporter you chose is no longer on the team list. Please choose someone else, or ask for anyone on the team.', {
          errors: [{ field: 'supporterId', message: 'unknown supporter' }],
        }),
      );
    }
    throw new HttpProblem(
      problem(422, 'The supporter you chose cannot receive requests through this page yet. Please choose someone else, or ask for anyone on the team.', {
        errors: [{ field: 'supporterId', message: 'this supporter cannot receive requests' }],
      }),
    );
  }
  const notMyTeam = body.preferences?.notMyTeam === true;
  const requesterTeam = body.preferences?.team?.trim();
  if (notMyTeam && !requesterTeam) {
    throw new HttpProblem(
      problem(422, 'To keep this request away from your own team, please say which team you are on.', {
        errors: [{ field: 'preferences.team', message: 'required with notMyTeam' }],
      }),
    );
  }
  const reachable = [...reachableTeams.values()].some((team) => !(notMyTeam && sameTeam(team, requesterTeam)));
  if (!reachable) {
    throw new HttpProblem(
      problem(422, 'Nobody on the team can receive requests through this page right now. Please contact your peer support coordinator directly, or use the crisis line if you need someone now.', {
        errors: [{ field: 'supporterId', message: 'no supporter can receive this request' }],
      }),
    );
  }
}

export const requestsRoutes: ContractRoutes<RequestsRouteOptions> = async (app, options) => {
  const { store, now, respondHours, notifications } = options;
  const openPerContact = options.openRequestsPerContact ?? 0;
  const countOpen = options.openRequestsForContact ?? ((channel, exceptId) => store.requests.openForContact(channel, exceptId));

  app.post(
    '/requests',
    {
      schema: {
        summary: 'Ask a supporter (or anyone on the team) to get in touch',
        description:
          'Requires an Idempotency-Key header equal to the body id. While the request is open, sending it again returns the same receipt (200, Idempotent-Replayed: true) and reusing the key for a different request is refused (422). Once it has been closed, any request with its id gets the same answer, whatever the body: 200, Idempotent-Replayed: true, { id, status: "closed" }.',
        tags: ['requests'],
        headers: inlineHeaders(IdempotencyKeyHeaderSchema),
        body: ref(SupportRequestSchema),
        response: {
          201: ref(RequestReceiptSchema),
          200: ref(RequestReceiptSchema),
          ...problemResponses(400, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const { body } = request;
      // The common case, a new request that nothing refuses, in one statement: one round trip and one
      // commit (see insertIfAllowed). When it stores nothing, the checks below run one by one and give
      // the answer: the cap on open requests per contact, then the idempotency rule, then who can read it.
      if (request.headers['idempotency-key'] === body.id && !options.openRequestsForContact) {
        const receivedAt = now();
        const stored = await store.requests.insertIfAllowed(body, bodyHash(body), receivedAt, respondByFor(receivedAt, body.urgency, respondHours), openPerContact);
        if (stored) {
          notifications?.requestStored(stored.id);
          return reply.code(201).send(stored);
        }
      }
      if (await refuseOverContactCap(reply, openPerContact, countOpen, body)) return reply;
      const { replayed, answer } = await store.transaction((tx) =>
        writeOnce<SupportRequest, RequestReceipt>({ key: request.headers['idempotency-key'], body: request.body, noun: 'request' }, {
          earlier: async (id) => {
            const earlier = await tx.requests.findReceipt(id);
            // A closed request's id gets one fixed answer whatever body comes with it. Comparing bodies
            // would confirm or refute a guess at what the person wrote (200 for right, 422 for wrong);
            // and the device that resends it should stop: the request reached the team.
            if (earlier?.closed) return { sameAnswerForAnyBody: { id, status: 'closed' } };
            return earlier && { bodyHash: earlier.bodyHash, answer: earlier.receipt };
          },
          insert: async (body, bodyHash) => {
            await refuseUnreachable(body, tx);
            const receivedAt = now();
            const respondBy = respondByFor(receivedAt, body.urgency, respondHours);
            return tx.requests.insert(body, bodyHash, receivedAt, respondBy);
          },
        }),
      );
      if (replayed) reply.header('Idempotent-Replayed', 'true');
      else notifications?.requestStored(answer.id);
      return reply.code(replayed ? 200 : 201).send(answer);
    },
  );

  app.get(
    '/requests/:id/status',
    {
      schema: {
        summary: "Where my request stands: the person's receipt (no sign-in; the id is the key)",
        description:
          'For the device that sent the request: its id is a random UUID made there, so knowing it is the permission. Answers only `waiting` (with `respondBy`), `tried` (a supporter tried and has not got through yet), `in-touch` or `closed`: never a name, a supporter, the times of tries or any message. An id this server does not know answers `closed` too, exactly like a closed or erased request, so that an id left on a device cannot confirm that a request was ever sent. Rate-limited like `POST requests`.',
        tags: ['requests'],
        params: ref(RequestStatusParamsSchema),
        response: { 200: ref(RequestStatusSchema), ...problemResponses(400, 429) },
      },
    },
    async (request): Promise<RequestStatus> => store.requests.standing(request.params.id),
  );
};
