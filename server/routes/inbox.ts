import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { InboxSchema } from '../../src/core/contract.js';
import type { InboxItem } from '../../src/core/contract.js';
import { requireAccount } from '../auth.js';
import type { Account, AccountsRepository } from '../db/accounts-repository.js';
import type { InboxRow, RequestsRepository } from '../db/requests-repository.js';
import { HttpProblem, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas.js';

export interface InboxRouteOptions {
  requests: RequestsRepository;
  accounts: AccountsRepository;
  now: () => Date;
  eraseAfterMinutes: number;
}

/** A supporter sees what is addressed to them or to anyone, and not claimed by someone else. */
function visibleTo(account: Account, row: InboxRow): boolean {
  if (account.role === 'coordinator') return true;
  const addressed = row.supporter_id === null || row.supporter_id === account.supporterId;
  return addressed && (row.claimed_by === null || row.claimed_by === account.id);
}

function toItem(row: InboxRow, account: Account, now: Date): InboxItem {
  return {
    id: row.id,
    status: row.contacted_at ? 'contacted' : row.claimed_by ? 'claimed' : 'open',
    ...(row.supporter_id ? { supporterId: row.supporter_id } : {}),
    ...(row.claimed_by && account.role === 'coordinator' ? { claimedBy: row.claimed_by } : {}),
    claimedByMe: row.claimed_by === account.id,
    urgency: row.urgency as InboxItem['urgency'],
    receivedAt: row.received_at,
    respondBy: row.respond_by,
    overdue: !row.contacted_at && row.respond_by < now.toISOString(),
    ...(row.name ? { name: row.name } : {}),
    ...(row.channel_kind && row.channel_value ? { channel: { kind: row.channel_kind as 'phone', value: row.channel_value } } : {}),
    ...(row.best_times ? { bestTimes: row.best_times } : {}),
    ...(row.message ? { message: row.message } : {}),
    ...(row.preferences ? { preferences: JSON.parse(row.preferences) } : {}),
    referral: row.referral === 1,
  };
}

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'string', maxLength: 64 } } } as const;

export const inboxRoutes: FastifyPluginAsync<InboxRouteOptions> = async (app, { requests, accounts, now, eraseAfterMinutes }) => {
  const signedIn = requireAccount(accounts, now);
  const coordinator = requireAccount(accounts, now, ['coordinator']);

  /** The request, if this account may act on it; 404 / 403 / 409 otherwise. */
  function actionable(request: FastifyRequest, id: string, mustHoldClaim: boolean): InboxRow {
    const account = request.account!;
    const row = requests.find(id);
    if (!row || row.closed_at) throw new HttpProblem(problem(404, 'This request is no longer open.'));
    if (account.role === 'coordinator') return row;
    if (row.supporter_id !== null && row.supporter_id !== account.supporterId) throw new HttpProblem(problem(403, 'This request is addressed to someone else.'));
    if (row.claimed_by !== null && row.claimed_by !== account.id) throw new HttpProblem(problem(409, 'Someone else on the team has already taken this request.'));
    if (mustHoldClaim && row.claimed_by !== account.id) throw new HttpProblem(problem(409, 'Take this request first.'));
    return row;
  }

  app.get('/inbox', { onRequest: signedIn, schema: { summary: 'Requests for me (supporter) or for everyone (coordinator), oldest first', tags: ['supporter side'], response: { 200: ref(InboxSchema), ...problemResponses(401) } } }, async (request) => {
    requests.eraseDue(now());
    const account = request.account!;
    return { items: requests.listOpen().filter((row) => visibleTo(account, row)).map((row) => toItem(row, account, now())), eraseAfterMinutes };
  });

  const action = (path: string, summary: string, act: (request: FastifyRequest, row: InboxRow) => void, mustHoldClaim: boolean) =>
    app.post<{ Params: { id: string } }>(
      `/inbox/:id/${path}`,
      { onRequest: signedIn, schema: { summary, tags: ['supporter side'], params: idParams, response: { 204: { type: 'null' }, ...problemResponses(401, 403, 404, 409) } } },
      async (request, reply) => {
        act(request, actionable(request, request.params.id, mustHoldClaim));
        return reply.code(204).send();
      },
    );

  action('claim', 'Take a request', (request, row) => requests.setClaim(row.id, request.account!.id), false);
  action('contacted', 'Mark that you have been in touch', (_request, row) => requests.markContacted(row.id, now()), true);
  action('release', 'Hand a request back to the team', (_request, row) => requests.setClaim(row.id, null), true);
  action(
    'close',
    'Close a request; its name, contact details and message are erased',
    (_request, row) => {
      const closedAt = now();
      requests.close(row.id, closedAt, new Date(closedAt.getTime() + eraseAfterMinutes * 60_000));
      requests.eraseDue(closedAt);
    },
    true,
  );

  app.get(
    '/inbox/assignees',
    {
      onRequest: coordinator,
      schema: {
        summary: 'Supporter accounts a coordinator can assign requests to',
        tags: ['supporter side'],
        response: {
          200: {
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: { type: 'object', required: ['accountId', 'displayName'], properties: { accountId: { type: 'string' }, displayName: { type: 'string' } } } } },
          },
          ...problemResponses(401, 403),
        },
      },
    },
    async () => ({ items: accounts.supporters().map((account) => ({ accountId: account.id, displayName: account.displayName })) }),
  );

  app.post<{ Params: { id: string }; Body: { accountId: string } }>(
    '/inbox/:id/assign',
    {
      onRequest: coordinator,
      schema: {
        summary: 'Assign a request to a supporter (coordinators)',
        tags: ['supporter side'],
        params: idParams,
        body: { type: 'object', additionalProperties: false, required: ['accountId'], properties: { accountId: { type: 'string', maxLength: 64 } } },
        response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const row = actionable(request, request.params.id, false);
      const assignee = accounts.find(request.body.accountId);
      if (!assignee || assignee.role !== 'supporter') throw new HttpProblem(problem(400, 'There is no supporter account with that id.'));
      requests.setClaim(row.id, assignee.id);
      return reply.code(204).send();
    },
  );
};
