/**
 * The person's receipts, kept only when they ask ("Remember on this device so I can check on it") and
 * never with `shared-device`: a request's random id, the API it went to and its respond-by, so the
 * form can ask `GET requests/{id}/status` on a later visit. Never a name, contact detail or message.
 * Removed when the person says "Forget this request", and once the server says the request is closed.
 * Storage that refuses resolves to `false`/`[]`: the form then says nothing was kept.
 */
import { openDatabase } from '../core/storage.js';
import type { StoredReceipt } from '../core/storage.js';

export type { StoredReceipt } from '../core/storage.js';

/** Every receipt kept on this device for the API at `endpoint`. */
export async function readReceipts(endpoint: string): Promise<StoredReceipt[]> {
  try {
    const database = await openDatabase();
    const all = database ? await database.getAll('receipts') : [];
    return all.filter((receipt) => receipt.endpoint === endpoint);
  } catch {
    return [];
  }
}

/**
 * Keeps (or updates) a receipt. Only the three fields are written, whatever else `receipt` holds.
 * `onlyIfAbsent`: leaves one already kept as it is (the acknowledgement, with its respond-by, may
 * have been written first).
 */
export async function keepReceipt({ id, endpoint, respondBy }: StoredReceipt, options: { onlyIfAbsent?: boolean } = {}): Promise<boolean> {
  try {
    const database = await openDatabase();
    if (!database) return false;
    const transaction = database.transaction('receipts', 'readwrite');
    const kept = options.onlyIfAbsent ? await transaction.store.getKey(id) : undefined;
    if (kept === undefined) await transaction.store.put({ id, endpoint, ...(respondBy ? { respondBy } : {}) });
    await transaction.done;
    return true;
  } catch {
    return false;
  }
}

/** Adds the respond-by to a receipt still kept (one forgotten meanwhile stays forgotten). */
export async function noteRespondBy(id: string, respondBy: string | undefined): Promise<void> {
  if (!respondBy) return;
  try {
    const database = await openDatabase();
    if (!database) return;
    const transaction = database.transaction('receipts', 'readwrite');
    const kept = await transaction.store.get(id);
    if (kept) await transaction.store.put({ id: kept.id, endpoint: kept.endpoint, respondBy });
    await transaction.done;
  } catch {
    // Nothing more to keep: the receipt still works without it (the server says respond-by while waiting).
  }
}

export async function forgetReceipt(id: string): Promise<boolean> {
  try {
    const database = await openDatabase();
    if (!database) return false;
    await database.delete('receipts', id);
    return true;
  } catch {
    return false;
  }
}
