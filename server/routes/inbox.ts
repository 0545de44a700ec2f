import type { FastifyRequest } from 'fastify';
import { AssignBodySchema, AssigneesSchema, InboxSchema, NoContentSchema, RequestIdParamsSchema } from '../../src/core/contract.js';
import type { CoordinatorReads } from '../../src/core/contract.js';
import { accountOf, requireAccount } from '../auth.js';
import type { Account, AccountsRepository } from '../db/accounts-repository.js';
import type { InboxRow, RequestsRepository } from '../db/requests-repository.js';
import type { SupportersRepository } from '../db/supporters-repository.js';
import { sweep } from '../maintenance.js';
import type { MaintenanceParts } from '../maintenance.js';
import { mayReceive, toInboxItem, viewOf } from '../visibility.js';
import type { Viewer } from '../visibility.js';
import { HttpProblem, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas.js';
import type { ContractRoutes } from '../type-provider.js';

export interface InboxRouteOptions {
  requests: RequestsRepository;
  accounts: AccountsRepository;
  supporters: SupportersRepository;
  now: () => Date;
  eraseAfterMinutes: number;
  coordinatorReads: CoordinatorReads;
  maintenance: MaintenanceParts;
}

export const inboxRoutes: ContractRoutes<InboxRouteOptions> = async (app, { requests, accounts, supporters, now, eraseAfterMinutes, coordinatorReads, maintenance }) => {
  const signedIn = requireAccount(accounts, now);
  const coordinator = requireAccount(accounts, now, ['coordinator']);

  const viewerOf = (account: Account): Viewer => ({ account, team: account.supporterId ? supporters.teams().get(account.supporterId) : undefined });

  /** The open request, if this account may act on it this way; 404 / 403 / 409 otherwise. */
  function actionable(request: FastifyRequest, id: string, action: 'claim' | 'hold' | 'coordinate'): InboxRow {
    const account = accountOf(request);
    const row = requests.find(id);
    if (!row || row.closed_at) throw new HttpProblem(problem(404, 'This request is no longer open.'));
    if (account.role === 'coordinator') {
      if (action !== 'coordinate') throw new HttpProblem(problem(403, 'Coordinators assign requests; a supporter takes them and gets in touch.'));
      return row;
    }
    const view = viewOf(viewerOf(account), row, coordinatorReads, now());
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
        summary: 'Requests I may see, oldest first: addressed to me, for anyone (a preview until someone takes it), or, for a coordinator, a summary of every open request',
        tags: ['supporter side'],
        response: { 200: ref(InboxSchema), ...problemResponses(401) },
      },
    },
    async (request) => {
      const at = now();
      sweep(maintenance, at);
      const viewer = viewerOf(accountOf(request));
      const items = requests.listOpen().flatMap((row) => {
        const view = viewOf(viewer, row, coordinatorReads, at);
        return view ? [toInboxItem(row, view, viewer, at)] : [];
      });
      return { items, eraseAfterMinutes };
    },
  );

  const action = (path: string, summary: string, act: (request: FastifyRequest, row: InboxRow) => void, needs: (account: Account) => 'claim' | 'hold' | 'coordinate') =>
    app.post(
      `/inbox/:id/${path}`,
      { onRequest: signedIn, schema: { summary, tags: ['supporter side'], params: ref(RequestIdParamsSchema), response: { 204: NoContentSchema, ...problemResponses(401, 403, 404, 409) } } },
      async (request, reply) => {
        act(request, actionable(request, request.params.id, needs(accountOf(request))));
        return reply.code(204).send();
      },
    );

  const supporterHolding = (account: Account) => (account.role === 'coordinator' ? 'coordinate' : 'hold');
  action('claim', 'Take a request (supporters)', (request, row) => requests.setClaim(row.id, accountOf(request).id), () => 'claim');
  action('contacted', 'Mark that you have been in touch (the supporter who took it)', (_request, row) => requests.markContacted(row.id, now()), () => 'hold');
  action('release', 'Hand a request back (the supporter who took it, or a coordinator)', (_request, row) => requests.setClaim(row.id, null), supporterHolding);
  action(
    'close',
    'Close a request; its name, contact details and message are erased',
    (_request, row) => {
      const closedAt = now();
      requests.close(row.id, closedAt, new Date(closedAt.getTime() + eraseAfterMinutes * 60_000));
      sweep(maintenance, closedAt);
    },
    supporterHolding,
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
      items: accounts.supporters().map((account) => ({ accountId: account.id, displayName: account.displayName, ...(account.supporterId ? { supporterId: account.supporterId } : {}) })),
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
      const row = actionable(request, request.params.id, 'coordinate');
      const assignee = accounts.find(request.body.accountId);
      if (!assignee || assignee.role !== 'supporter') throw new HttpProblem(problem(400, 'There is no active supporter account with that id.'));
      if (!mayReceive({ supporterId: assignee.supporterId, team: viewerOf(assignee).team }, row)) {
        throw new HttpProblem(
          problem(
            409,
            row.supporter_id !== null
              ? 'This request was addressed to one supporter by name, so only they can take it. Ask them to take it, or to hand it back if they cannot.'
              : 'This supporter cannot take this request. Please choose someone else.',
          ),
        );
      }
      requests.setClaim(row.id, assignee.id);
      return reply.code(204).send();
    },
  );
};
