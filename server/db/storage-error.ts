/**
 * A storage failure that a retry can cure: another writer holds the database (SQLITE_BUSY), the
 * connection was lost, PostgreSQL gave up a transaction to keep it serialisable or broke a
 * deadlock, or the disk is full. Nothing was saved. The app answers 503 with `Retry-After`, and the
 * widgets' outbox resends later under the same Idempotency-Key, so the retry is safe.
 *
 * `code` is the driver's code (`SQLITE_BUSY`, `40001`, `ECONNREFUSED`…): safe to log, never a message
 * (a driver's message can quote the values of a statement).
 */
export class StorageUnavailableError extends Error {
  readonly code: string;
  /** Seconds the client should wait before retrying. */
  readonly retryAfterSeconds: number;

  constructor(code: string, cause?: unknown, retryAfterSeconds = 1) {
    super(`The database is unavailable for a moment (${code}).`, { cause });
    this.name = 'StorageUnavailableError';
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
