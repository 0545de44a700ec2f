import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PeerResourceName } from './contract.js';
import type { JsonSchema } from './conform.js';
import type { PeerError } from './errors.js';
import type { PeerHttpClient } from './http-client.js';
/**
 * - `loading`: nothing to show yet;
 * - `ready`: fresh from the server;
 * - `offline`: the server could not be reached or read, showing the last copy kept on this device;
 * - `failed`: nothing to show at all (the widget explains and shows the crisis line).
 */
export type ListStatus = 'idle' | 'loading' | 'ready' | 'offline' | 'failed';
type Reshape = (json: unknown) => unknown;
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
export declare class ListController<T> implements ReactiveController {
    private readonly host;
    private readonly resource;
    private readonly itemSchema;
    private readonly reshape;
    status: ListStatus;
    items: T[];
    /** When the items shown were fetched (server's `updatedAt`, or when they were saved on this device). */
    updatedAt?: string;
    /** Why the last load failed, also when an offline copy is shown. */
    error?: PeerError;
    /** How many records the server sent that could not be shown. */
    dropped: number;
    private abort?;
    /** Share key of the list this element shows (see `PeerHttpClient.shareKey`). */
    private loadedFrom?;
    /** The shared list this element shows, kept while it is away from the page so it can watch again on return. */
    private watching?;
    private stopWatching?;
    private waiting;
    private connected;
    /**
     * @param reshape turns another format into the contract's `{ items }` before it is read (e.g. an
     * HSDS `/services` answer); it may throw `PeerBadResponseError`.
     */
    constructor(host: ReactiveControllerHost, resource: PeerResourceName, itemSchema: JsonSchema, reshape?: Reshape);
    hostConnected(): void;
    hostDisconnected(): void;
    /**
     * Loads the list unless it was already loaded from the same source. Call it from `willUpdate`: the
     * configuration (and so the URL) can arrive after the element connects, and a change reloads.
     */
    loadIfSourceChanged(client: PeerHttpClient): void;
    /**
     * Fetches the list with `client` (or joins the request for it already on its way), and shows the
     * answer in every element showing this list. Resolves when the widget has something honest to show.
     */
    load(client: PeerHttpClient): Promise<void>;
    private fetchList;
    private watch;
    /**
     * Shows a shared answer. With `strict`, a body that is not a list throws `PeerBadResponseError`;
     * without it, such an answer is not shown and `undefined` is returned.
     */
    private show;
    /** The copy kept on this device, read by the schema again: storage is input like any other. */
    private readOfflineCopy;
    private set;
}
export {};
