/**
 * The widgets' one IndexedDB database. Every store is declared here so that versions never clash
 * between elements. Storage can be missing or refuse (private windows, full disks, blocked
 * upgrades): every helper resolves to `undefined`/`false` then instead of throwing, and callers say
 * honestly that nothing was kept.
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';

export const DATABASE_NAME = 'peer-support-widgets';
const DATABASE_VERSION = 1;

export interface CachedCopy<T = unknown> {
  key: string;
  savedAt: string;
  data: T;
}

interface PeerDatabase extends DBSchema {
  /** Last copy of public data seen (roster, directory) for offline use. Never anything a person typed. */
  cache: { key: string; value: CachedCopy };
}

let opening: Promise<IDBPDatabase<PeerDatabase> | undefined> | undefined;

export function openDatabase(): Promise<IDBPDatabase<PeerDatabase> | undefined> {
  opening ??= openDB<PeerDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('cache')) database.createObjectStore('cache', { keyPath: 'key' });
    },
    blocking(_version, _newVersion, event) {
      // Another tab needs a newer version: step aside rather than block it.
      (event.target as IDBDatabase).close();
      opening = undefined;
    },
  }).catch((error: unknown) => {
    console.warn('[peer-support] IndexedDB is not available; nothing is kept on this device.', error);
    opening = undefined;
    return undefined;
  });
  return opening;
}

export async function readCachedCopy<T>(key: string): Promise<CachedCopy<T> | undefined> {
  try {
    const database = await openDatabase();
    return (await database?.get('cache', key)) as CachedCopy<T> | undefined;
  } catch {
    return undefined;
  }
}

export async function writeCachedCopy<T>(key: string, data: T, savedAt = new Date()): Promise<boolean> {
  try {
    const database = await openDatabase();
    if (!database) return false;
    await database.put('cache', { key, data, savedAt: savedAt.toISOString() });
    return true;
  } catch {
    return false;
  }
}
