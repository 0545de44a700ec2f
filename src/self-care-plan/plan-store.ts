/**
 * Where a plan is kept: IndexedDB on a personal device, memory only on a shared one. Every save
 * says which revision it expects to replace, so two tabs (or two plans on one page) never
 * overwrite each other's work silently.
 */
import { openDatabase } from '../core/storage.js';
import type { StoredPlanRecord as StoredPlan } from '../core/storage.js';

export type { StoredPlan };

export type SaveOutcome = { outcome: 'saved'; record: StoredPlan } | { outcome: 'conflict'; current: StoredPlan } | { outcome: 'unavailable' };

const CHANNEL = 'peer-support-widgets.plans';

export class PlanStore {
  private readonly channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  private closed = false;

  /** `onChangedElsewhere` is told when another tab saved or deleted the plan with this id. */
  constructor(
    private readonly id: string,
    private readonly memoryOnly: boolean,
    onChangedElsewhere: (revision: number | undefined) => void,
  ) {
    this.channel?.addEventListener('message', (event: MessageEvent<{ id: string; revision?: number }>) => {
      if (event.data.id === id) onChangedElsewhere(event.data.revision);
    });
  }

  close(): void {
    this.closed = true;
    this.channel?.close();
  }

  /** Tells other tabs; a widget that already left the page has nobody to tell. */
  private notify(message: { id: string; revision?: number }): void {
    if (!this.closed) this.channel?.postMessage(message);
  }

  async load(): Promise<StoredPlan | undefined> {
    if (this.memoryOnly) return undefined;
    try {
      const database = await openDatabase();
      return await database?.get('plans', this.id);
    } catch {
      return undefined;
    }
  }

  /** Saves unless someone else saved since `expectedRevision` (0 = nothing saved yet). */
  async save(contents: Pick<StoredPlan, 'encrypted' | 'plan' | 'sealed'>, expectedRevision: number): Promise<SaveOutcome> {
    if (this.memoryOnly) return { outcome: 'unavailable' };
    try {
      const database = await openDatabase();
      if (!database) return { outcome: 'unavailable' };
      const transaction = database.transaction('plans', 'readwrite', { durability: 'strict' });
      const current = await transaction.store.get(this.id);
      if ((current?.revision ?? 0) !== expectedRevision && current) {
        await transaction.done;
        return { outcome: 'conflict', current };
      }
      const record: StoredPlan = { id: this.id, revision: expectedRevision + 1, savedAt: new Date().toISOString(), ...contents };
      await transaction.store.put(record);
      await transaction.done;
      this.notify({ id: this.id, revision: record.revision });
      return { outcome: 'saved', record };
    } catch (error) {
      console.warn('[peer-support] could not save the plan on this device', error);
      return { outcome: 'unavailable' };
    }
  }

  /** Removes every trace of this plan from the device. */
  async remove(): Promise<boolean> {
    if (this.memoryOnly) return true;
    try {
      const database = await openDatabase();
      if (!database) return false;
      const transaction = database.transaction('plans', 'readwrite', { durability: 'strict' });
      await Promise.all([transaction.store.delete(this.id), transaction.done]);
      this.notify({ id: this.id });
      return true;
    } catch {
      return false;
    }
  }
}
