/**
 * Housekeeping that must happen on time whether or not anyone opens the inbox: erasing closed
 * requests whose grace period is over, and purging what has expired. `buildApp` runs it once at
 * start and then on a timer; the inbox runs it before it answers, so nothing due is ever shown.
 */
import type { RequestsRepository } from './db/requests-repository.js';
import type { AccountsRepository } from './db/accounts-repository.js';
import type { Db } from './db/connection.js';

export interface MaintenanceParts {
  db: Db;
  requests: RequestsRepository;
  accounts: AccountsRepository;
}

export interface SweepResult {
  erased: number;
  /** Expired sessions, and sign-in links that are used or expired, deleted by this sweep. */
  purged: { sessions: number; links: number };
  /** Whether the write-ahead log was truncated after an erasure (see below). */
  wal: 'truncated' | 'busy' | 'nothing-erased';
}

/** One sweep; safe to run at any time and as often as wanted. */
export function sweep(parts: MaintenanceParts, now: Date): SweepResult {
  const erased = parts.requests.eraseDue(now);
  const purged = parts.accounts.purgeExpired(now);
  // Erasing rewrites rows, but the -wal file keeps the old pages (with the erased words) until about
  // 1,000 pages of later writes reuse it. After anything was erased, fold the WAL into the file and
  // truncate it (secure_delete has already zeroed the freed space in the pages). When another process
  // is reading an older snapshot it reports busy without waiting, and stays due: the next sweep, on
  // the timer or from the inbox, retries it.
  const wal = parts.requests.truncateWalAfterErasure();
  return { erased, purged, wal };
}

/** Sweeps now and every `intervalMs`; returns a function that stops the timer. */
export function startMaintenance(parts: MaintenanceParts, now: () => Date, intervalMs = 60_000): () => void {
  sweep(parts, now());
  const timer = setInterval(() => {
    try {
      sweep(parts, now());
    } catch {
      // A busy database (another process writing) is retried on the next tick.
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
