/**
 * Where a supporter's follow-up reminders are kept: IndexedDB on their own device, memory only on a
 * shared one. Nothing here reaches the network. What storage hands back is read like any other input:
 * a record that is not a reminder is left out and counted, never shown or trusted.
 *
 * A reminder's note is overwritten with random text of the same length, in the same transaction,
 * before the record is deleted (what a page can do; the browser may keep older copies in its own files
 * until it compacts them).
 */
import { openDatabase } from '../core/storage.js';
import type { StoredReminder } from '../core/storage.js';

export type { StoredReminder };

/** Longest note a reminder keeps. */
export const NOTE_LIMIT = 120;

const CHANNEL = 'peer-support-widgets.reminders';
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A stored value that really is a reminder, or undefined. */
export function readReminder(value: unknown): StoredReminder | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.id !== 'string' || record.id.length === 0 || record.id.length > 64) return undefined;
  if (typeof record.dueOn !== 'string' || !DAY.test(record.dueOn)) return undefined;
  if (typeof record.createdAt !== 'string' || Number.isNaN(Date.parse(record.createdAt))) return undefined;
  if (record.note !== undefined && (typeof record.note !== 'string' || record.note.length > NOTE_LIMIT)) return undefined;
  return { id: record.id, dueOn: record.dueOn, createdAt: record.createdAt, ...(record.note ? { note: record.note } : {}) };
}

export interface ReminderList {
  reminders: StoredReminder[];
  /** Records found in storage that were not reminders (left untouched, not shown). */
  unreadable: number;
  /** False when the device would not keep anything (private window, storage blocked or full). */
  kept: boolean;
}

function randomText(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => String.fromCharCode(97 + (byte % 26))).join('');
}

export class ReminderStore {
  private readonly channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  private readonly memory = new Map<string, StoredReminder>();

  /** `onChangedElsewhere` is told when another tab added, changed or removed a reminder. */
  constructor(
    readonly memoryOnly: boolean,
    onChangedElsewhere: () => void,
  ) {
    this.channel?.addEventListener('message', () => onChangedElsewhere());
  }

  close(): void {
    this.channel?.close();
  }

  /** Every reminder, soonest first. */
  async list(): Promise<ReminderList> {
    if (this.memoryOnly) return { reminders: sorted([...this.memory.values()]), unreadable: 0, kept: false };
    try {
      const database = await openDatabase();
      if (!database) return { reminders: [], unreadable: 0, kept: false };
      const values: unknown[] = await database.getAll('reminders');
      const reminders = values.map(readReminder).filter((reminder): reminder is StoredReminder => reminder !== undefined);
      return { reminders: sorted(reminders), unreadable: values.length - reminders.length, kept: true };
    } catch {
      return { reminders: [], unreadable: 0, kept: false };
    }
  }

  /** Adds or replaces one reminder. False when the device refused; nothing changed then. */
  async put(reminder: StoredReminder): Promise<boolean> {
    if (this.memoryOnly) {
      this.memory.set(reminder.id, reminder);
      return true;
    }
    try {
      const database = await openDatabase();
      if (!database) return false;
      await database.put('reminders', reminder);
      this.channel?.postMessage('changed');
      return true;
    } catch {
      return false;
    }
  }

  /** Overwrites the reminder's note, then removes it. False when the device refused; nothing changed then. */
  async remove(id: string): Promise<boolean> {
    if (this.memoryOnly) {
      this.memory.delete(id);
      return true;
    }
    try {
      const database = await openDatabase();
      if (!database) return false;
      const transaction = database.transaction('reminders', 'readwrite', { durability: 'strict' });
      const current = readReminder(await transaction.store.get(id));
      if (current?.note) await transaction.store.put({ ...current, note: randomText(current.note.length) });
      await transaction.store.delete(id);
      await transaction.done;
      this.channel?.postMessage('changed');
      return true;
    } catch {
      return false;
    }
  }
}

function sorted(reminders: StoredReminder[]): StoredReminder[] {
  return reminders.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.createdAt.localeCompare(b.createdAt));
}

/** `YYYY-MM-DD` of the person's own calendar day, `days` after `from`. */
export function localDay(from: Date, days = 0): string {
  const day = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}
