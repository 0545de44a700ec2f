import type { Db } from './database.js';
export interface Account {
    id: string;
    role: 'supporter' | 'coordinator';
    supporterId?: string;
    displayName: string;
}
/** What an operator sees of an account (`npm run accounts:list`): never a token or a hash. */
export interface AccountSummary extends Account {
    /** When the account was disabled; absent while it is enabled. */
    disabledAt?: string;
    /** Sessions that have not expired yet. */
    liveSessions: number;
}
export interface SessionRecord {
    account: Account;
    csrfToken: string;
}
/** What revoking an account did, for the operator's report. */
export interface RevokeResult {
    /** True when the account had been disabled before this call (`disabledAt` is then the earlier time). */
    alreadyDisabled: boolean;
    disabledAt: string;
    endedSessions: number;
    deletedLinks: number;
}
/**
 * The only code that reads or writes accounts, sign-in links and sessions.
 *
 * A disabled account (`disabled_at` set) is invisible to everything that grants access: `find()`,
 * `supporters()`, `redeem()` and `session()` all act as if it did not exist, so a caller cannot
 * forget to refuse it. Only the operator's views (`findIncludingDisabled()`, `list()`) show it.
 */
export declare class AccountsRepository {
    private readonly db;
    constructor(db: Db);
    create(input: Omit<Account, 'id'>, now: Date): Account;
    /** Enabled supporter accounts, for a coordinator assigning requests. Disabled accounts are left out. */
    supporters(): Account[];
    /** An enabled account; `undefined` when there is none with this id or it is disabled, so callers refuse it without checking. */
    find(id: string): Account | undefined;
    /** Any account, enabled or not, with `disabledAt` when disabled: for the operator's CLIs, never for granting access. */
    findIncludingDisabled(id: string): (Account & {
        disabledAt?: string;
    }) | undefined;
    /** Every account with its state and number of live sessions, for `npm run accounts:list`. */
    list(now: Date): AccountSummary[];
    /** A single-use sign-in token, valid for 15 minutes. Throws for an unknown or disabled account. */
    createSignInLink(accountId: string, now: Date): string;
    /** Spends a sign-in token for a new session; `undefined` when it is unknown, used or expired, or its account is disabled. */
    redeem(linkToken: string, now: Date): {
        sessionToken: string;
        session: SessionRecord;
    } | undefined;
    /** The live session for this token; `undefined` when unknown, expired, or its account is disabled. */
    session(sessionToken: string, now: Date): SessionRecord | undefined;
    endSession(sessionToken: string): void;
    /** Ends every session of the account (sign out everywhere); returns how many there were. */
    endAllSessions(accountId: string): number;
    /**
     * Disables the account, ends every session and deletes its unused sign-in links, in one
     * transaction; `undefined` for an unknown id. Revoking a disabled account again keeps the first
     * `disabledAt` and still clears anything left.
     */
    revoke(accountId: string, now: Date): RevokeResult | undefined;
    /** Same as `revoke()` (disabled, sessions ended, unused links deleted), for code that needs no report. An unknown id does nothing. */
    disable(accountId: string, now: Date): void;
    /**
     * Disables every account linked to this roster id (someone who left the roster); returns how many
     * were enabled until now. Call it before the supporter's row is deleted: deleting it sets
     * `accounts.supporter_id` to NULL, and the link to the accounts is lost.
     */
    disableForSupporter(supporterId: string, now: Date): number;
    /** Lets a disabled account sign in again (with a new link); false for an unknown id. */
    enable(accountId: string): boolean;
    /** Roster ids that have at least one enabled supporter account: the people who can actually read their inbox. */
    activeSupporterIds(): Set<string>;
    /** Deletes expired sessions and sign-in links that are used or expired: nothing that could still sign anyone in is kept longer than needed. */
    purgeExpired(now: Date): {
        sessions: number;
        links: number;
    };
}
