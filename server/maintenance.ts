/**
 * Housekeeping that must happen on time whether or not anyone opens the inbox: erasing closed
 * requests whose grace period is over, purging what has expired, and telling supporters and
 * coordinators of requests nearly or past due with nobody in touch yet. `buildApp` runs it once at
 * start and then on a timer; the inbox runs it before it answers, so nothing due is ever shown.
 *
 * Several instances on one database may sweep at the same moment: every erasure and purge is a
 * conditional statement (`… WHERE erased_at IS NULL`, `DELETE … WHERE expires_at <= now`), so each
 * row is erased or deleted by exactly one of them and the others find nothing left to do.
 */
import type { Store } from './db/store.js';
import type { Notifications } from './notify/notifications.js';

export interface SweepResult {
  erased: number;
  /** Expired sessions, and sign-in links that are used or expired, deleted by this sweep. */
  purged: { sessions: number; links: number };
  /** Whether SQLite's write-ahead log was truncated after an erasure (see below); PostgreSQL has none to truncate. */
  wal: 'truncated' | 'busy' | 'nothing-erased';
  /** Due-soon and overdue notices this sweep sent (each request's once, whichever instance sweeps first). */
  notices: { dueSoon: number; overdue: number };
}

/** One sweep; safe to run at any time and as often as wanted, on any number of instances. */
export async function sweep(store: Store, now: Date, notifications?: Notifications): Promise<SweepResult> {
  const erased = await store.requests.eraseDue(now);
  const purged = await store.accounts.purgeExpired(now);
  await store.rateLimits.purge(now);
  // Erasing rewrites rows, but SQLite's -wal file keeps the old pages (with the erased words) until
  // about 1,000 pages of later writes reuse it. After anything was erased, fold the WAL into the file
  // and truncate it (secure_delete has already zeroed the freed space in the pages). When another
  // process is reading an older snapshot it reports busy without waiting, and stays due: the next
  // sweep, on the timer or from the inbox, retries it.
  const wal = await store.requests.truncateWalAfterErasure();
  // Requests nobody has been in touch about, nearly or past due: the supporters and coordinators are told, once.
  const notices = notifications ? await notifications.sweep(now) : { dueSoon: 0, overdue: 0 };
  return { erased, purged, wal, notices };
}

/** Sweeps now and every `intervalMs`; resolves, after the first sweep, to a function that stops the timer. */
export async function startMaintenance(store: Store, now: () => Date, intervalMs = 60_000, notifications?: Notifications): Promise<() => void> {
  await sweep(store, now(), notifications);
  let running: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    if (running) return; // a slow sweep is never run twice at once
    running = sweep(store, now(), notifications)
      // A busy or unreachable database is retried on the next tick.
      .catch(() => undefined)
      .finally(() => (running = undefined));
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
