/**
 * Nothing a person sends is lost. A write is saved on the device (IndexedDB, strict durability)
 * *before* any network call, sent with an `Idempotency-Key` so that a resend lands once, retried with
 * capped, jittered backoff until the server acknowledges it with a 2xx, and only then deleted. A 2xx
 * is delivered whatever it says: the reference server answers a resend of a request that has been
 * closed since with `200 { id, status: "closed" }`, and the widget tells the person so.
 *
 * - Retried: no answer, timeouts, 408, 409, 429 (honouring `Retry-After`), 5xx.
 * - Parked for the person to fix: other 4xx, with the server's own words.
 * - Kept until the person signs in: 401/403 or an SSO login page.
 * - Flushed on start, on `online`, on a timer, when the page becomes visible, and on request; one tab
 *   at a time (Web Locks), so two open tabs never send the same write twice in parallel.
 * - Without IndexedDB (private windows, full disk, blocked upgrade) writes are kept in memory while
 *   the page is open and `persisted: false` says so, so the widget can tell the person.
 *
 * Shared by the request form and the anonymous contact log.
 */
import { PeerBadResponseError, PeerProblemError, isPeerError } from './errors.js';
import { openDatabase } from './storage.js';
/** Fired on the outbox whenever a write changes state, in this tab or (without details) another. */
export class OutboxChangeEvent extends Event {
    constructor(change) {
        super('change');
        this.change = change;
    }
}
const LOCK_NAME = 'peer-support-widgets.outbox';
const CHANNEL_NAME = 'peer-support-widgets.outbox';
export class PeerOutbox extends EventTarget {
    /** @param clientFor the HTTP client of the page's current configuration (auth headers, credentials). */
    constructor(clientFor) {
        super();
        this.clientFor = clientFor;
        this.retryPolicy = { baseMs: 2_000, capMs: 5 * 60_000, maxRetryAfterMs: 30 * 60_000 };
        /** Writes kept in memory because IndexedDB refused them. */
        this.memory = new Map();
        this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : undefined;
        this.flushAgain = false;
        this.forced = new Set();
        this.started = false;
        this.inFlight = new Set();
        this.onTrigger = () => void this.flush();
        // Coming back to the tab is often coming back from signing in elsewhere: try sign-in-parked writes too.
        this.onVisibility = () => {
            if (globalThis.document?.visibilityState !== 'visible')
                return;
            void this.pending().then((records) => {
                for (const record of records)
                    if (record.state === 'needs-sign-in')
                        this.forced.add(record.id);
                return this.flush();
            });
        };
        this.channel?.addEventListener('message', (event) => {
            this.dispatchEvent(new OutboxChangeEvent({ id: event.data.id, state: event.data.state }));
        });
    }
    /** Uses this client from now on (a widget whose configuration changed). */
    useClient(clientFor) {
        this.clientFor = clientFor;
    }
    /** Starts flushing now and on every trigger. Idempotent. */
    start() {
        if (this.started)
            return;
        this.started = true;
        globalThis.addEventListener('online', this.onTrigger);
        globalThis.document?.addEventListener('visibilitychange', this.onVisibility);
        void this.flush();
    }
    /** Stops listening and abandons requests in flight (as a closed tab would). Saved writes stay. */
    stop() {
        this.started = false;
        globalThis.removeEventListener('online', this.onTrigger);
        globalThis.document?.removeEventListener('visibilitychange', this.onVisibility);
        clearTimeout(this.timer);
        for (const controller of this.inFlight)
            controller.abort();
    }
    /**
     * Saves a write on the device, then starts sending it. Resolves once it is saved (or known not to
     * be), before anything is sent: `persisted` tells whether it survives closing the page.
     */
    async enqueue(url, body, id = crypto.randomUUID()) {
        const now = new Date().toISOString();
        const record = { id, url: url.href, body, state: 'queued', attempts: 0, createdAt: now, nextAttemptAt: now };
        const persisted = await this.write(record);
        if (!persisted)
            this.memory.set(id, record);
        this.announce({ id, state: 'queued', record });
        void this.flush();
        return { record, persisted };
    }
    /** Everything not yet acknowledged, oldest first. */
    async pending() {
        const stored = await this.readAll();
        return [...stored, ...this.memory.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    }
    async get(id) {
        return this.memory.get(id) ?? (await this.readAll()).find((record) => record.id === id);
    }
    /** Removes a write that has not been acknowledged. If it was already on its way it may still arrive. */
    async cancel(id) {
        this.memory.delete(id);
        await this.remove(id);
        this.announce({ id, state: 'cancelled' });
    }
    /** Sends now, ignoring the backoff (e.g. "Send now" after signing in). */
    async sendNow(id) {
        for (const record of await this.pending())
            if (!id || record.id === id)
                this.forced.add(record.id);
        await this.flush();
    }
    /** Sends every write that is due. Concurrent calls share one pass; a call during a pass runs another. */
    flush() {
        if (this.flushing) {
            this.flushAgain = true;
            return this.flushing;
        }
        this.flushing = (async () => {
            do {
                this.flushAgain = false;
                await this.withLock(() => this.sendDue());
            } while (this.flushAgain);
        })().finally(() => {
            this.flushing = undefined;
            void this.scheduleNext();
        });
        return this.flushing;
    }
    async withLock(work) {
        const locks = globalThis.navigator?.locks;
        // Other tabs queue behind the one sending, then find the acknowledged writes already gone.
        if (locks)
            await locks.request(LOCK_NAME, work);
        else
            await work();
    }
    async sendDue() {
        const now = Date.now();
        for (const record of await this.pending()) {
            const forced = this.forced.delete(record.id);
            if (record.state === 'needs-fix' && !forced)
                continue;
            if (record.state === 'needs-sign-in' && !forced)
                continue;
            if (Date.parse(record.nextAttemptAt) > now && !forced)
                continue;
            // Re-read: another tab, or a cancel, may have changed it since the list was read.
            const current = await this.get(record.id);
            if (current)
                await this.attempt(current);
        }
    }
    async attempt(record) {
        const sending = { ...record, state: 'sending', attempts: record.attempts + 1 };
        if (!(await this.update(sending)))
            return;
        this.announce({ id: record.id, state: 'sending', record: sending });
        const controller = new AbortController();
        this.inFlight.add(controller);
        try {
            const receipt = await this.clientFor().send(new URL(record.url), {
                method: 'POST',
                body: record.body,
                idempotencyKey: record.id,
                signal: controller.signal,
            });
            await this.acknowledged(record.id, receipt);
        }
        catch (caught) {
            if (controller.signal.aborted)
                return; // the page is going away; the saved write stays as it is
            const error = isPeerError(caught) ? caught : new PeerBadResponseError(String(caught), { cause: caught });
            // A 2xx whose body we cannot read is still an acknowledgement: the server has it.
            if (error instanceof PeerBadResponseError && error.status !== undefined && error.status >= 200 && error.status < 300) {
                await this.acknowledged(record.id, undefined);
                return;
            }
            const failed = {
                ...sending,
                state: error.retryable ? 'retrying' : error.kind === 'sign-in' ? 'needs-sign-in' : 'needs-fix',
                nextAttemptAt: new Date(Date.now() + this.delayFor(sending.attempts, error)).toISOString(),
                lastError: { kind: error.kind, message: error.userMessage, status: error.status },
            };
            if (await this.update(failed))
                this.announce({ id: record.id, state: failed.state, record: failed, error });
        }
        finally {
            this.inFlight.delete(controller);
        }
    }
    async acknowledged(id, receipt) {
        if (!this.memory.delete(id))
            await this.remove(id);
        this.announce({ id, state: 'sent', receipt });
    }
    /** Capped exponential backoff with full jitter; a longer `Retry-After` wins. */
    delayFor(attempts, error) {
        const { baseMs, capMs, maxRetryAfterMs } = this.retryPolicy;
        const backoff = Math.random() * Math.min(capMs, baseMs * 2 ** Math.max(0, attempts - 1));
        const retryAfter = error instanceof PeerProblemError && error.retryAfterSeconds !== undefined ? Math.min(maxRetryAfterMs, error.retryAfterSeconds * 1000) : 0;
        return Math.max(backoff, retryAfter);
    }
    async scheduleNext() {
        clearTimeout(this.timer);
        if (!this.started)
            return;
        const due = (await this.pending()).filter((record) => record.state === 'queued' || record.state === 'retrying' || record.state === 'sending');
        if (due.length === 0)
            return;
        const next = Math.min(...due.map((record) => Date.parse(record.nextAttemptAt)));
        this.timer = setTimeout(() => void this.flush(), Math.max(0, next - Date.now()));
    }
    announce(change) {
        this.dispatchEvent(new OutboxChangeEvent(change));
        this.channel?.postMessage({ id: change.id, state: change.state });
    }
    // Storage. Every helper answers false/[] when IndexedDB is unavailable; the memory map takes over.
    async write(record) {
        try {
            const database = await openDatabase();
            if (!database)
                return false;
            const transaction = database.transaction('outbox', 'readwrite', { durability: 'strict' });
            await Promise.all([transaction.store.put(record), transaction.done]);
            return true;
        }
        catch (error) {
            console.warn('[peer-support] could not save on this device', error);
            return false;
        }
    }
    /** Writes only if the record still exists (it may have been cancelled or sent meanwhile). */
    async update(record) {
        if (this.memory.has(record.id)) {
            this.memory.set(record.id, record);
            return true;
        }
        try {
            const database = await openDatabase();
            if (!database)
                return false;
            const transaction = database.transaction('outbox', 'readwrite', { durability: 'strict' });
            const exists = (await transaction.store.getKey(record.id)) !== undefined;
            if (exists)
                await transaction.store.put(record);
            await transaction.done;
            return exists;
        }
        catch {
            return false;
        }
    }
    async remove(id) {
        try {
            const database = await openDatabase();
            if (!database)
                return;
            const transaction = database.transaction('outbox', 'readwrite', { durability: 'strict' });
            await Promise.all([transaction.store.delete(id), transaction.done]);
        }
        catch (error) {
            console.warn('[peer-support] could not remove a sent item from this device', error);
        }
    }
    async readAll() {
        try {
            const database = await openDatabase();
            return database ? await database.getAll('outbox') : [];
        }
        catch {
            return [];
        }
    }
}
let pageOutbox;
/**
 * The page's outbox, shared by every widget in this copy of the library (another copy on the page
 * has its own; Web Locks keep them from sending the same write twice). It sends with the client of
 * the widget that used it last.
 */
export function sharedOutbox(clientFor) {
    if (pageOutbox)
        pageOutbox.useClient(clientFor);
    else
        pageOutbox = new PeerOutbox(clientFor);
    pageOutbox.start();
    return pageOutbox;
}
