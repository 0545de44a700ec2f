/**
 * Applying a new roster without disturbing anyone's private request. Supporters are matched by id
 * and updated in place; someone who leaves the roster has their open requests handed back to the
 * team (flagged, so the inbox says why) and their accounts disabled, never silently re-addressed.
 * All of it is one transaction: a failure changes nothing.
 */
import type { Supporter } from '../src/core/contract.js';
import { AccountsRepository } from './db/accounts-repository.js';
import type { Db } from './db/connection.js';
import { RequestsRepository } from './db/requests-repository.js';
import { SupportersRepository } from './db/supporters-repository.js';

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

export function applyRoster(db: Db, supporters: Supporter[], now: Date): RosterChange {
  const roster = new SupportersRepository(db);
  const requests = new RequestsRepository(db);
  const accounts = new AccountsRepository(db);
  return db
    .transaction(() => {
      const incoming = new Set(supporters.map((supporter) => supporter.id));
      const removed = roster.ids().filter((id) => !incoming.has(id));
      let returnedRequests = 0;
      let disabledAccounts = 0;
      for (const id of removed) {
        returnedRequests += requests.returnToTeam(id, 'supporter-left');
        disabledAccounts += accounts.disableForSupporter(id, now);
      }
      // `acceptsRequests` is the server's to say, never the file's.
      const { added, updated } = roster.upsert(
        supporters.map(({ acceptsRequests: _ignored, ...supporter }) => supporter),
        now,
      );
      roster.remove(removed);
      return { added, updated, removed, returnedRequests, disabledAccounts };
    })
    .immediate();
}
