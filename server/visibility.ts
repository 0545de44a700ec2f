/**
 * Who reads what of a request: the one visibility model, enforced here and nowhere else. The
 * request form states the same facts (it reads them from `GET /api/policy`), and README's
 * "Who sees a request" table describes this file.
 *
 * - Addressed to a named supporter: that supporter reads everything; nobody else on the team sees it.
 * - Addressed to "anyone": until someone takes it, the team sees a first name, the urgency and the
 *   preferences (never the contact details or the message); once taken, only the one who took it
 *   sees it at all. Supporters of the requester's own team never see it when they asked for
 *   "not my team".
 * - Coordinators see that a request exists, for whom, how urgent and its respond-by time, and not
 *   who sent it, unless the program lets them read requests (`coordinatorReads`: once overdue, or
 *   always when the program triages through its coordinator).
 */
import type { CoordinatorReads, InboxItem } from '../src/core/contract.js';
import type { Account } from './db/accounts-repository.js';
import type { InboxRow } from './db/requests-repository.js';
import { sameTeam } from '../src/core/text-search.js';
import { hoursGiven } from './respond-by.js';

export type RequestView = NonNullable<InboxItem['view']>;

export interface Viewer {
  account: Account;
  /** The roster team of the viewer's supporter record, if any. */
  team?: string;
}

export function isOverdue(row: Pick<InboxRow, 'contacted_at' | 'respond_by'>, now: Date): boolean {
  return !row.contacted_at && row.respond_by < now.toISOString();
}

/** How much of a request this viewer may see, or `undefined` when they may not know it exists. */
export function viewOf(viewer: Viewer, row: InboxRow, coordinatorReads: CoordinatorReads, now: Date): RequestView | undefined {
  const { account } = viewer;
  if (account.role === 'coordinator') {
    if (coordinatorReads === 'all' || (coordinatorReads === 'overdue' && isOverdue(row, now))) return 'full';
    return 'summary';
  }
  if (row.supporter_id !== null) return row.supporter_id === account.supporterId ? 'full' : undefined;
  if (row.claimed_by !== null) return row.claimed_by === account.id ? 'full' : undefined;
  if (sameTeam(row.requester_team, viewer.team)) return undefined;
  return 'preview';
}

/** Whether this supporter may be handed the request (by taking it, or by a coordinator assigning it). */
export function mayReceive(supporter: { supporterId?: string; team?: string }, row: InboxRow): boolean {
  if (row.supporter_id !== null) return row.supporter_id === supporter.supporterId;
  return !sameTeam(row.requester_team, supporter.team);
}

/** A first name is what the team needs to see before someone takes a request. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/u)[0] ?? '';
}

/**
 * Why the request has its respond-by time, and the tries to reach the person: workflow facts every
 * view may see (the team needs to know a returned request was tried three times), never who tried.
 */
function workflowOf(row: InboxRow): Pick<InboxItem, 'respondWithinHours' | 'attempts' | 'lastAttemptAt' | 'nextAttemptAt' | 'needsCoordinator'> {
  const hours = hoursGiven(row.received_at, row.respond_by);
  const attempts = row.attempts === null ? 0 : Number(row.attempts);
  return {
    ...(hours !== undefined ? { respondWithinHours: hours } : {}),
    ...(attempts > 0 ? { attempts } : {}),
    ...(attempts > 0 && row.last_attempt_at ? { lastAttemptAt: row.last_attempt_at } : {}),
    ...(row.next_attempt_at && !row.contacted_at ? { nextAttemptAt: row.next_attempt_at } : {}),
    ...(row.supporter_id !== null && row.returned_reason === 'not-reached' && !row.contacted_at ? { needsCoordinator: true } : {}),
  };
}

/** The inbox item for one view: fields outside the view are not sent at all. */
export function toInboxItem(row: InboxRow, view: RequestView, viewer: Viewer, now: Date): InboxItem {
  const preferences = row.preferences ? (JSON.parse(row.preferences) as Record<string, unknown>) : undefined;
  const base: InboxItem = {
    id: row.id,
    view,
    status: row.contacted_at ? 'contacted' : row.claimed_by ? 'claimed' : 'open',
    claimedByMe: row.claimed_by === viewer.account.id,
    urgency: row.urgency as InboxItem['urgency'],
    receivedAt: row.received_at,
    respondBy: row.respond_by,
    overdue: isOverdue(row, now),
    ...(row.supporter_id ? { supporterId: row.supporter_id } : {}),
    ...(row.returned_reason === 'supporter-left' || row.returned_reason === 'not-reached' ? { returnedReason: row.returned_reason } : {}),
    ...workflowOf(row),
  };
  if (viewer.account.role === 'coordinator' && row.claimed_by) base.claimedBy = row.claimed_by;
  if (view === 'summary') return base;
  const shared = {
    ...(preferences && Object.keys(preferences).length ? { preferences } : {}),
    referral: row.referral === 1,
    // Who is asking matters to whoever reads it; a coordinator's summary does not say a supporter asked.
    ...(row.peer_to_peer === 1 ? { peerToPeer: true } : {}),
  };
  if (view === 'preview') return { ...base, ...(row.name ? { name: firstName(row.name) } : {}), ...shared };
  return {
    ...base,
    ...shared,
    ...(row.name ? { name: row.name } : {}),
    ...(row.channel_kind && row.channel_value ? { channel: { kind: row.channel_kind as 'phone', value: row.channel_value } } : {}),
    ...(row.best_times ? { bestTimes: row.best_times } : {}),
    ...(row.message ? { message: row.message } : {}),
  };
}
