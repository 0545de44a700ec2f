import type { DBSchema, IDBPDatabase } from 'idb';
export declare const DATABASE_NAME = "peer-support-widgets";
export interface CachedCopy<T = unknown> {
    key: string;
    savedAt: string;
    data: T;
}
export interface PeerDatabase extends DBSchema {
    /** Last copy of public data seen (roster, directory) for offline use. Never anything a person typed. */
    cache: {
        key: string;
        value: CachedCopy;
    };
    /** Writes not yet acknowledged by the server (see outbox.ts). Deleted the moment they are. */
    outbox: {
        key: string;
        value: OutboxRecord;
    };
    /** Self-care plans. They never leave the device; see self-care-plan/plan-store.ts. */
    plans: {
        key: string;
        value: StoredPlanRecord;
    };
}
/** A saved self-care plan: in the clear, or sealed with a passphrase. */
export interface StoredPlanRecord {
    id: string;
    /** Goes up by one on every save; a save that expected another revision is a conflict. */
    revision: number;
    savedAt: string;
    encrypted: boolean;
    plan?: unknown;
    sealed?: {
        salt: string;
        iv: string;
        iterations: number;
        ciphertext: string;
    };
}
/** A write waiting for the server's acknowledgement. */
export interface OutboxRecord {
    /** Random id; also the Idempotency-Key, so a resend lands once. */
    id: string;
    /** Absolute URL it is sent to. */
    url: string;
    body: unknown;
    state: 'queued' | 'sending' | 'retrying' | 'needs-sign-in' | 'needs-fix';
    attempts: number;
    createdAt: string;
    /** When the next attempt may start (ISO). */
    nextAttemptAt: string;
    /** Why the last attempt failed, in words for a person. */
    lastError?: {
        kind: string;
        message: string;
        status?: number;
    };
}
export declare function openDatabase(): Promise<IDBPDatabase<PeerDatabase> | undefined>;
/** Closes and forgets the connection (tests, and a page that wants to release the database). */
export declare function closeDatabase(): Promise<void>;
export declare function readCachedCopy<T>(key: string): Promise<CachedCopy<T> | undefined>;
export declare function writeCachedCopy<T>(key: string, data: T, savedAt?: Date): Promise<boolean>;
