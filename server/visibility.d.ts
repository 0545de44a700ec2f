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
export type RequestView = NonNullable<InboxItem['view']>;
export interface Viewer {
    account: Account;
    /** The roster team of the viewer's supporter record, if any. */
    team?: string;
}
/** Teams are typed by people and portals: compare them without case or extra spaces. */
export declare function sameTeam(a: string | null | undefined, b: string | null | undefined): boolean;
export declare function isOverdue(row: Pick<InboxRow, 'contacted_at' | 'respond_by'>, now: Date): boolean;
/** How much of a request this viewer may see, or `undefined` when they may not know it exists. */
export declare function viewOf(viewer: Viewer, row: InboxRow, coordinatorReads: CoordinatorReads, now: Date): RequestView | undefined;
/** Whether this supporter may be handed the request (by taking it, or by a coordinator assigning it). */
export declare function mayReceive(supporter: {
    supporterId?: string;
    team?: string;
}, row: InboxRow): boolean;
/** A first name is what the team needs to see before someone takes a request. */
export declare function firstName(name: string): string;
/** The inbox item for one view: fields outside the view are not sent at all. */
export declare function toInboxItem(row: InboxRow, view: RequestView, viewer: Viewer, now: Date): InboxItem;
