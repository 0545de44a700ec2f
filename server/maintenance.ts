/**
 * Housekeeping that must happen on time whether or not anyone opens the inbox: erasing closed
 * requests whose grace period is over, and purging what has expired. `buildApp` runs it once at
 * start and then on a timer; the inbox runs it before it answers, so nothing due is ever shown.
 */
import type { RequestsRepository } from './db/requests-repository.js';
import type { AccountsRepository } from './db/accounts-repository.js';
import type { Db } from './db/database.js';

export interface MaintenanceParts {
  db: Db;
  requests: RequestsRepository;
  accounts: AccountsRepository;
}

export interface SweepResult {
  erased: number;
}

/** One sweep; safe to run at any time and as often as wanted. */
export function sweep(parts: MaintenanceParts, now: Date): SweepResult {
  const erased = parts.requests.eraseDue(now);
  return { erased };
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
