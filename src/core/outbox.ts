/**
 * Nothing a person sends is lost. A write is saved on the device (IndexedDB, strict durability)
 * *before* any network call, sent with an `Idempotency-Key` so that a resend lands once, retried with
 * capped, jittered backoff until the server acknowledges it with a 2xx, and only then deleted. A 2xx
 * is delivered whatever it says: the reference server answers a resend of a request that has been
 * closed since with `200 { id, status: "closed" }`, and the widget tells the person so.
 *
 * - Retried: no answer, timeouts, 408, 409, 429 (honouring `Retry-After`), 5xx.
 * - Parked for the person to fix: other 4xx, with the server's own words.
 * - Kept until the person signs in: 401 or an SSO login page.
 * - Parked as needing attention: 403 (signed in, but this account may not do this), with the
 *   server's reason or "your account cannot do this".
 * - Flushed on start, on `online`, on a timer, when the page becomes visible, and on request; one tab
 *   at a time (Web Locks), so two open tabs never send the same write twice in parallel.
 * - Without IndexedDB (private windows, full disk, blocked upgrade) writes are kept in memory while
 *   the page is open and `persisted: false` says so, so the widget can tell the person.
 * - Every write belongs to the configuration that made it (its scope: endpoint, credentials, the
 *   page's `scope` name, and the headers it sends) and is only ever sent by a client of that scope.
 *   Without one on the page it waits (`waiting-for-scope`) until one appears; it never goes out with
 *   another scope's headers. The device keeps only the scope's key, which holds no secret.
 *
 * Shared by the request form and the anonymous contact log.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PeerBadResponseError, PeerProblemError, isPeerError } from './errors.js';
import type { PeerError } from './errors.js';
import { PeerHttpClient } from './http-client.js';
import type { HeaderProvider, PeerConfig } from './config.js';
import { openDatabase } from './storage.js';
import type { OutboxRecord as StoredOutboxRecord } from './storage.js';

/**
 * What a write waiting on this device remembers of the configuration that made it: enough to find
 * a client of the same configuration again, and nothing secret (no header, token or cookie).
 */
export interface OutboxScopeKey {
  /** Absolute base URL of the API. */
  endpoint: string;
  /** `fetch` credentials mode: decides which cookies go with the write. */
  credentials: RequestCredentials;
  /** The page's `scope` name for these settings; `''` when none is set. */
  name: string;
  /** Sent with the signed-in supporter's session (its CSRF token on writes): the supporter-side widgets. */
  signedIn: boolean;
}

/** The key of a configuration's writes. */
export function outboxScopeKey(config: PeerConfig, signedIn = false): OutboxScopeKey {
  const endpoint = new URL(config.endpoint, globalThis.location?.href);
  if (!endpoint.pathname.endsWith('/')) endpoint.pathname += '/';
  // A URL can carry a user name and password; neither belongs on the device.
  endpoint.username = '';
  endpoint.password = '';
  endpoint.hash = '';
  return { endpoint: endpoint.href, credentials: config.credentials, name: (config.scope ?? '').trim(), signedIn };
}

/** One string per key, for comparing keys. */
function scopeKeyText(key: OutboxScopeKey): string {
  return JSON.stringify([key.endpoint, key.credentials, key.name, key.signedIn]);
}

const providerIds = new WeakMap<object, number>();
let nextProviderId = 1;

/**
 * Tells apart settings that share a scope key but send different headers: a plain map by value, a
 * provider function by identity. Held in memory only; it can contain header values.
 */
function headerIdentity(headers: HeaderProvider | undefined): string {
  if (!headers) return 'no headers';
  if (typeof headers === 'function') {
    let id = providerIds.get(headers);
    if (id === undefined) providerIds.set(headers, (id = nextProviderId++));
    return `provider ${id}`;
  }
  const entries = Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]);
  return `map ${JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
}

/** Where a write goes and as whom, as the device keeps it: no header, token or cookie. */
export interface OutboxRecordScope extends OutboxScopeKey {
  /**
   * Set when two configurations with this key but different headers were on the page together:
   * then only this visit's own configuration may send the write, never the other one, and never a
   * later page that cannot tell them apart. A random id, not a secret.
   */
  visit?: string;
}

/** A write waiting for the server's acknowledgement. */
export interface OutboxRecord extends Omit<StoredOutboxRecord, 'state'> {
  /** `waiting-for-scope`: no configuration that may send it is on this page. */
  state: StoredOutboxRecord['state'] | 'waiting-for-scope';
  /** The configuration it belongs to. Absent on writes saved by versions before scopes. */
  scope?: OutboxRecordScope;
}
export type OutboxState = OutboxRecord['state'] | 'sent' | 'cancelled';

/**
 * A configuration that writes through the outbox: a widget's, or a fixed one (`outboxScopeFor`).
 * Read every time it is used, so a widget whose settings change is seen as it is now.
 */
export interface OutboxScope {
  /** Kept with each write it makes. Holds no secret. */
  readonly key: OutboxScopeKey;
  /** Tells apart configurations with one key but different headers. Never stored. */
  readonly identity: string;
  /** False while it cannot send yet (a supporter widget still finding out who is signed in). */
  readonly ready: boolean;
  /** False once its widget has left the page. */
  readonly live: boolean;
  /** A client that sends as this configuration does now. */
  client(): PeerHttpClient;
  /** Calls `onChange` whenever `key`, `identity`, `ready` or `live` may have changed. */
  watch?(onChange: () => void): void;
}

/** A scope for a fixed configuration, always on the page: scripts, tests, a page's own outbox. */
export function outboxScopeFor(config: PeerConfig, options: { signedIn?: boolean } = {}): OutboxScope {
  const client = new PeerHttpClient(config);
  return { key: outboxScopeKey(config, options.signedIn), identity: headerIdentity(config.headers), ready: true, live: true, client: () => client };
}

/** How a supporter-side widget sends: with its session (CSRF token), once it knows who is signed in. */
export interface SignedInSender {
  client(): PeerHttpClient;
  ready(): boolean;
}

/**
 * A widget's configuration as the outbox sees it, read as it is at each use: the writes the widget
 * makes are sent only with it. `signedIn` for supporter-side widgets, whose writes carry the
 * session's CSRF token.
 */
export function widgetOutboxScope(host: ReactiveControllerHost & HTMLElement, config: () => PeerConfig, signedIn?: SignedInSender): OutboxScope {
  return new WidgetOutboxScope(host, config, signedIn);
}

class WidgetOutboxScope implements OutboxScope, ReactiveController {
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly config: () => PeerConfig,
    private readonly signedIn?: SignedInSender,
  ) {
    host.addController(this);
  }

  get key(): OutboxScopeKey {
    return outboxScopeKey(this.config(), !!this.signedIn);
  }

  get identity(): string {
    return headerIdentity(this.config().headers);
  }

  get ready(): boolean {
    return this.signedIn ? this.signedIn.ready() : true;
  }

  get live(): boolean {
    return this.host.isConnected;
  }

  client(): PeerHttpClient {
    return this.signedIn ? this.signedIn.client() : new PeerHttpClient(this.config());
  }

  watch(onChange: () => void): void {
    this.listeners.add(onChange);
  }

  // Settings, sign-in and connection all end in an update or a (dis)connection: the outbox checks whether that matters.
  hostConnected(): void {
    this.changed();
  }

  hostDisconnected(): void {
    this.changed();
  }

  hostUpdated(): void {
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

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
export class OutboxChangeEvent extends Event {
  constructor(readonly change: OutboxChange) {
    super('change');
  }
}

export interface RetryPolicy {
  /** First retry delay; doubles per attempt. */
  baseMs: number;
  /** Longest delay between attempts. */
  capMs: number;
  /** Longest `Retry-After` honoured. */
  maxRetryAfterMs: number;
}

const LOCK_NAME = 'peer-support-widgets.outbox';
const CHANNEL_NAME = 'peer-support-widgets.outbox';

type Sender = OutboxScope | 'absent' | 'not-ready';

export class PeerOutbox extends EventTarget {
  retryPolicy: RetryPolicy = { baseMs: 2_000, capMs: 5 * 60_000, maxRetryAfterMs: 30 * 60_000 };

  /** Writes kept in memory because IndexedDB refused them. */
  private readonly memory = new Map<string, OutboxRecord>();
  private readonly channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL_NAME) : undefined;
  private flushing?: Promise<void>;
  private flushAgain = false;
  private forced = new Set<string>();
  private timer?: ReturnType<typeof setTimeout>;
  private started = false;
  /** Set by `stop()`: like a closed tab, this outbox starts no further attempt until started again. */
  private stopped = false;
  private inFlight = new Set<AbortController>();
  /** Configurations that may send; those whose widget left the page are dropped at the next flush. */
  private readonly scopes = new Set<OutboxScope>();
  /** What each scope looked like when last seen, to flush when one becomes able to send. */
  private readonly seen = new WeakMap<OutboxScope, string>();
  /** Record id → identity of the configuration that made it on this visit (memory only: it can hold header values). */
  private readonly madeBy = new Map<string, string>();
  /** Identity → a random id for this visit, for writes that must stay with it (see `OutboxRecordScope.visit`). */
  private readonly visits = new Map<string, string>();

  /** @param defaultScope the configuration `enqueue` uses when none is given (a page with one). */
  constructor(private readonly defaultScope?: OutboxScope) {
    super();
    if (defaultScope) this.join(defaultScope);
    this.channel?.addEventListener('message', (event: MessageEvent<{ id: string; state: OutboxState }>) => {
      this.dispatchEvent(new OutboxChangeEvent({ id: event.data.id, state: event.data.state }));
      // Another tab could not send it: this one may have its configuration.
      if (this.started && event.data.state === 'waiting-for-scope') void this.flush();
    });
  }

  /**
   * Lets a configuration send the writes that belong to it (its own, and those from earlier visits
   * with its key), and tries them now. A widget joins each time it is connected.
   */
  join(scope: OutboxScope): void {
    this.admit(scope);
    if (this.started) void this.flush();
  }

  private admit(scope: OutboxScope): void {
    if (this.scopes.has(scope)) return;
    this.scopes.add(scope);
    this.seen.set(scope, signature(scope));
    scope.watch?.(this.onScopeChange);
  }

  /** Starts flushing now and on every trigger. Idempotent. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.stopped = false;
    globalThis.addEventListener('online', this.onTrigger);
    globalThis.document?.addEventListener('visibilitychange', this.onVisibility);
    void this.flush();
  }

  /** Stops listening and abandons requests in flight (as a closed tab would). Saved writes stay. */
  stop(): void {
    this.started = false;
    this.stopped = true;
    globalThis.removeEventListener('online', this.onTrigger);
    globalThis.document?.removeEventListener('visibilitychange', this.onVisibility);
    clearTimeout(this.timer);
    for (const controller of this.inFlight) controller.abort();
  }

  /**
   * Saves a write on the device, then starts sending it. Resolves once it is saved (or known not to
   * be), before anything is sent: `persisted` tells whether it survives closing the page. `scope` is
   * the configuration it belongs to and will only be sent with.
   */
  async enqueue(url: URL, body: unknown, id: string = crypto.randomUUID(), scope: OutboxScope | undefined = this.defaultScope): Promise<{ record: OutboxRecord; persisted: boolean }> {
    if (!scope) throw new TypeError('PeerOutbox.enqueue: say which configuration the write belongs to (an OutboxScope).');
    this.admit(scope);
    const identity = scope.identity;
    this.madeBy.set(id, identity);
    const key = scope.key;
    const recordScope: OutboxRecordScope = this.sharedKey(key) ? { ...key, visit: this.visitOf(identity) } : { ...key };
    const now = new Date().toISOString();
    const record: OutboxRecord = { id, url: url.href, body, scope: recordScope, state: 'queued', attempts: 0, createdAt: now, nextAttemptAt: now };
    const persisted = await this.write(record);
    if (!persisted) this.memory.set(id, record);
    this.announce({ id, state: 'queued', record });
    void this.flush();
    return { record, persisted };
  }

  /** Everything not yet acknowledged, oldest first. */
  async pending(): Promise<OutboxRecord[]> {
    const stored = await this.readAll();
    return [...stored, ...this.memory.values()].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async get(id: string): Promise<OutboxRecord | undefined> {
    return this.memory.get(id) ?? (await this.readOne(id));
  }

  /** Removes a write that has not been acknowledged. If it was already on its way it may still arrive. */
  async cancel(id: string): Promise<void> {
    this.memory.delete(id);
    this.madeBy.delete(id);
    await this.remove(id);
    this.announce({ id, state: 'cancelled' });
  }

  /** Sends now, ignoring the backoff (e.g. "Send now" after signing in). */
  async sendNow(id?: string): Promise<void> {
    for (const record of await this.pending()) if (!id || record.id === id) this.forced.add(record.id);
    await this.flush();
  }

  /** Sends every write that is due. Concurrent calls share one pass; a call during a pass runs another. */
  flush(): Promise<void> {
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

  private async withLock(work: () => Promise<void>): Promise<void> {
    const locks = globalThis.navigator?.locks;
    // Other tabs queue behind the one sending, then find the acknowledged writes already gone.
    if (locks) await locks.request(LOCK_NAME, work);
    else await work();
  }

  private async sendDue(): Promise<void> {
    for (const scope of this.scopes) if (!scope.live) this.scopes.delete(scope);
    const now = Date.now();
    for (const listed of await this.pending()) {
      if (this.stopped) return;
      const forced = this.forced.delete(listed.id);
      if (listed.state === 'needs-fix' && !forced) continue;
      if (listed.state === 'needs-sign-in' && !forced) continue;
      // Re-read: another tab, or a cancel, may have changed it since the list was read.
      let record = await this.get(listed.id);
      if (!record) continue;
      record = await this.keepWithItsVisit(record);
      const sender = this.senderFor(record);
      if (sender === 'not-ready') continue; // its configuration is here and will be able to send soon
      if (sender === 'absent') {
        await this.waitForScope(record);
        continue;
      }
      if (record.state !== 'waiting-for-scope' && Date.parse(record.nextAttemptAt) > now && !forced) continue;
      if (this.stopped) return;
      await this.attempt(record, sender);
    }
  }

  /**
   * Who may send a write: only a configuration on this page with its key, and
   * - with its `visit`, only this visit's configuration with that id;
   * - made on this visit, only the very configuration that made it (same headers);
   * - from an earlier visit or another tab, the page's configuration with that key, unless the page
   *   has several with different headers: then nobody can tell which, and it waits.
   */
  private senderFor(record: OutboxRecord): Sender {
    const live = [...this.scopes].filter((scope) => scope.live);
    const scope = record.scope;
    let candidates: OutboxScope[];
    if (!scope) {
      candidates = this.onlyConfiguration(live.filter((candidate) => record.url.startsWith(candidate.key.endpoint)));
      // Signed-in clients send the same headers, plus a CSRF token a public write does not mind.
      candidates.sort((a, b) => Number(b.key.signedIn) - Number(a.key.signedIn));
    } else {
      const text = scopeKeyText(scope);
      const sameKey = live.filter((candidate) => scopeKeyText(candidate.key) === text);
      const madeBy = this.madeBy.get(record.id);
      if (scope.visit) candidates = sameKey.filter((candidate) => this.visits.get(candidate.identity) === scope.visit);
      else if (madeBy !== undefined) candidates = sameKey.filter((candidate) => candidate.identity === madeBy);
      else candidates = this.onlyConfiguration(sameKey);
      if (!candidates.length && madeBy !== undefined && sameKey.length) tellItOnce('replaced', scope);
    }
    if (!candidates.length) return 'absent';
    return candidates.find((candidate) => candidate.ready) ?? 'not-ready';
  }

  /** The candidates if they all send the same headers; none if they differ (it cannot be told which). */
  private onlyConfiguration(candidates: OutboxScope[]): OutboxScope[] {
    if (new Set(candidates.map((candidate) => candidate.identity)).size <= 1) return candidates;
    tellItOnce('unnamed', candidates[0].key);
    return [];
  }

  /** Whether configurations with this key but different headers are on the page together. */
  private sharedKey(key: OutboxScopeKey): boolean {
    const text = scopeKeyText(key);
    const identities = new Set([...this.scopes].filter((scope) => scope.live && scopeKeyText(scope.key) === text).map((scope) => scope.identity));
    if (identities.size > 1) tellItOnce('unnamed', key);
    return identities.size > 1;
  }

  private visitOf(identity: string): string {
    let visit = this.visits.get(identity);
    if (!visit) this.visits.set(identity, (visit = crypto.randomUUID()));
    return visit;
  }

  /** A write made on this visit whose key another configuration now shares stays with its own, for good. */
  private async keepWithItsVisit(record: OutboxRecord): Promise<OutboxRecord> {
    const madeBy = this.madeBy.get(record.id);
    if (!record.scope || record.scope.visit || madeBy === undefined || !this.sharedKey(record.scope)) return record;
    const kept: OutboxRecord = { ...record, scope: { ...record.scope, visit: this.visitOf(madeBy) } };
    return (await this.update(kept)) ? kept : record;
  }

  private async waitForScope(record: OutboxRecord): Promise<void> {
    if (record.state === 'waiting-for-scope') return;
    const waiting: OutboxRecord = { ...record, state: 'waiting-for-scope' };
    if (await this.update(waiting)) this.announce({ id: record.id, state: 'waiting-for-scope', record: waiting });
  }

  private async attempt(record: OutboxRecord, sender: OutboxScope): Promise<void> {
    const sending: OutboxRecord = { ...record, state: 'sending', attempts: record.attempts + 1 };
    if (!(await this.update(sending))) return;
    this.announce({ id: record.id, state: 'sending', record: sending });
    const controller = new AbortController();
    this.inFlight.add(controller);
    try {
      const receipt = await sender.client().send(new URL(record.url), {
        method: 'POST',
        body: record.body,
        idempotencyKey: record.id,
        signal: controller.signal,
      });
      await this.acknowledged(record.id, receipt);
    } catch (caught) {
      if (controller.signal.aborted) return; // the page is going away; the saved write stays as it is
      const error = isPeerError(caught) ? caught : new PeerBadResponseError(String(caught), { cause: caught });
      // A 2xx whose body we cannot read is still an acknowledgement: the server has it.
      if (error instanceof PeerBadResponseError && error.status !== undefined && error.status >= 200 && error.status < 300) {
        await this.acknowledged(record.id, undefined);
        return;
      }
      const failed: OutboxRecord = {
        ...sending,
        // A 403 is an account that may not do this: signing in again will not change it, so it is
        // parked with the server's reason (or "your account cannot do this"), not kept for sign-in.
        state: error.retryable ? 'retrying' : error.kind === 'sign-in' && error.status !== 403 ? 'needs-sign-in' : 'needs-fix',
        nextAttemptAt: new Date(Date.now() + this.delayFor(sending.attempts, error)).toISOString(),
        lastError: { kind: error.kind, message: error.userMessage, status: error.status },
      };
      if (await this.update(failed)) this.announce({ id: record.id, state: failed.state, record: failed, error });
    } finally {
      this.inFlight.delete(controller);
    }
  }

  private async acknowledged(id: string, receipt: unknown): Promise<void> {
    this.madeBy.delete(id);
    if (!this.memory.delete(id)) await this.remove(id);
    this.announce({ id, state: 'sent', receipt });
  }

  /** Capped exponential backoff with full jitter; a longer `Retry-After` wins. */
  private delayFor(attempts: number, error: PeerError): number {
    const { baseMs, capMs, maxRetryAfterMs } = this.retryPolicy;
    const backoff = Math.random() * Math.min(capMs, baseMs * 2 ** Math.max(0, attempts - 1));
    const retryAfter = error instanceof PeerProblemError && error.retryAfterSeconds !== undefined ? Math.min(maxRetryAfterMs, error.retryAfterSeconds * 1000) : 0;
    return Math.max(backoff, retryAfter);
  }

  private async scheduleNext(): Promise<void> {
    clearTimeout(this.timer);
    if (!this.started) return;
    const due = (await this.pending()).filter((record) => {
      const waiting = record.state === 'queued' || record.state === 'retrying' || record.state === 'sending' || record.state === 'waiting-for-scope';
      return waiting && typeof this.senderFor(record) === 'object';
    });
    if (due.length === 0) return;
    const next = Math.min(...due.map((record) => (record.state === 'waiting-for-scope' ? Date.now() : Date.parse(record.nextAttemptAt))));
    this.timer = setTimeout(() => void this.flush(), Math.max(0, next - Date.now()));
  }

  private announce(change: OutboxChange): void {
    this.dispatchEvent(new OutboxChangeEvent(change));
    this.channel?.postMessage({ id: change.id, state: change.state });
  }

  private readonly onTrigger = () => void this.flush();
  // A widget's settings changed, it signed in or left: its writes may be able to go now (or must wait).
  private readonly onScopeChange = () => {
    let changed = false;
    for (const scope of this.scopes) {
      const now = signature(scope);
      if (this.seen.get(scope) !== now) {
        this.seen.set(scope, now);
        changed = true;
      }
    }
    if (changed && this.started) void this.flush();
  };
  // Coming back to the tab is often coming back from signing in elsewhere: try sign-in-parked writes too.
  private readonly onVisibility = () => {
    if (globalThis.document?.visibilityState !== 'visible') return;
    void this.pending().then((records) => {
      for (const record of records) if (record.state === 'needs-sign-in') this.forced.add(record.id);
      return this.flush();
    });
  };

  // Storage. Every helper answers false/[] when IndexedDB is unavailable; the memory map takes over.

  private async write(record: OutboxRecord): Promise<boolean> {
    try {
      const database = await openDatabase();
      if (!database) return false;
      const transaction = database.transaction('outbox', 'readwrite', { durability: 'strict' });
      await Promise.all([transaction.store.put(stored(record)), transaction.done]);
      return true;
    } catch (error) {
      console.warn('[peer-support] could not save on this device', error);
      return false;
    }
  }

  /** Writes only if the record still exists (it may have been cancelled or sent meanwhile). */
  private async update(record: OutboxRecord): Promise<boolean> {
    if (this.memory.has(record.id)) {
      this.memory.set(record.id, record);
      return true;
    }
    try {
      const database = await openDatabase();
      if (!database) return false;
      const transaction = database.transaction('outbox', 'readwrite', { durability: 'strict' });
      const exists = (await transaction.store.getKey(record.id)) !== undefined;
      if (exists) await transaction.store.put(stored(record));
      await transaction.done;
      return exists;
    } catch {
      return false;
    }
  }

  private async remove(id: string): Promise<void> {
    try {
      const database = await openDatabase();
      if (!database) return;
      const transaction = database.transaction('outbox', 'readwrite', { durability: 'strict' });
      await Promise.all([transaction.store.delete(id), transaction.done]);
    } catch (error) {
      console.warn('[peer-support] could not remove a sent item from this device', error);
    }
  }

  private async readAll(): Promise<OutboxRecord[]> {
    try {
      const database = await openDatabase();
      return database ? await database.getAll('outbox') : [];
    } catch {
      return [];
    }
  }

  private async readOne(id: string): Promise<OutboxRecord | undefined> {
    try {
      const database = await openDatabase();
      return await database?.get('outbox', id);
    } catch {
      return undefined;
    }
  }
}

// storage.ts declares the record without its scope; IndexedDB keeps whatever the outbox puts.
const stored = (record: OutboxRecord) => record as StoredOutboxRecord;

const signature = (scope: OutboxScope) => `${scopeKeyText(scope.key)} ${scope.identity} ${scope.ready} ${scope.live}`;

const toldIt = new Set<string>();

/** Tells IT in the console, once per endpoint and reason, why writes wait and what to set. */
function tellItOnce(reason: 'unnamed' | 'replaced', key: OutboxScopeKey): void {
  const said = `${reason} ${scopeKeyText(key)}`;
  if (toldIt.has(said)) return;
  toldIt.add(said);
  console.warn(
    reason === 'unnamed'
      ? `[peer-support] Different headers go to ${key.endpoint} from more than one configuration: a write saved on an earlier visit cannot be told apart and waits. Give each its own scope name (never a token).`
      : `[peer-support] A write waits: the headers it was made with have left the page; it is never sent with others. Pass the same header function each time, or name each tenant's scope.`,
  );
}

let pageOutbox: PeerOutbox | undefined;

/**
 * The page's outbox, shared by every widget in this copy of the library (another copy on the page
 * has its own; Web Locks keep them from sending the same write twice). `scope` joins it: each write
 * is sent only with the configuration it belongs to.
 */
export function sharedOutbox(scope?: OutboxScope): PeerOutbox {
  pageOutbox ??= new PeerOutbox();
  if (scope) pageOutbox.join(scope);
  pageOutbox.start();
  return pageOutbox;
}
