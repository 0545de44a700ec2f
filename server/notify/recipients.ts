/**
 * Who is told of a request. The rules of who may receive a request are visibility.ts's
 * (`mayReceive`): this file only adds who is on duty and who is told when time runs short.
 *
 * - Addressed to a named supporter: that supporter's accounts, whatever their availability (the
 *   person chose them; the notice tells them it is waiting when they are back).
 * - For "anyone": the supporters who may receive it ("not my team" keeps the requester's own team
 *   out) and whose availability is `available` or `busy`. Busy supporters are on duty, only occupied
 *   now, and a respond-by is hours away, not minutes: leaving them out would leave nobody told
 *   whenever the whole team is busy. `on-break` and `off-duty` are not told: their time off stays
 *   theirs, and if nobody is on duty the coordinators hear of it before the respond-by time.
 * - Nearly due or overdue with nobody in touch: the one who took it (or, if nobody has, the same
 *   supporters as above) and every coordinator.
 */
import type { NotifiableAccount } from '../db/accounts-repository.js';
import type { InboxRow } from '../db/requests-repository.js';
import { mayReceive } from '../visibility.js';
import type { Recipient } from './notice.js';

const ON_DUTY = new Set<NotifiableAccount['availability']>(['available', 'busy']);

const recipientOf = (account: NotifiableAccount): Recipient => ({ accountId: account.id, ...(account.email ? { email: account.email } : {}) });

/** The supporters to tell of a request that is new (or still waiting and unclaimed). */
export function supportersToTell(accounts: NotifiableAccount[], row: InboxRow): Recipient[] {
  return accounts
    .filter((account) => {
      if (account.role !== 'supporter' || !account.supporterId) return false;
      if (row.claimed_by !== null) return row.claimed_by === account.id;
      if (!mayReceive({ supporterId: account.supporterId, team: account.team }, row)) return false;
      return row.supporter_id !== null || ON_DUTY.has(account.availability);
    })
    .map(recipientOf);
}

/** Whom to tell when a request nears or passes its respond-by time: the supporters above and the coordinators. */
export function recipientsWhenDue(accounts: NotifiableAccount[], row: InboxRow): Recipient[] {
  return [...supportersToTell(accounts, row), ...accounts.filter((account) => account.role === 'coordinator').map(recipientOf)];
}
