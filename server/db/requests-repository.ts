import type { RequestReceipt, SupportRequest } from '../../src/core/contract.js';
import type { Db } from './database.js';

export interface InboxRow {
  id: string;
  supporter_id: string | null;
  urgency: string;
  name: string | null;
  channel_kind: string | null;
  channel_value: string | null;
  best_times: string | null;
  message: string | null;
  preferences: string | null;
  referral: number;
  received_at: string;
  respond_by: string;
  claimed_by: string | null;
  contacted_at: string | null;
  closed_at: string | null;
  erased_at: string | null;
}

interface ReceiptRow {
  id: string;
  body_hash: string;
  status: 'received';
  received_at: string;
  respond_by: string;
}

/** The only code that reads or writes the `requests` table. */
export class RequestsRepository {
  constructor(private readonly db: Db) {}

  /** The receipt already given for this id, with the hash of the body it was given for. */
  findReceipt(id: string): { receipt: RequestReceipt; bodyHash: string } | undefined {
    const row = this.db.prepare('SELECT id, body_hash, status, received_at, respond_by FROM requests WHERE id = ?').get(id) as ReceiptRow | undefined;
    return row && { receipt: { id: row.id, status: row.status, receivedAt: row.received_at, respondBy: row.respond_by }, bodyHash: row.body_hash };
  }

  insert(request: SupportRequest, bodyHash: string, receivedAt: Date, respondBy: Date): RequestReceipt {
    this.db
      .prepare(
        `INSERT INTO requests (id, body_hash, supporter_id, urgency, name, channel_kind, channel_value, best_times, message, preferences, referral, received_at, respond_by)
         VALUES (@id, @bodyHash, @supporterId, @urgency, @name, @channelKind, @channelValue, @bestTimes, @message, @preferences, @referral, @receivedAt, @respondBy)`,
      )
      .run({
        id: request.id,
        bodyHash,
        supporterId: request.supporterId ?? null,
        urgency: request.urgency,
        name: request.name,
        channelKind: request.channel.kind,
        channelValue: request.channel.value,
        bestTimes: request.bestTimes ?? null,
        message: request.message ?? null,
        preferences: request.preferences ? JSON.stringify(request.preferences) : null,
        referral: request.referral ? 1 : 0,
        receivedAt: receivedAt.toISOString(),
        respondBy: respondBy.toISOString(),
      });
    return { id: request.id, status: 'received', receivedAt: receivedAt.toISOString(), respondBy: respondBy.toISOString() };
  }

  /** Requests not yet closed, oldest first. */
  listOpen(): InboxRow[] {
    return this.db.prepare('SELECT * FROM requests WHERE closed_at IS NULL ORDER BY received_at, id').all() as InboxRow[];
  }

  find(id: string): InboxRow | undefined {
    return this.db.prepare('SELECT * FROM requests WHERE id = ?').get(id) as InboxRow | undefined;
  }

  setClaim(id: string, accountId: string | null): void {
    this.db.prepare('UPDATE requests SET claimed_by = ?, contacted_at = CASE WHEN ? IS NULL THEN NULL ELSE contacted_at END WHERE id = ?').run(accountId, accountId, id);
  }

  markContacted(id: string, now: Date): void {
    this.db.prepare('UPDATE requests SET contacted_at = ? WHERE id = ?').run(now.toISOString(), id);
  }

  close(id: string, now: Date, eraseAfter: Date): void {
    this.db.prepare('UPDATE requests SET closed_at = ?, erase_after = ? WHERE id = ?').run(now.toISOString(), eraseAfter.toISOString(), id);
  }

  /**
   * Erases the identifying fields (name, contact details, best times, message, preferences) of
   * closed requests whose grace period is over. What stays is the anonymous tally and the
   * idempotency key with its body hash, so a late resend still gets its receipt.
   */
  eraseDue(now: Date): number {
    return this.db
      .prepare(
        `UPDATE requests SET name = NULL, channel_kind = NULL, channel_value = NULL, best_times = NULL, message = NULL, preferences = NULL, erased_at = ?
         WHERE closed_at IS NOT NULL AND erased_at IS NULL AND erase_after <= ?`,
      )
      .run(now.toISOString(), now.toISOString()).changes;
  }

  count(): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM requests').get() as { n: number }).n;
  }

  /**
   * Runs `work` in one IMMEDIATE transaction: a request is stored whole or not at all, and a second
   * server process on the same file waits for the write lock instead of racing the idempotency check.
   */
  transaction<T>(work: () => T): T {
    return this.db.transaction(work).immediate();
  }
}
