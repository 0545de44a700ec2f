/**
 * Applying a new roster without disturbing anyone's private request. Supporters are matched by id
 * and updated in place; someone who leaves the roster has their open requests handed back to the
 * team (flagged, so the inbox says why) and their accounts disabled, never silently re-addressed.
 * All of it is one transaction: a failure changes nothing.
 */
import type { Supporter } from '../src/core/contract.js';
import type { Db } from './db/database.js';
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
export declare function applyRoster(db: Db, supporters: Supporter[], now: Date): RosterChange;
