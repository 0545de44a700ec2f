import type { RequestReceipt, SupportRequest } from '../../src/core/contract.js';
import { toSql } from './sql.js';
import type { Sql, SqlSource } from './sql.js';
import { isoWeekUtc } from '../../src/core/format.js';

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
  requester_team: string | null;
  returned_reason: string | null;
}

/** Where a page of open requests ends: the last row's place in the inbox's order (received_at, id). */
export interface InboxPosition {
  receivedAt: string;
  id: string;
}

interface ReceiptRow {
  id: string;
  body_hash: string;
  received_at: string;
  respond_by: string;
  closed_at: string | null;
}

/** What a resend of this id is answered with: the receipt of an open request, or only that it was closed. */
export type EarlierRequest = { closed: false; receipt: RequestReceipt; bodyHash: string } | { closed: true };

/** ISO 8601 week (UTC) of an ISO timestamp, e.g. "2026-W48"; a value that is already a week stays as it is. */
export function isoWeekOf(timestamp: string): string {
  return /^\d{4}-W\d{2}$/.test(timestamp) ? timestamp : isoWeekUtc(new Date(timestamp));
}

interface DueRow {
  id: string;
  received_at: string;
  respond_by: string;
  contacted_at: string | null;
  closed_at: string;
  erase_after: string;
}

/** The preferences as stored: the requester's team lives in its own column. */
function storedPreferences(preferences: SupportRequest['preferences']): string | null {
  if (!preferences) return null;
  const { team: _team, ...rest } = preferences;
  return Object.keys(rest).length ? JSON.stringify(rest) : null;
}

/** The only code that reads or writes the `requests` table. */
export class RequestsRepository {
  private readonly sql: Sql;
  /**
   * Set by an erasure until the write-ahead log has been truncated (see `truncateWalAfterErasure`).
   * True at start: a process that stopped before truncating leaves it to the next one's first sweep.
   */
  private walMayHoldErased = true;

  constructor(source: SqlSource) {
    this.sql = toSql(source);
  }

  /**
   * What this id was used for: an open request's receipt with the hash of the body it was given for,
   * or, once the request is closed (erased or not yet), only that: nothing about its body or times.
   */
  async findReceipt(id: string): Promise<EarlierRequest | undefined> {
    const row = await this.sql.get<ReceiptRow>('SELECT id, body_hash, received_at, respond_by, closed_at FROM requests WHERE id = ?', [id]);
    if (!row) return undefined;
    if (row.closed_at !== null) return { closed: true };
    return { closed: false, receipt: { id: row.id, status: 'received', receivedAt: row.received_at, respondBy: row.respond_by }, bodyHash: row.body_hash };
  }

  /**
   * Stores a new request; `undefined` when a request with this id is already stored (another
   * instance stored it between the caller's lookup and this insert: `ON CONFLICT DO NOTHING` waits
   * for that writer and then stores nothing, so the caller answers with what is stored).
   */
  async insert(request: SupportRequest, bodyHash: string, receivedAt: Date, respondBy: Date): Promise<RequestReceipt | undefined> {
    const { changes } = await this.sql.run(
      `INSERT INTO requests (id, body_hash, supporter_id, urgency, name, channel_kind, channel_value, best_times, message, preferences, referral, received_at, respond_by, requester_team)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      [
        request.id,
        bodyHash,
        request.supporterId ?? null,
        request.urgency,
        request.name,
        request.channel.kind,
        request.channel.value,
        request.bestTimes ?? null,
        request.message ?? null,
        storedPreferences(request.preferences),
        request.referral ? 1 : 0,
        receivedAt.toISOString(),
        respondBy.toISOString(),
        // Kept apart from the preferences: it decides who may see the request, and nobody reads it.
        request.preferences?.notMyTeam ? (request.preferences.team ?? null) : null,
      ],
    );
    if (changes === 0) return undefined;
    return { id: request.id, status: 'received', receivedAt: receivedAt.toISOString(), respondBy: respondBy.toISOString() };
  }

  /** Every request not yet closed, oldest first (tests and tools; the inbox reads pages). */
  async listOpen(): Promise<InboxRow[]> {
    return this.sql.all<InboxRow>('SELECT * FROM requests WHERE closed_at IS NULL ORDER BY received_at, id');
  }

  /**
   * Up to `limit` open requests after `after`, oldest first. Keyset paging on the index
   * `requests_open_by_received`: the cost of a page does not grow with how
   * far into the inbox it is (no OFFSET, no sort).
   */
  async openPage(after: InboxPosition | undefined, limit: number): Promise<InboxRow[]> {
    if (!after) return this.sql.all<InboxRow>('SELECT * FROM requests WHERE closed_at IS NULL ORDER BY received_at, id LIMIT ?', [limit]);
    return this.sql.all<InboxRow>(
      'SELECT * FROM requests WHERE closed_at IS NULL AND (received_at, id) > (?, ?) ORDER BY received_at, id LIMIT ?',
      [after.receivedAt, after.id, limit],
    );
  }

  async find(id: string): Promise<InboxRow | undefined> {
    return this.sql.get<InboxRow>('SELECT * FROM requests WHERE id = ?', [id]);
  }

  /**
   * Takes an open request for this account; false when someone else holds it or it was closed
   * meanwhile. One conditional UPDATE: of two supporters taking it at once, on one instance or two,
   * exactly one gets it.
   */
  async claim(id: string, accountId: string): Promise<boolean> {
    const { changes } = await this.sql.run('UPDATE requests SET claimed_by = ? WHERE id = ? AND closed_at IS NULL AND (claimed_by IS NULL OR claimed_by = ?)', [accountId, id, accountId]);
    return changes > 0;
  }

  /** Assigns (a coordinator) or hands back (`null`) an open request; false when it was closed meanwhile. */
  async setClaim(id: string, accountId: string | null): Promise<boolean> {
    const { changes } = await this.sql.run(
      'UPDATE requests SET claimed_by = ?, contacted_at = CASE WHEN CAST(? AS TEXT) IS NULL THEN NULL ELSE contacted_at END WHERE id = ? AND closed_at IS NULL',
      [accountId, accountId, id],
    );
    return changes > 0;
  }

  /**
   * Hands back to the team every open request addressed to this roster id or taken by one of its
   * accounts, flagged so the inbox says why; never re-addressed to anyone else in silence.
   */
  async returnToTeam(supporterId: string, reason: 'supporter-left'): Promise<number> {
    const { changes } = await this.sql.run(
      `UPDATE requests SET supporter_id = NULL, claimed_by = NULL, contacted_at = NULL, returned_reason = ?
       WHERE closed_at IS NULL AND (supporter_id = ? OR claimed_by IN (SELECT id FROM accounts WHERE supporter_id = ?))`,
      [reason, supporterId, supporterId],
    );
    return changes;
  }

  async markContacted(id: string, now: Date): Promise<void> {
    await this.sql.run('UPDATE requests SET contacted_at = ? WHERE id = ? AND closed_at IS NULL', [now.toISOString(), id]);
  }

  async close(id: string, now: Date, eraseAfter: Date): Promise<void> {
    await this.sql.run('UPDATE requests SET closed_at = ?, erase_after = ? WHERE id = ? AND closed_at IS NULL', [now.toISOString(), eraseAfter.toISOString(), id]);
  }

  /**
   * Erases closed requests whose grace period is over. Everything that could identify the person,
   * confirm a guess at what they wrote, or say who handled it goes: name, contact details, best times,
   * message, preferences, requester team, why it was returned, the supporter it was addressed to, the
   * account that took it and the body hash. Every time is cut to its ISO week. What stays is the
   * anonymous tally: id, urgency, referral flag and weeks. A resend of the id gets the fixed "closed"
   * answer (see `findReceipt`), which needs no hash.
   *
   * Each row is erased by an UPDATE that requires `erased_at IS NULL`: when several server instances
   * sweep at once, each row is erased by exactly one of them, and the counts add up to the rows due.
   */
  async eraseDue(now: Date): Promise<number> {
    const at = now.toISOString();
    const erasedWeek = isoWeekOf(at);
    const due = await this.sql.all<DueRow>(
      // A week-shaped erase_after (a row erased before and reset by a migration) is always due.
      `SELECT id, received_at, respond_by, contacted_at, closed_at, erase_after FROM requests
       WHERE closed_at IS NOT NULL AND erased_at IS NULL AND (erase_after <= ? OR (length(erase_after) = 8 AND substr(erase_after, 5, 2) = '-W'))`,
      [at],
    );
    if (due.length === 0) return 0;
    // Another server process may have erased some of them meanwhile; those are left as they are.
    const erased = await this.sql.transaction(async (tx) => {
      let changes = 0;
      for (const row of due) {
        changes += (
          await tx.run(
            `UPDATE requests SET name = NULL, channel_kind = NULL, channel_value = NULL, best_times = NULL, message = NULL, preferences = NULL,
               requester_team = NULL, returned_reason = NULL, supporter_id = NULL, claimed_by = NULL, body_hash = '',
               received_at = ?, respond_by = ?, contacted_at = ?, closed_at = ?, erase_after = ?, erased_at = ?
             WHERE id = ? AND erased_at IS NULL`,
            [
              isoWeekOf(row.received_at),
              isoWeekOf(row.respond_by),
              row.contacted_at === null ? null : isoWeekOf(row.contacted_at),
              isoWeekOf(row.closed_at),
              isoWeekOf(row.erase_after),
              erasedWeek,
              row.id,
            ],
          )
        ).changes;
      }
      return changes;
    });
    if (erased > 0) this.walMayHoldErased = true;
    return erased;
  }

  /**
   * After an erasure, old copies of the erased pages stay in SQLite's `-wal` file until it is reused;
   * this folds the WAL into the file and truncates it. When another connection is reading it cannot,
   * and stays due: the next maintenance sweep tries again. (PostgreSQL: nothing to do here; its
   * write-ahead log and dead row versions are the operator's to manage, see README.)
   */
  async truncateWalAfterErasure(): Promise<'truncated' | 'busy' | 'nothing-erased'> {
    if (!this.walMayHoldErased) return 'nothing-erased';
    if (!(await this.sql.truncateWal())) return 'busy';
    this.walMayHoldErased = false;
    return 'truncated';
  }

  async count(): Promise<number> {
    return (await this.sql.get<{ n: number }>('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM requests'))!.n;
  }
}
