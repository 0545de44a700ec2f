import type { InboxRow } from './requests-repository.js';
import { toSql } from './sql.js';
import type { Sql, SqlSource } from './sql.js';

/**
 * When a request's due-soon and overdue notices went out (server/notify/notifications.ts). Each mark
 * is set by a conditional UPDATE: of several instances sweeping at once, exactly one sets it, and only
 * that one sends the notice; a later sweep finds it set and sends nothing.
 */
/** A waiting request with the mark the sweep reads. */
export type WaitingRow = InboxRow & { due_soon_notified_at: string | null };

export class NoticeMarksRepository {
  private readonly sql: Sql;

  constructor(source: SqlSource) {
    this.sql = toSql(source);
  }

  /** Open requests nobody has been in touch about, whose overdue notice has not gone out, due by `horizon`. */
  async waitingDueBy(horizon: Date): Promise<WaitingRow[]> {
    return this.sql.all<WaitingRow>(
      'SELECT * FROM requests WHERE closed_at IS NULL AND contacted_at IS NULL AND overdue_notified_at IS NULL AND respond_by <= ? ORDER BY respond_by, id',
      [horizon.toISOString()],
    );
  }

  /** Claims the due-soon notice of a request still waiting; false when it went out already (or someone got in touch). */
  async markDueSoon(id: string, now: Date): Promise<boolean> {
    const { changes } = await this.sql.run(
      'UPDATE requests SET due_soon_notified_at = ? WHERE id = ? AND due_soon_notified_at IS NULL AND overdue_notified_at IS NULL AND contacted_at IS NULL AND closed_at IS NULL',
      [now.toISOString(), id],
    );
    return changes > 0;
  }

  /** Claims the overdue notice (and the due-soon one with it: a request past due is not told of as nearly due afterwards). */
  async markOverdue(id: string, now: Date): Promise<boolean> {
    const at = now.toISOString();
    const { changes } = await this.sql.run(
      'UPDATE requests SET overdue_notified_at = ?, due_soon_notified_at = COALESCE(due_soon_notified_at, ?) WHERE id = ? AND overdue_notified_at IS NULL AND contacted_at IS NULL AND closed_at IS NULL',
      [at, at, id],
    );
    return changes > 0;
  }
}
