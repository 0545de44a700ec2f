import type { PeerError } from './errors.js';
import type { PeerHttpClient } from './http-client.js';
import type { OutboxRecord } from './storage.js';
export type { OutboxRecord };
export type OutboxState = OutboxRecord['state'] | 'sent' | 'cancelled';
export interface OutboxChange {
    id: string;
    state: OutboxState;
    /** The record as it stands (absent once sent or cancelled). */
    record?: OutboxRecord;
    /** The server's answer, once sent. */
    receipt?: unknown;
    /** Why the last attempt failed. */
    error?: PeerError;
}
/** Fired on the outbox whenever a write changes state, in this tab or (without details) another. */
export declare class OutboxChangeEvent extends Event {
    readonly change: OutboxChange;
    constructor(change: OutboxChange);
}
export interface RetryPolicy {
    /** First retry delay; doubles per attempt. */
    baseMs: number;
    /** Longest delay between attempts. */
    capMs: number;
    /** Longest `Retry-After` honoured. */
    maxRetryAfterMs: number;
}
export declare class PeerOutbox extends EventTarget {
    private clientFor;
    retryPolicy: RetryPolicy;
    /** Writes kept in memory because IndexedDB refused them. */
    private readonly memory;
    private readonly channel;
    private flushing?;
    private flushAgain;
    private forced;
    private timer?;
    private started;
    private inFlight;
    /** @param clientFor the HTTP client of the page's current configuration (auth headers, credentials). */
    constructor(clientFor: () => PeerHttpClient);
    /** Uses this client from now on (a widget whose configuration changed). */
    useClient(clientFor: () => PeerHttpClient): void;
    /** Starts flushing now and on every trigger. Idempotent. */
    start(): void;
    /** Stops listening and abandons requests in flight (as a closed tab would). Saved writes stay. */
    stop(): void;
    /**
     * Saves a write on the device, then starts sending it. Resolves once it is saved (or known not to
     * be), before anything is sent: `persisted` tells whether it survives closing the page.
     */
    enqueue(url: URL, body: unknown, id?: string): Promise<{
        record: OutboxRecord;
        persisted: boolean;
    }>;
    /** Everything not yet acknowledged, oldest first. */
    pending(): Promise<OutboxRecord[]>;
    get(id: string): Promise<OutboxRecord | undefined>;
    /** Removes a write that has not been acknowledged. If it was already on its way it may still arrive. */
    cancel(id: string): Promise<void>;
    /** Sends now, ignoring the backoff (e.g. "Send now" after signing in). */
    sendNow(id?: string): Promise<void>;
    /** Sends every write that is due. Concurrent calls share one pass; a call during a pass runs another. */
    flush(): Promise<void>;
    private withLock;
    private sendDue;
    private attempt;
    private acknowledged;
    /** Capped exponential backoff with full jitter; a longer `Retry-After` wins. */
    private delayFor;
    private scheduleNext;
    private announce;
    private readonly onTrigger;
    private readonly onVisibility;
    private write;
    /** Writes only if the record still exists (it may have been cancelled or sent meanwhile). */
    private update;
    private remove;
    private readAll;
}
/**
 * The page's outbox, shared by every widget in this copy of the library (another copy on the page
 * has its own; Web Locks keep them from sending the same write twice). It sends with the client of
 * the widget that used it last.
 */
export declare function sharedOutbox(clientFor: () => PeerHttpClient): PeerOutbox;
