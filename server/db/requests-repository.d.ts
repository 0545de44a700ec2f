import type { RequestReceipt, SupportRequest } from '../../src/core/contract.js';
import type { Db } from './database.js';
export interface InboxRow {
    id: string;
    supporter_id: string | null;
    urgency: string;
    name: string | null;
    channel_kind: string | null;
    channel_value: string | null;
    best_times: string | null;
    message: string | null;
    preferences: string | null;
    referral: number;
    received_at: string;
    respond_by: string;
    claimed_by: string | null;
    contacted_at: string | null;
    closed_at: string | null;
    erased_at: string | null;
    requester_team: string | null;
    returned_reason: string | null;
}
/** What a resend of this id is answered with: the receipt of an open request, or only that it was closed. */
export type EarlierRequest = {
    closed: false;
    receipt: RequestReceipt;
    bodyHash: string;
} | {
    closed: true;
};
/** ISO 8601 week (UTC) of an ISO timestamp, e.g. "2026-W48"; a value that is already a week stays as it is. */
export declare function isoWeekOf(timestamp: string): string;
/** The only code that reads or writes the `requests` table. */
export declare class RequestsRepository {
    private readonly db;
    /**
     * Set by an erasure until the write-ahead log has been truncated (see `truncateWalAfterErasure`).
     * True at start: a process that stopped before truncating leaves it to the next one's first sweep.
     */
    private walMayHoldErased;
    constructor(db: Db);
    /**
     * What this id was used for: an open request's receipt with the hash of the body it was given for,
     * or, once the request is closed (erased or not yet), only that: nothing about its body or times.
     */
    findReceipt(id: string): EarlierRequest | undefined;
    insert(request: SupportRequest, bodyHash: string, receivedAt: Date, respondBy: Date): RequestReceipt;
    /** Requests not yet closed, oldest first. */
    listOpen(): InboxRow[];
    find(id: string): InboxRow | undefined;
    setClaim(id: string, accountId: string | null): void;
    /**
     * Hands back to the team every open request addressed to this roster id or taken by one of its
     * accounts, flagged so the inbox says why; never re-addressed to anyone else in silence.
     */
    returnToTeam(supporterId: string, reason: 'supporter-left'): number;
    markContacted(id: string, now: Date): void;
    close(id: string, now: Date, eraseAfter: Date): void;
    /**
     * Erases closed requests whose grace period is over. Everything that could identify the person,
     * confirm a guess at what they wrote, or say who handled it goes: name, contact details, best times,
     * message, preferences, requester team, why it was returned, the supporter it was addressed to, the
     * account that took it and the body hash. Every time is cut to its ISO week. What stays is the
     * anonymous tally: id, urgency, referral flag and weeks. A resend of the id gets the fixed "closed"
     * answer (see `findReceipt`), which needs no hash.
     */
    eraseDue(now: Date): number;
    /**
     * After an erasure, old copies of the erased pages stay in the `-wal` file until SQLite reuses it;
     * this folds the WAL into the file and truncates it. When another connection is reading it cannot,
     * and stays due: the next maintenance sweep tries again.
     */
    truncateWalAfterErasure(): 'truncated' | 'busy' | 'nothing-erased';
    count(): number;
    /**
     * Runs `work` in one IMMEDIATE transaction: a request is stored whole or not at all, and a second
     * server process on the same file waits for the write lock instead of racing the idempotency check.
     */
    transaction<T>(work: () => T): T;
}
