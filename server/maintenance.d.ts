/**
 * Housekeeping that must happen on time whether or not anyone opens the inbox: erasing closed
 * requests whose grace period is over, and purging what has expired. `buildApp` runs it once at
 * start and then on a timer; the inbox runs it before it answers, so nothing due is ever shown.
 */
import type { RequestsRepository } from './db/requests-repository.js';
import type { AccountsRepository } from './db/accounts-repository.js';
import type { Db } from './db/database.js';
export interface MaintenanceParts {
    db: Db;
    requests: RequestsRepository;
    accounts: AccountsRepository;
}
export interface SweepResult {
    erased: number;
    /** Expired sessions, and sign-in links that are used or expired, deleted by this sweep. */
    purged: {
        sessions: number;
        links: number;
    };
    /** Whether the write-ahead log was truncated after an erasure (see below). */
    wal: 'truncated' | 'busy' | 'nothing-erased';
}
/** One sweep; safe to run at any time and as often as wanted. */
export declare function sweep(parts: MaintenanceParts, now: Date): SweepResult;
/** Sweeps now and every `intervalMs`; returns a function that stops the timer. */
export declare function startMaintenance(parts: MaintenanceParts, now: () => Date, intervalMs?: number): () => void;
