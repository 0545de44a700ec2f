/**
 * Where a plan is kept: IndexedDB on a personal device, memory only on a shared one. Every save
 * says which revision it expects to replace, so two tabs (or two plans on one page) never
 * overwrite each other's work silently.
 *
 * Before a record is deleted, or a plain one is replaced by a locked one, it is first overwritten with
 * random text of the same shape and length, in the same transaction. That is all a page can do: the browser
 * may still keep older copies in its own files (LevelDB logs, SQLite pages) until it compacts them.
 */
import { openDatabase } from '../core/storage.js';
const CHANNEL = 'peer-support-widgets.plans';
export class PlanStore {
    /** `onChangedElsewhere` is told when another tab saved or deleted the plan with this id. */
    constructor(id, memoryOnly, onChangedElsewhere) {
        this.id = id;
        this.memoryOnly = memoryOnly;
        this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
        this.closed = false;
        this.channel?.addEventListener('message', (event) => {
            if (event.data.id === id)
                onChangedElsewhere(event.data.revision);
        });
    }
    close() {
        this.closed = true;
        this.channel?.close();
    }
    /** Tells other tabs; a widget that already left the page has nobody to tell. */
    notify(message) {
        if (!this.closed)
            this.channel?.postMessage(message);
    }
    async load() {
        if (this.memoryOnly)
            return undefined;
        try {
            const database = await openDatabase();
            return await database?.get('plans', this.id);
        }
        catch {
            return undefined;
        }
    }
    /** Saves unless someone else saved since `expectedRevision` (0 = nothing saved yet). */
    async save(contents, expectedRevision) {
        if (this.memoryOnly)
            return { outcome: 'unavailable' };
        try {
            const database = await openDatabase();
            if (!database)
                return { outcome: 'unavailable' };
            const transaction = database.transaction('plans', 'readwrite', { durability: 'strict' });
            const current = await transaction.store.get(this.id);
            if ((current?.revision ?? 0) !== expectedRevision && current) {
                await transaction.done;
                return { outcome: 'conflict', current };
            }
            const record = { id: this.id, revision: expectedRevision + 1, savedAt: new Date().toISOString(), ...contents };
            if (current && !current.encrypted && record.encrypted)
                await transaction.store.put(overwritten(current));
            await transaction.store.put(record);
            await transaction.done;
            this.notify({ id: this.id, revision: record.revision });
            return { outcome: 'saved', record };
        }
        catch (error) {
            console.warn('[peer-support] could not save the plan on this device', error);
            return { outcome: 'unavailable' };
        }
    }
    /** Overwrites this plan's record, then removes it (see the note at the top for what stays out of reach). */
    async remove() {
        if (this.memoryOnly)
            return true;
        try {
            const database = await openDatabase();
            if (!database)
                return false;
            const transaction = database.transaction('plans', 'readwrite', { durability: 'strict' });
            const current = await transaction.store.get(this.id);
            if (current) {
                await transaction.store.put(overwritten(current));
                await transaction.store.delete(this.id);
            }
            await transaction.done;
            this.notify({ id: this.id });
            return true;
        }
        catch {
            return false;
        }
    }
}
/**
 * The record with every string replaced by random characters of the same length and width (one-byte
 * characters stay one-byte), so it takes the same space in the browser's storage as the original.
 */
function overwritten(record) {
    return { ...scramble(record), id: record.id };
}
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
function scramble(value) {
    if (typeof value === 'string') {
        const noise = crypto.getRandomValues(new Uint16Array(value.length));
        let text = '';
        for (let index = 0; index < value.length; index++) {
            text += value.charCodeAt(index) <= 0xff ? LETTERS[noise[index] % LETTERS.length] : String.fromCharCode(0x4e00 + (noise[index] % 0x5000));
        }
        return text;
    }
    if (Array.isArray(value))
        return value.map(scramble);
    if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, scramble(entry)]));
    return value;
}
