import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PeerResourceName } from './contract.js';
import { conformList } from './conform.js';
import type { ConformedList, ConformIssue, JsonSchema } from './conform.js';
import { PeerBadResponseError, isPeerError } from './errors.js';
import type { PeerError } from './errors.js';
import type { PeerHttpClient } from './http-client.js';
import { rememberSource } from './record-source.js';
import { currentSharedAnswer, fetchSharedList, watchSharedList } from './shared-lists.js';
import type { SharedAnswer } from './shared-lists.js';
import { readCachedCopy, writeCachedCopy } from './storage.js';

/**
 * - `loading`: nothing to show yet;
 * - `ready`: fresh from the server;
 * - `offline`: the server could not be reached or read, showing the last copy kept on this device;
 * - `failed`: nothing to show at all (the widget explains and shows the crisis line).
 */
export type ListStatus = 'idle' | 'loading' | 'ready' | 'offline' | 'failed';

type Reshape = (json: unknown) => unknown;
const AS_SENT: Reshape = (json) => json;

/**
 * Loads a contract list (supporters, resources) the way every widget needs it: abortable, read by the
 * contract's schema, kept in IndexedDB after each success, and shown from there (with its date)
 * when the backend is down. Modelled on `@lit/task`: a status, a value, an error.
 *
 * Every element showing the same list (same URL, credentials and headers) shares one request and one
 * answer, also across two copies of the library on a page: a roster, a request form and ten cards send
 * one `GET supporters`. An element that appears later shows the answer the others show at once and
 * asks for a newer one; every element showing the list gets each newer answer.
 */
export class ListController<T> implements ReactiveController {
  status: ListStatus = 'idle';
  items: T[] = [];
  /** When the items shown were fetched (server's `updatedAt`, or when they were saved on this device). */
  updatedAt?: string;
  /** Why the last load failed, also when an offline copy is shown. */
  error?: PeerError;
  /** How many records the server sent that could not be shown. */
  dropped = 0;

  private abort?: AbortController;
  /** Share key of the list this element shows (see `PeerHttpClient.shareKey`). */
  private loadedFrom?: string;
  /** The shared list this element shows, kept while it is away from the page so it can watch again on return. */
  private watching?: { key: string; listUrl: string };
  private stopWatching?: () => void;
  private waiting = false;
  private connected = false;

  /**
   * @param reshape turns another format into the contract's `{ items }` before it is read (e.g. an
   * HSDS `/services` answer); it may throw `PeerBadResponseError`.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly resource: PeerResourceName,
    private readonly itemSchema: JsonSchema,
    private readonly reshape: Reshape = AS_SENT,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // Back in the page (e.g. moved): see newer answers again, and load again what leaving interrupted.
    if (this.watching && !this.stopWatching) this.watch(this.watching.key, this.watching.listUrl);
    if (this.loadedFrom === undefined && this.status !== 'idle') this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    if (this.waiting) this.loadedFrom = undefined;
    this.abort?.abort();
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /**
   * Loads the list unless it was already loaded from the same source. Call it from `willUpdate`: the
   * configuration (and so the URL) can arrive after the element connects, and a change reloads.
   */
  loadIfSourceChanged(client: PeerHttpClient): void {
    const source = client.shareKey(this.resource);
    // An element updated while away from the page waits until it is back (see hostConnected).
    if (source === this.loadedFrom || !this.connected) return;
    this.loadedFrom = source;
    void this.fetchList(client, true);
  }

  /**
   * Fetches the list with `client` (or joins the request for it already on its way), and shows the
   * answer in every element showing this list. Resolves when the widget has something honest to show.
   */
  async load(client: PeerHttpClient): Promise<void> {
    this.loadedFrom = client.shareKey(this.resource);
    await this.fetchList(client, false);
  }

  private async fetchList(client: PeerHttpClient, showSharedFirst: boolean): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const key = client.shareKey(this.resource);
    const listUrl = client.url(this.resource).href;
    const cacheKey = `${this.resource}:${listUrl}`;
    if (this.connected) this.watch(key, listUrl);
    const shared = showSharedFirst ? currentSharedAnswer(key) : undefined;
    if (!(shared && this.show(shared, listUrl)) && (this.status === 'idle' || this.status === 'failed')) {
      this.set({ status: 'loading', error: undefined });
    }
    // No `await` before this point: a second element asking in the same moment joins this request.
    this.waiting = true;
    try {
      const { answer, first } = await fetchSharedList(key, (signal) => client.request(this.resource, { signal }), abort.signal);
      const list = this.show(answer, listUrl, true);
      this.waiting = false;
      if (first) await writeCachedCopy(cacheKey, { items: list.items, updatedAt: list.updatedAt ?? new Date(answer.receivedAt).toISOString() });
    } catch (caught) {
      if (abort.signal.aborted || (isPeerError(caught) && caught.kind === 'aborted')) return;
      const error = isPeerError(caught) ? caught : new PeerBadResponseError(String(caught), { cause: caught });
      console.warn(`[peer-support] ${this.resource}: ${error.message} (${listUrl})`);
      // Keep showing what this element shows (it may be the answer the others show); else the copy on this device.
      const kept = this.status === 'ready' || this.status === 'offline' ? { items: this.items, updatedAt: this.updatedAt } : await this.readOfflineCopy(cacheKey, listUrl);
      if (abort.signal.aborted) return;
      if (kept) {
        this.set({ status: 'offline', items: kept.items, updatedAt: kept.updatedAt, error });
      } else {
        this.set({ status: 'failed', items: [], error });
      }
    } finally {
      if (this.abort === abort) this.waiting = false;
    }
  }

  private watch(key: string, listUrl: string): void {
    if (this.watching?.key === key && this.stopWatching) return;
    this.stopWatching?.();
    this.watching = { key, listUrl };
    // Another element's load (or its "Try again") brought a newer answer: show it here too.
    this.stopWatching = watchSharedList(key, (answer) => {
      if (this.waiting) return; // this element's own load shows it, with its error handling
      try {
        this.show(answer, listUrl, true);
      } catch {
        // An answer this element cannot read: keep showing what it shows; the element that asked says why.
      }
    });
  }

  /**
   * Shows a shared answer. With `strict`, a body that is not a list throws `PeerBadResponseError`;
   * without it, such an answer is not shown and `undefined` is returned.
   */
  private show(answer: SharedAnswer, listUrl: string, strict: true): ConformedList<T>;
  private show(answer: SharedAnswer, listUrl: string): ConformedList<T> | undefined;
  private show(answer: SharedAnswer, listUrl: string, strict = false): ConformedList<T> | undefined {
    let list: ConformedList<T>;
    try {
      list = readShared<T>(answer.json, this.itemSchema, this.reshape, (issues) => warnAboutIssues(this.resource, listUrl, issues));
    } catch (error) {
      if (strict) throw error;
      return undefined;
    }
    rememberSource(list.items, listUrl);
    this.set({ status: 'ready', items: list.items, dropped: list.dropped, updatedAt: list.updatedAt ?? new Date(answer.receivedAt).toISOString(), error: undefined });
    return list;
  }

  /** The copy kept on this device, read by the schema again: storage is input like any other. */
  private async readOfflineCopy(cacheKey: string, listUrl: string): Promise<{ items: T[]; updatedAt: string } | undefined> {
    const cached = await readCachedCopy<unknown>(cacheKey);
    if (!cached) return undefined;
    try {
      const list = conformList<T>(this.itemSchema, cached.data);
      rememberSource(list.items, listUrl);
      return { items: list.items, updatedAt: list.updatedAt ?? cached.savedAt };
    } catch {
      return undefined;
    }
  }

  private set(changes: Partial<Pick<ListController<T>, 'status' | 'items' | 'updatedAt' | 'error' | 'dropped'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }
}

// One answer is read once per schema however many elements show it: the same records for all of
// them, and one warning for IT per load instead of one per element.
const readings = new WeakMap<object, { schema: JsonSchema; reshape: Reshape; list: ConformedList<unknown> }[]>();

function readShared<T>(json: unknown, schema: JsonSchema, reshape: Reshape, warn: (issues: ConformIssue[]) => void): ConformedList<T> {
  const cacheable = typeof json === 'object' && json !== null;
  const earlier = cacheable ? readings.get(json)?.find((reading) => reading.schema === schema && reading.reshape === reshape) : undefined;
  if (earlier) return earlier.list as ConformedList<T>;
  const list = conformList<T>(schema, reshape(json));
  if (list.issues.length) warn(list.issues);
  if (cacheable) readings.set(json, [...(readings.get(json) ?? []), { schema, reshape, list }]);
  return list;
}

const MAX_ISSUE_LINES = 25;

/** Tells IT, once per load, which field of which record could not be read as the contract says, and what was shown instead. */
function warnAboutIssues(resource: PeerResourceName, listUrl: string, issues: ConformIssue[]): void {
  const lines = issues.slice(0, MAX_ISSUE_LINES).map(({ path, message, recordId }) => {
    const [, entry, field] = /^(items\[\d+\])\.?(.*)$/.exec(path) ?? ['', path, ''];
    return `  ${entry}${recordId === undefined ? '' : ` (id ${JSON.stringify(recordId)})`}${field && ` ${field}`}: ${message}`;
  });
  if (issues.length > MAX_ISSUE_LINES) lines.push(`  …and ${issues.length - MAX_ISSUE_LINES} more (all in the data logged here).`);
  console.warn(`[peer-support] GET ${listUrl}: ${issues.length} value(s) in the ${resource} list not as the contract says; each record with a usable id and name is still shown. Please fix at the source:\n${lines.join('\n')}`, issues);
}
