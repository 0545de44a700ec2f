/**
 * One element's view of the shared outbox: it joins the outbox with the element's own scope while the
 * element is on the page, and follows the record the element last submitted (saving, saved, sending,
 * waiting to retry, parked, sent), so that the element only has to say it in words.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sharedOutbox } from './outbox.js';
import type { OutboxChange, OutboxChangeEvent, OutboxRecord, OutboxScope, OutboxState, PeerOutbox } from './outbox.js';

/** Where the submitted record stands. `saving` until the outbox has it. */
export interface TrackedSubmission<M> {
  id: string;
  state: OutboxState | 'saving';
  /** The outbox has it (until then `persisted` is not known). */
  saved: boolean;
  /** Kept on this device (false: private browsing or full storage; it is sent from memory). */
  persisted: boolean;
  /** The outbox record while it is not sent yet. */
  record?: OutboxRecord;
  /** The server's answer, once sent. */
  receipt?: unknown;
  /** What the element wants to remember with it (e.g. who it was for). */
  meta: M;
}

export interface OutboxControllerOptions {
  /** Every change to any record of the outbox (after the tracked one is updated). */
  onChange?: (change: OutboxChange) => void;
  /** The tracked record was acknowledged by the server. */
  onSent?: (id: string, receipt: unknown) => void;
  /**
   * The writes to this URL that this element did not submit itself (from an earlier visit, another
   * page of the site, another tab) but that are delivered while it is on the page: see `onDelivered`.
   */
  watch?: () => URL;
  /**
   * One of the watched writes was acknowledged by the server. `receipt` is the server's answer when
   * this tab sent it; undefined when another tab did (it only says that it was sent). `first` is true
   * for the first element of the page told of it (two forms on a page both show it; one announces it).
   */
  onDelivered?: (id: string, receipt: unknown, first: boolean) => void;
}

/**
 * Writes queued in this tab since it opened (by any element): never "from an earlier visit". Only
 * this tab's own `queued` change carries the record; another tab's says only the id and state.
 */
const queuedInThisTab = new Set<string>();
/** Watched writes whose delivery an element of this tab has already been told of. */
const deliveredInThisTab = new Set<string>();

export class OutboxController<M = undefined> implements ReactiveController {
  private current?: PeerOutbox;
  private submission?: TrackedSubmission<M>;
  /** Ids of watched writes seen waiting (see `OutboxControllerOptions.watch`). */
  private readonly watched = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly scope: OutboxScope,
    private readonly options: OutboxControllerOptions = {},
  ) {
    host.addController(this);
  }

  /** The shared outbox for this element's scope (joined on first use). */
  get outbox(): PeerOutbox {
    return (this.current ??= sharedOutbox(this.scope));
  }

  /** The record this element submitted last, until it is cancelled or forgotten. */
  get tracked(): TrackedSubmission<M> | undefined {
    return this.submission;
  }

  hostConnected(): void {
    this.current = sharedOutbox(this.scope);
    this.current.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.current?.removeEventListener('change', this.onChange);
  }

  /** Saves `body` for `url` in the outbox (it is sent from there) and follows it. */
  async submit(url: URL, body: unknown, id: string, meta: M): Promise<{ id: string; persisted: boolean }> {
    this.set({ id, state: 'saving', saved: false, persisted: false, meta });
    const { record, persisted } = await this.outbox.enqueue(url, body, id, this.scope);
    const now = this.submission;
    if (now?.id === id) {
      // A change may have come first (sending, even sent): it wins over the record as it was saved.
      this.set({ ...now, saved: true, persisted, record: now.state === 'saving' ? record : now.record, state: now.state === 'saving' ? record.state : now.state });
    }
    return { id, persisted };
  }

  /** Stops following the tracked record (it stays in the outbox). */
  forget(): void {
    this.set(undefined);
  }

  sendNow(id: string): Promise<void> {
    return this.outbox.sendNow(id);
  }

  cancel(id: string): Promise<void> {
    return this.outbox.cancel(id);
  }

  /** Records not acknowledged yet for `url` (from earlier visits or other tabs), except the tracked one. */
  async pendingFor(url: URL): Promise<OutboxRecord[]> {
    const pending = await this.outbox.pending();
    const waiting = pending.filter((record) => record.url === url.href && record.id !== this.submission?.id);
    if (this.options.watch?.().href === url.href) for (const record of waiting) if (!queuedInThisTab.has(record.id)) this.watched.add(record.id);
    return waiting;
  }

  private set(submission: TrackedSubmission<M> | undefined): void {
    this.submission = submission;
    this.host.requestUpdate();
  }

  private readonly onChange = (event: Event) => {
    const { change } = event as OutboxChangeEvent;
    const now = this.submission;
    if (change.state === 'queued' && change.record) {
      // Made on this page (by this element or another): not a request from an earlier visit.
      queuedInThisTab.add(change.id);
      this.watched.delete(change.id);
    } else if (change.record && change.id !== now?.id && !queuedInThisTab.has(change.id) && this.options.watch && change.record.url === this.options.watch().href) {
      this.watched.add(change.id);
    }
    if (this.watched.has(change.id) && (change.state === 'sent' || change.state === 'cancelled')) {
      this.watched.delete(change.id);
      if (change.state === 'sent' && change.id !== now?.id) {
        const first = !deliveredInThisTab.has(change.id);
        deliveredInThisTab.add(change.id);
        this.options.onDelivered?.(change.id, change.receipt, first);
      }
    }
    if (now && change.id === now.id) {
      if (change.state === 'sent') {
        this.set({ ...now, state: 'sent', receipt: change.receipt, record: undefined });
        this.options.onSent?.(change.id, change.receipt);
      } else if (change.state === 'cancelled') {
        this.set(undefined);
      } else if (change.record) {
        this.set({ ...now, state: change.state, record: change.record });
      } else {
        this.set({ ...now, state: change.state });
      }
    }
    this.options.onChange?.(change);
  };
}
