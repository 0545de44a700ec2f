/**
 * The widgets' one IndexedDB database. Every store is declared here so that versions never clash
 * between elements. Storage can be missing or refuse (private windows, full disks, blocked
 * upgrades): every helper resolves to `undefined`/`false` then instead of throwing, and callers say
 * honestly that nothing was kept.
 */
import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';

export const DATABASE_NAME = 'peer-support-widgets';
const DATABASE_VERSION = 5;

export interface CachedCopy<T = unknown> {
  key: string;
  savedAt: string;
  data: T;
}

export interface PeerDatabase extends DBSchema {
  /** Last copy of public data seen (roster, directory) for offline use. Never anything a person typed. */
  cache: { key: string; value: CachedCopy };
  /** Writes not yet acknowledged by the server (see outbox.ts). Deleted the moment they are. */
  outbox: { key: string; value: OutboxRecord };
  /** Self-care plans. They never leave the device; see self-care-plan/plan-store.ts. */
  plans: { key: string; value: StoredPlanRecord };
  /** A supporter's follow-up reminders. They never leave the device; see follow-ups/reminder-store.ts. */
  reminders: { key: string; value: StoredReminder };
  /**
   * The person's receipts for requests they asked this device to remember: the request's random id,
   * its respond-by and the API it went to; never a name, contact detail or message. See
   * request-form/receipt-store.ts.
   */
  receipts: { key: string; value: StoredReceipt };
}

/** "Remember on this device so I can check on it": enough to ask `GET requests/{id}/status`, nothing more. */
export interface StoredReceipt {
  /** The request's id, made on this device (a random UUID). */
  id: string;
  /** Absolute base URL of the API the request went to (no user name, password or secret). */
  endpoint: string;
  /** When someone should be in touch, as the server said on acknowledging it. */
  respondBy?: string;
}

/** "Check in again on …": a supporter's own reminder, with an optional note only they read. */
export interface StoredReminder {
  id: string;
  /** The local calendar day it is due, `YYYY-MM-DD`. */
  dueOn: string;
  /** At most 120 characters; kept on this device only. */
  note?: string;
  createdAt: string;
}

/** A saved self-care plan: in the clear, or sealed with a passphrase. */
export interface StoredPlanRecord {
  id: string;
  /** Goes up by one on every save; a save that expected another revision is a conflict. */
  revision: number;
  savedAt: string;
  encrypted: boolean;
  plan?: unknown;
  sealed?: { salt: string; iv: string; iterations: number; ciphertext: string };
}

/** A write waiting for the server's acknowledgement. */
export interface OutboxRecord {
  /** Random id; also the Idempotency-Key, so a resend lands once. */
  id: string;
  /** Absolute URL it is sent to. */
  url: string;
  body: unknown;
  state: 'queued' | 'sending' | 'retrying' | 'needs-sign-in' | 'needs-fix';
  attempts: number;
  createdAt: string;
  /** When the next attempt may start (ISO). */
  nextAttemptAt: string;
  /** Why the last attempt failed, in words for a person. */
  lastError?: { kind: string; message: string; status?: number };
}

let opening: Promise<IDBPDatabase<PeerDatabase> | undefined> | undefined;

export function openDatabase(): Promise<IDBPDatabase<PeerDatabase> | undefined> {
  opening ??= openDB<PeerDatabase>(DATABASE_NAME, DATABASE_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains('cache')) database.createObjectStore('cache', { keyPath: 'key' });
      if (!database.objectStoreNames.contains('outbox')) database.createObjectStore('outbox', { keyPath: 'id' });
      if (!database.objectStoreNames.contains('plans')) database.createObjectStore('plans', { keyPath: 'id' });
      if (!database.objectStoreNames.contains('reminders')) database.createObjectStore('reminders', { keyPath: 'id' });
      if (!database.objectStoreNames.contains('receipts')) database.createObjectStore('receipts', { keyPath: 'id' });
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

/** Closes and forgets the connection (tests, and a page that wants to release the database). */
export async function closeDatabase(): Promise<void> {
  const database = await opening;
  opening = undefined;
  database?.close();
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
