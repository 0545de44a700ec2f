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
}

export class OutboxController<M = undefined> implements ReactiveController {
  private current?: PeerOutbox;
  private submission?: TrackedSubmission<M>;

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
    return pending.filter((record) => record.url === url.href && record.id !== this.submission?.id);
  }

  private set(submission: TrackedSubmission<M> | undefined): void {
    this.submission = submission;
    this.host.requestUpdate();
  }

  private readonly onChange = (event: Event) => {
    const { change } = event as OutboxChangeEvent;
    const now = this.submission;
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
