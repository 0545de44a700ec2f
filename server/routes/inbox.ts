import type { FastifyRequest } from 'fastify';
import {
  AssignBodySchema,
  AssigneesSchema,
  AttemptBodySchema,
  AttemptResultSchema,
  InboxLoadSchema,
  InboxQuerySchema,
  InboxSchema,
  NoContentSchema,
  RequestIdParamsSchema,
} from '../../src/core/contract.js';
import type { AttemptResult, CoordinatorReads, InboxItem, InboxLoad } from '../../src/core/contract.js';
import { accountOf, requireAccount } from '../auth.js';
import type { Account } from '../db/accounts-repository.js';
import type { InboxPosition, InboxRow } from '../db/requests-repository.js';
import type { Store } from '../db/store.js';
import { sweep } from '../maintenance.js';
import { mayReceive, toInboxItem, viewOf } from '../visibility.js';
import type { Viewer } from '../visibility.js';
import { HttpProblem, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas.js';
import { toTheHour } from '../respond-by.js';
import type { ContractRoutes } from '../type-provider.js';

export interface InboxRouteOptions {
  store: Store;
  now: () => Date;
  eraseAfterMinutes: number;
  coordinatorReads: CoordinatorReads;
  /** Tries without an answer before a request goes back (server/respond-by.ts). */
  maxAttempts: number;
}

/** How far ahead a supporter may plan the next try. */
const NEXT_ATTEMPT_WITHIN_DAYS = 30;

/** Most items in one page of the inbox (and the default). */
export const INBOX_PAGE_LIMIT = 50;
/** Most open requests looked at for one page: a page can hold fewer items and still have a `nextCursor`. */
const INBOX_SCAN_LIMIT = 2_000;
const SCAN_BATCH = 200;

/**
 * `GET inbox?limit=1..50&cursor=…` (InboxQuerySchema checks the shapes); the next page is named by
 * `nextCursor` in the body and by a `Link: <inbox?cursor=…>; rel="next"` header (RFC 8288), which a
 * browser on another origin can read (app.ts exposes it). A cursor is checked here too: only one the
 * server made is accepted.
 */
function pageQuery(query: unknown): { limit: number; after?: InboxPosition } {
  const { limit, cursor } = (query ?? {}) as Record<string, unknown>;
  let size = INBOX_PAGE_LIMIT;
  if (limit !== undefined) {
    size = typeof limit === 'string' && /^\d{1,3}$/.test(limit) ? Number(limit) : 0;
    if (size < 1 || size > INBOX_PAGE_LIMIT) throw new HttpProblem(problem(400, `Ask for between 1 and ${INBOX_PAGE_LIMIT} requests at a time.`));
  }
  if (cursor === undefined) return { limit: size };
  const after = typeof cursor === 'string' && cursor.length <= 400 ? decodeCursor(cursor) : undefined;
  if (!after) throw new HttpProblem(problem(400, 'This page link is not one the server made. Please reload the inbox.'));
  return { limit: size, after };
}

/**
 * The cursor is opaque to clients: the last item's place in the inbox's order (respond-by, id),
 * base64url JSON, marked "r" so that a cursor of the older received-order inbox is refused (400,
 * reload) instead of read as a place in this order.
 */
export function encodeCursor(position: InboxPosition): string {
  return Buffer.from(JSON.stringify(['r', position.respondBy, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): InboxPosition | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 3 && value[0] === 'r' && typeof value[1] === 'string' && typeof value[2] === 'string') return { respondBy: value[1], id: value[2] };
  } catch {
    // not ours
  }
  return undefined;
}

export const inboxRoutes: ContractRoutes<InboxRouteOptions> = async (app, { store, now, eraseAfterMinutes, coordinatorReads, maxAttempts }) => {
  const { requests, accounts, supporters } = store;
  const signedIn = requireAccount(accounts, now);
  const coordinator = requireAccount(accounts, now, ['coordinator']);

  const viewerOf = async (account: Account): Promise<Viewer> => ({ account, team: account.supporterId ? await supporters.teamOf(account.supporterId) : undefined });

  /** The open request, if this account may act on it this way; 404 / 403 / 409 otherwise. */
  async function actionable(request: FastifyRequest, id: string, action: 'claim' | 'hold' | 'coordinate'): Promise<InboxRow> {
    const account = accountOf(request);
    const row = await requests.find(id);
    if (!row || row.closed_at) throw new HttpProblem(problem(404, 'This request is no longer open.'));
    if (account.role === 'coordinator') {
      if (action !== 'coordinate') throw new HttpProblem(problem(403, 'Coordinators assign requests; a supporter takes them and gets in touch.'));
      return row;
    }
    const view = viewOf(await viewerOf(account), row, coordinatorReads, now());
    if (!view) {
      if (row.supporter_id === null && row.claimed_by !== null) throw new HttpProblem(problem(409, 'Someone else on the team has already taken this request.'));
      throw new HttpProblem(problem(403, 'This request is addressed to someone else.'));
    }
    if (action === 'hold' && row.claimed_by !== account.id) throw new HttpProblem(problem(409, 'Take this request first.'));
    return row;
  }

  app.get(
    '/inbox',
    {
      onRequest: signedIn,
      schema: {
        summary: 'Requests I may see, soonest respond-by first: addressed to me, for anyone (a preview until someone takes it), or, for a coordinator, a summary of every open request',
        description: `In pages of at most ${INBOX_PAGE_LIMIT} items, soonest respond-by first, ties by id (\`?limit=\`, default ${INBOX_PAGE_LIMIT}). Each item says why it has its time (\`urgency\`, \`respondWithinHours\`) and the tries so far (\`attempts\`, \`lastAttemptAt\` cut to the hour, \`nextAttemptAt\`). When there may be more, the answer carries \`Link: <inbox?cursor=…>; rel="next"\`; the last page has none. A page may hold fewer items than the limit and still link to a next one.`,
        tags: ['supporter side'],
        querystring: ref(InboxQuerySchema),
        response: { 200: ref(InboxSchema), ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const at = now();
      const { limit } = pageQuery(request.query);
      let { after } = pageQuery(request.query);
      await sweep(store, at);
      const viewer = await viewerOf(accountOf(request));
      // Keyset paging over open requests; what this viewer may not see is skipped, up to a bound on
      // the rows looked at, so that one page never costs more than INBOX_SCAN_LIMIT rows.
      const items: InboxItem[] = [];
      let scanned = 0;
      let last: InboxPosition | undefined;
      let more = false;
      scan: while (scanned < INBOX_SCAN_LIMIT) {
        const rows = await requests.openPage(after, SCAN_BATCH);
        for (const row of rows) {
          const view = viewOf(viewer, row, coordinatorReads, at);
          if (view) {
            if (items.length === limit) {
              more = true; // one more item exists: this page ends before it
              break scan;
            }
            items.push(toInboxItem(row, view, viewer, at));
          }
          last = { respondBy: row.respond_by, id: row.id };
          scanned++;
        }
        if (rows.length < SCAN_BATCH) break; // no more open requests
        after = last;
        more = scanned >= INBOX_SCAN_LIMIT;
      }
      const nextCursor = more && last ? encodeCursor(last) : undefined;
      if (nextCursor) reply.header('Link', `<inbox?${new URLSearchParams({ ...(limit !== INBOX_PAGE_LIMIT ? { limit: String(limit) } : {}), cursor: nextCursor })}>; rel="next"`);
      const page = { items, eraseAfterMinutes, ...(nextCursor ? { nextCursor } : {}) };
      return page;
    },
  );

  const action = (path: string, summary: string, act: (request: FastifyRequest, row: InboxRow) => Promise<void>, needs: (account: Account) => 'claim' | 'hold' | 'coordinate') =>
    app.post(
      `/inbox/:id/${path}`,
      { onRequest: signedIn, schema: { summary, tags: ['supporter side'], params: ref(RequestIdParamsSchema), response: { 204: NoContentSchema, ...problemResponses(401, 403, 404, 409) } } },
      async (request, reply) => {
        await act(request, await actionable(request, request.params.id, needs(accountOf(request))));
        return reply.code(204).send();
      },
    );

  const supporterHolding = (account: Account) => (account.role === 'coordinator' ? 'coordinate' : 'hold');
  action(
    'claim',
    'Take a request (supporters)',
    async (request, row) => {
      // Conditional: of two supporters taking it at once, on this instance or another, one gets it.
      if (!(await requests.claim(row.id, accountOf(request).id))) throw new HttpProblem(problem(409, 'Someone else on the team has already taken this request.'));
    },
    () => 'claim',
  );
  action('contacted', 'Mark that you have been in touch (the supporter who took it)', (_request, row) => requests.markContacted(row.id, now()), () => 'hold');
  action(
    'release',
    'Hand a request back (the supporter who took it, or a coordinator)',
    async (_request, row) => {
      await requests.setClaim(row.id, null);
    },
    supporterHolding,
  );
  action(
    'close',
    'Close a request; its name, contact details and message are erased',
    async (_request, row) => {
      const closedAt = now();
      await requests.close(row.id, closedAt, new Date(closedAt.getTime() + eraseAfterMinutes * 60_000));
      await sweep(store, closedAt);
    },
    supporterHolding,
  );

  app.post(
    '/inbox/:id/attempt',
    {
      onRequest: signedIn,
      schema: {
        summary: "Tried, no answer: record a try to reach the person (the supporter who took it)",
        description: `Counts the try (kept to the hour) and, optionally, when the supporter means to try again (\`nextAttemptAt\`, after now and within ${NEXT_ATTEMPT_WITHIN_DAYS} days). After the program's number of tries (\`maxAttempts\` in \`GET policy\`) a request for anyone goes back to the team untaken (\`returnedReason: "not-reached"\`); one addressed to this supporter by name stays theirs and is flagged for the coordinator (\`needsCoordinator\`). Refused (409) once someone has been in touch: log a follow-up instead.`,
        tags: ['supporter side'],
        params: ref(RequestIdParamsSchema),
        body: ref(AttemptBodySchema),
        response: { 200: ref(AttemptResultSchema), ...problemResponses(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request): Promise<AttemptResult> => {
      const row = await actionable(request, request.params.id, 'hold');
      if (row.contacted_at) throw new HttpProblem(problem(409, 'You have already been in touch with this person. To check in again, log it as a follow-up.'));
      const at = now();
      let next: string | undefined;
      if (request.body?.nextAttemptAt !== undefined) {
        const planned = Date.parse(request.body.nextAttemptAt);
        if (!(planned > at.getTime() && planned <= at.getTime() + NEXT_ATTEMPT_WITHIN_DAYS * 86_400_000)) {
          throw new HttpProblem(
            problem(422, `The next try needs to be later than now and within ${NEXT_ATTEMPT_WITHIN_DAYS} days.`, { errors: [{ field: 'nextAttemptAt', message: 'not in the coming 30 days' }] }),
          );
        }
        next = new Date(planned).toISOString();
      }
      const recorded = await requests.recordAttempt(row.id, accountOf(request).id, toTheHour(at), next, maxAttempts);
      // Closed, handed back or marked in touch between the check and the write.
      if (!recorded) throw new HttpProblem(problem(409, 'This request changed meanwhile. Please reload the inbox.'));
      return { ...recorded, maxAttempts };
    },
  );

  app.get(
    '/inbox/load',
    {
      onRequest: coordinator,
      schema: {
        summary: "Each supporter's open load, counts only (coordinators)",
        description:
          'Per active supporter account: open requests addressed to them and not taken yet, and those they hold, split into taken (nobody has tried yet), tried (not reached yet) and in touch. No requester, no request id, no times: enough to see that nobody carries too much.',
        tags: ['supporter side'],
        response: { 200: ref(InboxLoadSchema), ...problemResponses(401, 403) },
      },
    },
    async (): Promise<InboxLoad> => {
      const [people, load] = [await accounts.supporters(), await requests.openLoad()];
      return {
        items: people.map((account) => ({
          accountId: account.id,
          displayName: account.displayName,
          ...(account.supporterId ? { supporterId: account.supporterId } : {}),
          addressed: account.supporterId ? (load.addressed.get(account.supporterId) ?? 0) : 0,
          ...(load.held.get(account.id) ?? { claimed: 0, attempted: 0, contacted: 0 }),
        })),
      };
    },
  );

  app.get(
    '/inbox/assignees',
    {
      onRequest: coordinator,
      schema: {
        summary: 'Supporter accounts a coordinator can assign requests to',
        tags: ['supporter side'],
        response: { 200: ref(AssigneesSchema), ...problemResponses(401, 403) },
      },
    },
    async () => ({
      items: (await accounts.supporters()).map((account) => ({ accountId: account.id, displayName: account.displayName, ...(account.supporterId ? { supporterId: account.supporterId } : {}) })),
    }),
  );

  app.post(
    '/inbox/:id/assign',
    {
      onRequest: coordinator,
      schema: {
        summary: 'Assign a request to a supporter (coordinators)',
        description:
          'A request addressed to a named supporter can only be assigned to that supporter: the person chose them. A request for anyone cannot go to someone the person asked to keep it from. Refusals are 409 with the reason.',
        tags: ['supporter side'],
        params: ref(RequestIdParamsSchema),
        body: ref(AssignBodySchema),
        response: { 204: NoContentSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const row = await actionable(request, request.params.id, 'coordinate');
      const assignee = await accounts.find(request.body.accountId);
      if (!assignee || assignee.role !== 'supporter') throw new HttpProblem(problem(400, 'There is no active supporter account with that id.'));
      if (!mayReceive({ supporterId: assignee.supporterId, team: (await viewerOf(assignee)).team }, row)) {
        throw new HttpProblem(
          problem(
            409,
            row.supporter_id !== null
              ? 'This request was addressed to one supporter by name, so only they can take it. Ask them to take it, or to hand it back if they cannot.'
              : 'This supporter cannot take this request. Please choose someone else.',
          ),
        );
      }
      if (!(await requests.setClaim(row.id, assignee.id))) throw new HttpProblem(problem(404, 'This request is no longer open.'));
      return reply.code(204).send();
    },
  );
};
