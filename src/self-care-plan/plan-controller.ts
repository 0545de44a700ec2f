/**
 * Everything about keeping a self-care plan, apart from how it looks: the store it is kept in, the
 * autosave (a short pause after the last edit), the revision each save expects to replace and what
 * happens when another tab saved first, and the passphrase's key.
 *
 * Two states say where things are, instead of a dozen booleans:
 * - `save`: idle → saving → saved (or memory, unavailable), conflict (the person chooses), waiting
 *   (held while a passphrase is being chosen, so that nothing is written in the clear);
 * - `lock`: plain, locked (the stored record, nothing readable in memory) or open (with the key).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WrongPassphraseError, decrypt, deriveKey, encrypt } from './plan-crypto.js';
import type { PlanKey } from './plan-crypto.js';
import { emptyPlan, readPlan } from './plan-model.js';
import type { SelfCarePlan } from './plan-model.js';
import { PlanStore } from './plan-store.js';
import type { StoredPlan } from './plan-store.js';

export type SaveState =
  | { kind: 'idle' } // nothing saved yet
  | { kind: 'saving' } // an edit waits for the autosave, or is being written
  | { kind: 'saved'; at?: string }
  | { kind: 'memory' } // shared computer: kept in this tab only
  | { kind: 'unavailable' } // this browser cannot store it
  | { kind: 'conflict'; otherLocked: boolean } // saved elsewhere meanwhile; `otherLocked`: with a passphrase this tab does not hold
  | { kind: 'waiting' }; // held while a passphrase is being chosen

export type LockState = { kind: 'plain' } | { kind: 'locked'; record: StoredPlan } | { kind: 'open'; key: PlanKey };

export interface PlanControllerOptions {
  /** A save reached the device, or (shared computer) memory. */
  onSaved?: (where: 'device' | 'memory') => void;
  /** The stored plan was read (or, locked, could be read); also after it is unlocked. */
  onOpened?: () => void;
  /** Pause after the last edit before it is saved. */
  autosaveDelayMs?: number;
}

export class PlanController implements ReactiveController {
  private current: SelfCarePlan = emptyPlan();
  private saveState: SaveState = { kind: 'idle' };
  private lockState: LockState = { kind: 'plain' };
  private store?: PlanStore;
  private revisionNow = 0;
  private dirtyNow = false;
  private loadedNow = false;
  private emptyAtOpen = false;
  private choosingPassphrase = false;
  private saveTimer?: ReturnType<typeof setTimeout>;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PlanControllerOptions = {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.store?.close();
    this.store = undefined;
  }

  get plan(): SelfCarePlan {
    return this.current;
  }
  get save(): SaveState {
    return this.saveState;
  }
  get lock(): LockState {
    return this.lockState;
  }
  /** The revision saved last (0: nothing saved yet). */
  get revision(): number {
    return this.revisionNow;
  }
  /** Edits not saved yet. */
  get dirty(): boolean {
    return this.dirtyNow;
  }
  get loaded(): boolean {
    return this.loadedNow;
  }
  get isOpen(): boolean {
    return Boolean(this.store);
  }
  get memoryOnly(): boolean {
    return this.store?.memoryOnly ?? false;
  }
  /** Nothing was stored when the plan opened (the moment to offer a passphrase before the first save). */
  get startedEmpty(): boolean {
    return this.emptyAtOpen;
  }
  get protectedByPassphrase(): boolean {
    return this.lockState.kind !== 'plain';
  }
  private get key(): PlanKey | undefined {
    return this.lockState.kind === 'open' ? this.lockState.key : undefined;
  }

  private set(change: { save?: SaveState; lock?: LockState }): void {
    if (change.save) this.saveState = change.save;
    if (change.lock) this.lockState = change.lock;
    this.host.requestUpdate();
  }

  /** Saves are held while a passphrase is being chosen for a plan that has none yet (never in the clear). */
  private get holding(): boolean {
    return this.choosingPassphrase && !this.key && !this.memoryOnly;
  }

  /** The passphrase form opened or closed: hold the autosave, or let it go. */
  setChoosingPassphrase(choosing: boolean): void {
    this.choosingPassphrase = choosing;
    if (this.holding && this.saveTimer !== undefined) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.set({ save: { kind: 'waiting' } });
    } else if (!this.holding && this.saveState.kind === 'waiting') {
      this.scheduleSave();
    }
  }

  /**
   * Opens the plan `id` (memory only on a shared computer). Another plan id: finish saving the edits
   * where they belong, then read the other plan as stored. The same plan kept elsewhere: keep the
   * edits, and come to a conflict instead of saving over a plan stored there. Resolves once it is read.
   */
  open(id: string, memoryOnly: boolean, anotherPlan = false): Promise<void> {
    const previous = this.store;
    const unsaved = this.saveTimer !== undefined;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.store = new PlanStore(id, memoryOnly, (revision) => this.changedElsewhere(revision));
    if (anotherPlan) {
      this.loadedNow = false;
      this.host.requestUpdate();
    }
    this.saving = this.saving
      .then(() => (anotherPlan && unsaved && previous ? this.write(false, previous) : undefined))
      .then(() => {
        previous?.close();
        if (anotherPlan) this.dirtyNow = false;
        return this.load(!anotherPlan && Boolean(previous));
      });
    return this.saving;
  }

  /** Resolves when every edit so far has been saved (or kept in memory, or held while a passphrase is chosen). */
  async whenSaved(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = undefined;
      this.saving = this.saving.then(() => this.write());
    }
    await this.saving;
  }

  /**
   * Reads the stored plan. With `keepEdits` (the same plan, now kept elsewhere), unsaved edits stay,
   * and a plan already stored there leads to a conflict instead of being saved over.
   */
  async load(keepEdits = false): Promise<void> {
    const record = await this.store?.load();
    this.revisionNow = record?.revision ?? 0;
    this.emptyAtOpen = !record && !this.memoryOnly;
    this.loadedNow = true;
    if (keepEdits && this.dirtyNow) {
      if (this.lockState.kind === 'locked') this.lockState = { kind: 'plain' };
      if (record) this.showConflict(record);
      else this.scheduleSave();
      return;
    }
    if (record?.encrypted && record.sealed) {
      // Locked (here or in another tab): nothing readable stays in memory, not even an old key.
      this.current = emptyPlan();
      this.lockState = { kind: 'locked', record };
    } else {
      this.current = readPlan(record?.plan ?? emptyPlan()).plan ?? emptyPlan();
      this.lockState = { kind: 'plain' };
    }
    this.dirtyNow = false;
    this.set({ save: this.memoryOnly ? { kind: 'memory' } : record ? { kind: 'saved', at: record.savedAt } : { kind: 'idle' } });
    this.options.onOpened?.();
  }

  /** A change by the person: saved after a pause, unless they must choose first (conflict) or a passphrase is being chosen. */
  edit(change: Partial<SelfCarePlan>): void {
    this.current = { ...this.current, ...change };
    this.dirtyNow = true;
    this.host.requestUpdate();
    if (this.saveState.kind === 'conflict') return; // the person chooses first
    if (this.holding) {
      this.set({ save: { kind: 'waiting' } });
      return;
    }
    this.scheduleSave();
  }

  /** Saves now (after any save under way), e.g. after the passphrase changed. */
  saveNow(): Promise<void> {
    this.saving = this.saving.then(() => this.write());
    return this.saving;
  }

  /** In a conflict: this tab's version replaces the other (never one locked with a passphrase this tab does not hold). */
  keepMine(): Promise<void> {
    this.set({ save: { kind: 'saving' } });
    this.saving = this.saving.then(() => this.write(true));
    return this.saving;
  }

  /** Lets this tab's unsaved edits go and reads the stored plan (the caller keeps a copy if it wants one). */
  async discardEditsAndReload(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.dirtyNow = false;
    await this.saving;
    await this.load();
  }

  /** Opens the locked plan; throws `WrongPassphraseError` when the passphrase does not open it. */
  async unlock(passphrase: string): Promise<void> {
    if (this.lockState.kind !== 'locked') return;
    const sealed = this.lockState.record.sealed!;
    const key = await deriveKey(passphrase, sealed.salt, sealed.iterations);
    const plan = readPlan(await decrypt(sealed, key)).plan;
    if (!plan) throw new WrongPassphraseError();
    this.current = plan;
    this.set({ lock: { kind: 'open', key } });
    this.options.onOpened?.();
  }

  /**
   * From now on the plan is saved locked with `passphrase`. The key is in place when this resolves;
   * call `saveNow()` to write (the plain record, if any, is overwritten in place by the locked one).
   */
  async usePassphrase(passphrase: string): Promise<void> {
    const key = await deriveKey(passphrase);
    this.set({ lock: { kind: 'open', key }, save: this.saveState.kind === 'conflict' ? undefined : { kind: 'saving' } });
  }

  /** From now on the plan is saved without a passphrase; call `saveNow()` to write. */
  forgetPassphrase(): void {
    this.set({ lock: { kind: 'plain' } });
  }

  /** Removes the plan from this device and from memory. Returns false when the browser's storage would not let it go. */
  async remove(): Promise<boolean> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.saving;
    const removed = (await this.store?.remove()) ?? true;
    this.current = emptyPlan();
    this.emptyAtOpen = !this.memoryOnly;
    this.revisionNow = 0;
    this.dirtyNow = false;
    this.set({ lock: { kind: 'plain' }, save: { kind: 'idle' } });
    return removed;
  }

  private changedElsewhere(revision: number | undefined): void {
    if (revision === this.revisionNow) return;
    if (!this.dirtyNow) {
      void this.load();
      return;
    }
    this.set({ save: { kind: 'conflict', otherLocked: false } });
    void this.store?.load().then((record) => {
      if (this.saveState.kind === 'conflict') this.showConflict(record);
    });
  }

  private showConflict(other: StoredPlan | undefined): void {
    this.set({ save: { kind: 'conflict', otherLocked: this.lockedAgainstThisTab(other) } });
  }

  /** Locked with a passphrase this tab has not been given (its key was derived with another salt). */
  private lockedAgainstThisTab(record: StoredPlan | undefined): boolean {
    return Boolean(record?.encrypted && record.sealed && record.sealed.salt !== this.key?.salt);
  }

  private scheduleSave(): void {
    this.set({ save: { kind: 'saving' } });
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saving = this.saving.then(() => this.write());
    }, this.options.autosaveDelayMs ?? 500);
  }

  /** Saves to `store` (the current one unless edits are being finished for a plan id just left). */
  private async write(force = false, store = this.store): Promise<void> {
    if (!store) return;
    if (store.memoryOnly) {
      this.dirtyNow = false;
      this.set({ save: { kind: 'memory' } });
      this.options.onSaved?.('memory');
      return;
    }
    const plan = this.current;
    const key = this.key;
    const contents = key ? { encrypted: true, sealed: await encrypt(plan, key) } : { encrypted: false, plan };
    const outcome = await store.save(contents, this.revisionNow);
    if (outcome.outcome === 'conflict') {
      if (!force || this.lockedAgainstThisTab(outcome.current)) {
        this.showConflict(outcome.current);
        return;
      }
      this.revisionNow = outcome.current.revision;
      return this.write(false, store);
    }
    if (outcome.outcome === 'unavailable') {
      this.set({ save: { kind: 'unavailable' } });
      return;
    }
    this.revisionNow = outcome.record.revision;
    if (this.current === plan) this.dirtyNow = false;
    this.set({ save: { kind: 'saved', at: outcome.record.savedAt } });
    this.options.onSaved?.('device');
  }
}
