/**
 * Applying a new roster without disturbing anyone's private request. Supporters are matched by id
 * and updated in place; someone who leaves the roster has their open requests handed back to the
 * team (flagged, so the inbox says why) and their accounts disabled, never silently re-addressed.
 * All of it is one transaction: a failure changes nothing.
 */
import type { Supporter } from '../src/core/contract.js';
import type { Store } from './db/store.js';

export interface RosterChange {
  added: number;
  updated: number;
  /** Roster ids no longer on the team. */
  removed: string[];
  /** Open requests handed back to the team because their supporter left. */
  returnedRequests: number;
  /** Accounts disabled because their supporter left. */
  disabledAccounts: number;
}

export async function applyRoster(store: Store, supporters: Supporter[], now: Date): Promise<RosterChange> {
  return store.transaction(async (tx) => {
    const incoming = new Set(supporters.map((supporter) => supporter.id));
    const removed = (await tx.supporters.ids()).filter((id) => !incoming.has(id));
    let returnedRequests = 0;
    let disabledAccounts = 0;
    for (const id of removed) {
      returnedRequests += await tx.requests.returnToTeam(id, 'supporter-left');
      disabledAccounts += await tx.accounts.disableForSupporter(id, now);
    }
    // `acceptsRequests` is the server's to say, never the file's.
    const { added, updated } = await tx.supporters.upsert(
      supporters.map(({ acceptsRequests: _ignored, ...supporter }) => supporter),
      now,
    );
    await tx.supporters.remove(removed);
    return { added, updated, removed, returnedRequests, disabledAccounts };
  });
}
