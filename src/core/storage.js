/**
 * The widgets' one IndexedDB database. Every store is declared here so that versions never clash
 * between elements. Storage can be missing or refuse (private windows, full disks, blocked
 * upgrades): every helper resolves to `undefined`/`false` then instead of throwing, and callers say
 * honestly that nothing was kept.
 */
import { openDB } from 'idb';
export const DATABASE_NAME = 'peer-support-widgets';
const DATABASE_VERSION = 3;
let opening;
export function openDatabase() {
    opening ??= openDB(DATABASE_NAME, DATABASE_VERSION, {
        upgrade(database) {
            if (!database.objectStoreNames.contains('cache'))
                database.createObjectStore('cache', { keyPath: 'key' });
            if (!database.objectStoreNames.contains('outbox'))
                database.createObjectStore('outbox', { keyPath: 'id' });
            if (!database.objectStoreNames.contains('plans'))
                database.createObjectStore('plans', { keyPath: 'id' });
        },
        blocking(_version, _newVersion, event) {
            // Another tab needs a newer version: step aside rather than block it.
            event.target.close();
            opening = undefined;
        },
    }).catch((error) => {
        console.warn('[peer-support] IndexedDB is not available; nothing is kept on this device.', error);
        opening = undefined;
        return undefined;
    });
    return opening;
}
/** Closes and forgets the connection (tests, and a page that wants to release the database). */
export async function closeDatabase() {
    const database = await opening;
    opening = undefined;
    database?.close();
}
export async function readCachedCopy(key) {
    try {
        const database = await openDatabase();
        return (await database?.get('cache', key));
    }
    catch {
        return undefined;
    }
}
export async function writeCachedCopy(key, data, savedAt = new Date()) {
    try {
        const database = await openDatabase();
        if (!database)
            return false;
        await database.put('cache', { key, data, savedAt: savedAt.toISOString() });
        return true;
    }
    catch {
        return false;
    }
}
