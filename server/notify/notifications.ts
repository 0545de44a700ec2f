/**
 * Telling the right people, never the content: the server's side of notices. It picks the
 * recipients (recipients.ts), builds the notice from its three allowed fields (notice.ts) and hands it
 * to the Notifier's channels. A notice never delays or fails the request that caused it: sending runs
 * after the answer, and a failing channel only counts as failed.
 */
import type { Store } from '../db/store.js';
import { NoticeMarksRepository } from '../db/notice-marks-repository.js';
import { PushRepository } from '../db/push-repository.js';
import type { InboxRow } from '../db/requests-repository.js';
import { Notifier } from './index.js';
import type { Delivery, NotifySettings } from './index.js';
import { noticeOf } from './notice.js';
import type { NoticeKind, Recipient } from './notice.js';
import { recipientsWhenDue, supportersToTell } from './recipients.js';
import { WebPushChannel } from './web-push.js';

/** Longest respond-by window a program can set (RESPONSE_WINDOW_HOURS: 30 days); the sweep looks this far ahead, divided by four. */
const LONGEST_WINDOW_MS = 30 * 24 * 3_600_000;

/**
 * When a waiting request counts as nearly due: once a quarter of its window is left (6 hours of a
 * 24-hour window, 1 hour of a 4-hour one), so the warning scales with the urgency that set the window.
 */
export function dueSoonAt(row: Pick<InboxRow, 'received_at' | 'respond_by'>): Date {
  const respondBy = new Date(row.respond_by).getTime();
  const window = Math.max(0, respondBy - new Date(row.received_at).getTime());
  return new Date(respondBy - window / 4);
}

export interface SentNotice {
  kind: NoticeKind;
  recipients: number;
  deliveries: Delivery[];
}

export class Notifications {
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly store: Store,
    readonly notifier: Notifier,
    private readonly inboxUrl: string | undefined,
    /** Called after each notice with counts only (never who, never what): for tests and metrics. */
    private readonly onSent: (sent: SentNotice) => void = () => {},
  ) {}

  /**
   * The notifier for this store: the configured webhook and e-mail channels, and Web Push with the
   * VAPID keys kept in the database (made on first use; see PushRepository).
   */
  static async open(store: Store, settings: NotifySettings, options: { pushOrigins?: readonly string[]; onSent?: (sent: SentNotice) => void } = {}): Promise<Notifications> {
    const push = new PushRepository(store.sql);
    const vapid = await push.vapidKeys();
    // Push services accept only an https: or mailto: subject: a plain-http demo inbox gets a placeholder address.
    const inboxOrigin = settings.inboxUrl ? new URL(settings.inboxUrl) : undefined;
    const subject = settings.pushSubject ?? (inboxOrigin?.protocol === 'https:' ? inboxOrigin.origin : 'mailto:peer-support@example.invalid');
    const webPush = new WebPushChannel(vapid, subject, (recipient) => push.of(recipient.accountId), (endpoint) => push.forget(endpoint), {
      timeZone: settings.timeZone,
      extraOrigins: options.pushOrigins,
    });
    return new Notifications(store, Notifier.fromSettings(settings, [webPush]), settings.inboxUrl, options.onSent);
  }

  /** Whether notices go out at all: they need the inbox link they carry (NOTIFY_INBOX_URL). */
  get enabled(): boolean {
    return this.inboxUrl !== undefined;
  }

  /** A new request was stored: tell its supporters, after the answer has gone (never awaited by the route). */
  requestStored(id: string): void {
    if (!this.enabled) return;
    this.track(
      (async () => {
        const row = await this.store.requests.find(id);
        if (!row) return;
        await this.send('request-waiting', row, supportersToTell(await this.store.accounts.notifiable(), row));
      })(),
    );
  }

  /**
   * The sweep's part: requests nobody has been in touch about that are nearly due or past due get
   * their notice once (to the supporters and the coordinators), whichever instance sweeps first.
   */
  async sweep(now: Date): Promise<{ dueSoon: number; overdue: number }> {
    const counts = { dueSoon: 0, overdue: 0 };
    if (!this.enabled) return counts;
    const marks = new NoticeMarksRepository(this.store.sql);
    const rows = await marks.waitingDueBy(new Date(now.getTime() + LONGEST_WINDOW_MS / 4));
    let accounts: Awaited<ReturnType<Store['accounts']['notifiable']>> | undefined;
    for (const row of rows) {
      const overdue = row.respond_by <= now.toISOString();
      if (!overdue && (row.due_soon_notified_at !== null || dueSoonAt(row) > now)) continue;
      const claimed = overdue ? await marks.markOverdue(row.id, now) : await marks.markDueSoon(row.id, now);
      if (!claimed) continue;
      accounts ??= await this.store.accounts.notifiable();
      await this.send(overdue ? 'request-overdue' : 'request-due-soon', row, recipientsWhenDue(accounts, row));
      if (overdue) counts.overdue++;
      else counts.dueSoon++;
    }
    return counts;
  }

  /** Resolves when every notice started so far has been handed to its channels. */
  async idle(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  async close(): Promise<void> {
    await this.idle();
    await this.notifier.close();
  }

  private async send(kind: NoticeKind, row: InboxRow, recipients: Recipient[]): Promise<void> {
    if (!this.inboxUrl || recipients.length === 0) return;
    // Built from its three fields only: nothing else of the row can reach a channel.
    const deliveries = await this.notifier.tell(recipients, noticeOf(kind, row.respond_by, this.inboxUrl));
    this.onSent({ kind, recipients: recipients.length, deliveries });
  }

  private track(work: Promise<unknown>): void {
    const settled = work.catch(() => undefined).finally(() => this.pending.delete(settled));
    this.pending.add(settled);
  }
}
