import { conformList } from './conform.js';
import { PeerBadResponseError, isPeerError } from './errors.js';
import { rememberSource } from './record-source.js';
import { currentSharedAnswer, fetchSharedList, watchSharedList } from './shared-lists.js';
import { readCachedCopy, writeCachedCopy } from './storage.js';
const AS_SENT = (json) => json;
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
export class ListController {
    /**
     * @param reshape turns another format into the contract's `{ items }` before it is read (e.g. an
     * HSDS `/services` answer); it may throw `PeerBadResponseError`.
     */
    constructor(host, resource, itemSchema, reshape = AS_SENT) {
        this.host = host;
        this.resource = resource;
        this.itemSchema = itemSchema;
        this.reshape = reshape;
        this.status = 'idle';
        this.items = [];
        /** How many records the server sent that could not be shown. */
        this.dropped = 0;
        this.waiting = false;
        this.connected = false;
        host.addController(this);
    }
    hostConnected() {
        this.connected = true;
        // Back in the page (e.g. moved): see newer answers again, and load again what leaving interrupted.
        if (this.watching && !this.stopWatching)
            this.watch(this.watching.key, this.watching.listUrl);
        if (this.loadedFrom === undefined && this.status !== 'idle')
            this.host.requestUpdate();
    }
    hostDisconnected() {
        this.connected = false;
        if (this.waiting)
            this.loadedFrom = undefined;
        this.abort?.abort();
        this.stopWatching?.();
        this.stopWatching = undefined;
    }
    /**
     * Loads the list unless it was already loaded from the same source. Call it from `willUpdate`: the
     * configuration (and so the URL) can arrive after the element connects, and a change reloads.
     */
    loadIfSourceChanged(client) {
        const source = client.shareKey(this.resource);
        // An element updated while away from the page waits until it is back (see hostConnected).
        if (source === this.loadedFrom || !this.connected)
            return;
        this.loadedFrom = source;
        void this.fetchList(client, true);
    }
    /**
     * Fetches the list with `client` (or joins the request for it already on its way), and shows the
     * answer in every element showing this list. Resolves when the widget has something honest to show.
     */
    async load(client) {
        this.loadedFrom = client.shareKey(this.resource);
        await this.fetchList(client, false);
    }
    async fetchList(client, showSharedFirst) {
        this.abort?.abort();
        const abort = (this.abort = new AbortController());
        const key = client.shareKey(this.resource);
        const listUrl = client.url(this.resource).href;
        const cacheKey = `${this.resource}:${listUrl}`;
        if (this.connected)
            this.watch(key, listUrl);
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
            if (first)
                await writeCachedCopy(cacheKey, { items: list.items, updatedAt: list.updatedAt ?? new Date(answer.receivedAt).toISOString() });
        }
        catch (caught) {
            if (abort.signal.aborted || (isPeerError(caught) && caught.kind === 'aborted'))
                return;
            const error = isPeerError(caught) ? caught : new PeerBadResponseError(String(caught), { cause: caught });
            console.warn(`[peer-support] ${this.resource}: ${error.message} (${listUrl})`);
            // Keep showing what this element shows (it may be the answer the others show); else the copy on this device.
            const kept = this.status === 'ready' || this.status === 'offline' ? { items: this.items, updatedAt: this.updatedAt } : await this.readOfflineCopy(cacheKey, listUrl);
            if (abort.signal.aborted)
                return;
            if (kept) {
                this.set({ status: 'offline', items: kept.items, updatedAt: kept.updatedAt, error });
            }
            else {
                this.set({ status: 'failed', items: [], error });
            }
        }
        finally {
            if (this.abort === abort)
                this.waiting = false;
        }
    }
    watch(key, listUrl) {
        if (this.watching?.key === key && this.stopWatching)
            return;
        this.stopWatching?.();
        this.watching = { key, listUrl };
        // Another element's load (or its "Try again") brought a newer answer: show it here too.
        this.stopWatching = watchSharedList(key, (answer) => {
            if (this.waiting)
                return; // this element's own load shows it, with its error handling
            try {
                this.show(answer, listUrl, true);
            }
            catch {
                // An answer this element cannot read: keep showing what it shows; the element that asked says why.
            }
        });
    }
    show(answer, listUrl, strict = false) {
        let list;
        try {
            list = readShared(answer.json, this.itemSchema, this.reshape, (issues) => warnAboutIssues(this.resource, listUrl, issues));
        }
        catch (error) {
            if (strict)
                throw error;
            return undefined;
        }
        rememberSource(list.items, listUrl);
        this.set({ status: 'ready', items: list.items, dropped: list.dropped, updatedAt: list.updatedAt ?? new Date(answer.receivedAt).toISOString(), error: undefined });
        return list;
    }
    /** The copy kept on this device, read by the schema again: storage is input like any other. */
    async readOfflineCopy(cacheKey, listUrl) {
        const cached = await readCachedCopy(cacheKey);
        if (!cached)
            return undefined;
        try {
            const list = conformList(this.itemSchema, cached.data);
            rememberSource(list.items, listUrl);
            return { items: list.items, updatedAt: list.updatedAt ?? cached.savedAt };
        }
        catch {
            return undefined;
        }
    }
    set(changes) {
        Object.assign(this, changes);
        this.host.requestUpdate();
    }
}
// One answer is read once per schema however many elements show it: the same records for all of
// them, and one warning for IT per load instead of one per element.
const readings = new WeakMap();
function readShared(json, schema, reshape, warn) {
    const cacheable = typeof json === 'object' && json !== null;
    const earlier = cacheable ? readings.get(json)?.find((reading) => reading.schema === schema && reading.reshape === reshape) : undefined;
    if (earlier)
        return earlier.list;
    const list = conformList(schema, reshape(json));
    if (list.issues.length)
        warn(list.issues);
    if (cacheable)
        readings.set(json, [...(readings.get(json) ?? []), { schema, reshape, list }]);
    return list;
}
const MAX_ISSUE_LINES = 25;
/** Tells IT, once per load, which field of which record could not be read as the contract says, and what was shown instead. */
function warnAboutIssues(resource, listUrl, issues) {
    const lines = issues.slice(0, MAX_ISSUE_LINES).map(({ path, message, recordId }) => {
        const [, entry, field] = /^(items\[\d+\])\.?(.*)$/.exec(path) ?? ['', path, ''];
        return `  ${entry}${recordId === undefined ? '' : ` (id ${JSON.stringify(recordId)})`}${field && ` ${field}`}: ${message}`;
    });
    if (issues.length > MAX_ISSUE_LINES)
        lines.push(`  …and ${issues.length - MAX_ISSUE_LINES} more (all in the data logged here).`);
    console.warn(`[peer-support] GET ${listUrl}: ${issues.length} value(s) in the ${resource} list not as the contract says; each record with a usable id and name is still shown. Please fix at the source:\n${lines.join('\n')}`, issues);
}
