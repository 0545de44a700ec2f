import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PeerResourceName } from './contract.js';
import { conformList } from './conform.js';
import type { JsonSchema } from './conform.js';
import { PeerAbortError, PeerBadResponseError, isPeerError } from './errors.js';
import type { PeerError } from './errors.js';
import type { PeerHttpClient } from './http-client.js';
import { readCachedCopy, writeCachedCopy } from './storage.js';

/**
 * - `loading`: nothing to show yet;
 * - `ready`: fresh from the server;
 * - `offline`: the server could not be reached or read, showing the last copy kept on this device;
 * - `failed`: nothing to show at all (the widget explains and shows the crisis line).
 */
export type ListStatus = 'idle' | 'loading' | 'ready' | 'offline' | 'failed';

/**
 * Loads a contract list (supporters, resources) the way every widget needs it: abortable, read by the
 * contract's schema, kept in IndexedDB after each success, and shown from there (with its date)
 * when the backend is down. Modelled on `@lit/task`: a status, a value, an error.
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
  private loadedFrom?: string;

  /**
   * @param reshape turns another format into the contract's `{ items }` before it is read (e.g. an
   * HSDS `/services` answer); it may throw `PeerBadResponseError`.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly resource: PeerResourceName,
    private readonly itemSchema: JsonSchema,
    private readonly reshape: (json: unknown) => unknown = (json) => json,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /**
   * Loads the list unless it was already loaded from the same URL. Call it from `willUpdate`: the
   * configuration (and so the URL) can arrive after the element connects, and a change reloads.
   */
  loadIfSourceChanged(client: PeerHttpClient): void {
    const source = this.cacheKey(client);
    if (source === this.loadedFrom) return;
    this.loadedFrom = source;
    void this.load(client);
  }

  /** Fetches the list with `client`; resolves when the widget has something honest to show. */
  async load(client: PeerHttpClient): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const cacheKey = this.cacheKey(client);
    if (this.status === 'idle' || this.status === 'failed') this.set({ status: 'loading', error: undefined });
    try {
      const list = await client.request(this.resource, {
        signal: abort.signal,
        decode: (json) => conformList<T>(this.itemSchema, this.reshape(json)),
      });
      if (list.issues.length) console.warn(`[peer-support] ${this.resource}: adjusted data from the server`, list.issues);
      const savedAt = new Date().toISOString();
      this.set({ status: 'ready', items: list.items, dropped: list.dropped, updatedAt: list.updatedAt ?? savedAt, error: undefined });
      await writeCachedCopy(cacheKey, { items: list.items, updatedAt: list.updatedAt ?? savedAt });
    } catch (caught) {
      if (caught instanceof PeerAbortError || abort.signal.aborted) return;
      const error = isPeerError(caught) ? caught : new PeerBadResponseError(String(caught), { cause: caught });
      console.warn(`[peer-support] ${this.resource}: ${error.message} (${cacheKey})`);
      const cached = await this.readOfflineCopy(cacheKey);
      if (abort.signal.aborted) return;
      if (cached) {
        this.set({ status: 'offline', items: cached.items, updatedAt: cached.updatedAt, error });
      } else {
        this.set({ status: 'failed', items: [], error });
      }
    }
  }

  private cacheKey(client: PeerHttpClient): string {
    return `${this.resource}:${client.url(this.resource).href}`;
  }

  /** The copy kept on this device, read by the schema again: storage is input like any other. */
  private async readOfflineCopy(cacheKey: string): Promise<{ items: T[]; updatedAt: string } | undefined> {
    const cached = await readCachedCopy<unknown>(cacheKey);
    if (!cached) return undefined;
    try {
      const list = conformList<T>(this.itemSchema, cached.data);
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
