import { closeDatabase } from '../../src/core/storage.js';
/**
 * Runs `work` as if this browser refused IndexedDB (private window, full disk): opening the database
 * throws `error`. The widgets' own connection is closed first and again afterwards.
 */
export async function withoutIndexedDB(work, error = new DOMException('The quota has been exceeded.', 'QuotaExceededError')) {
    await closeDatabase();
    const realOpen = indexedDB.open;
    indexedDB.open = () => {
        throw error;
    };
    try {
        await work();
    }
    finally {
        indexedDB.open = realOpen;
        await closeDatabase();
    }
}
