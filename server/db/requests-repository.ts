import type { RequestReceipt, SupportRequest } from '../../src/core/contract.js';
import { truncateWal } from './connection.js';
import type { Db } from './connection.js';
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
  /**
   * Set by an erasure until the write-ahead log has been truncated (see `truncateWalAfterErasure`).
   * True at start: a process that stopped before truncating leaves it to the next one's first sweep.
   */
  private walMayHoldErased = true;

  constructor(private readonly db: Db) {}

  /**
   * What this id was used for: an open request's receipt with the hash of the body it was given for,
   * or, once the request is closed (erased or not yet), only that: nothing about its body or times.
   */
  findReceipt(id: string): EarlierRequest | undefined {
    const row = this.db.prepare('SELECT id, body_hash, received_at, respond_by, closed_at FROM requests WHERE id = ?').get(id) as ReceiptRow | undefined;
    if (!row) return undefined;
    if (row.closed_at !== null) return { closed: true };
    return { closed: false, receipt: { id: row.id, status: 'received', receivedAt: row.received_at, respondBy: row.respond_by }, bodyHash: row.body_hash };
  }

  insert(request: SupportRequest, bodyHash: string, receivedAt: Date, respondBy: Date): RequestReceipt {
    this.db
      .prepare(
        `INSERT INTO requests (id, body_hash, supporter_id, urgency, name, channel_kind, channel_value, best_times, message, preferences, referral, received_at, respond_by, requester_team)
         VALUES (@id, @bodyHash, @supporterId, @urgency, @name, @channelKind, @channelValue, @bestTimes, @message, @preferences, @referral, @receivedAt, @respondBy, @requesterTeam)`,
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
        preferences: storedPreferences(request.preferences),
        // Kept apart from the preferences: it decides who may see the request, and nobody reads it.
        requesterTeam: request.preferences?.notMyTeam ? (request.preferences.team ?? null) : null,
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

  /**
   * Hands back to the team every open request addressed to this roster id or taken by one of its
   * accounts, flagged so the inbox says why; never re-addressed to anyone else in silence.
   */
  returnToTeam(supporterId: string, reason: 'supporter-left'): number {
    return this.db
      .prepare(
        `UPDATE requests SET supporter_id = NULL, claimed_by = NULL, contacted_at = NULL, returned_reason = ?
         WHERE closed_at IS NULL AND (supporter_id = ? OR claimed_by IN (SELECT id FROM accounts WHERE supporter_id = ?))`,
      )
      .run(reason, supporterId, supporterId).changes;
  }

  markContacted(id: string, now: Date): void {
    this.db.prepare('UPDATE requests SET contacted_at = ? WHERE id = ?').run(now.toISOString(), id);
  }

  close(id: string, now: Date, eraseAfter: Date): void {
    this.db.prepare('UPDATE requests SET closed_at = ?, erase_after = ? WHERE id = ?').run(now.toISOString(), eraseAfter.toISOString(), id);
  }

  /**
   * Erases closed requests whose grace period is over. Everything that could identify the person,
   * confirm a guess at what they wrote, or say who handled it goes: name, contact details, best times,
   * message, preferences, requester team, why it was returned, the supporter it was addressed to, the
   * account that took it and the body hash. Every time is cut to its ISO week. What stays is the
   * anonymous tally: id, urgency, referral flag and weeks. A resend of the id gets the fixed "closed"
   * answer (see `findReceipt`), which needs no hash.
   */
  eraseDue(now: Date): number {
    const at = now.toISOString();
    const erasedWeek = isoWeekOf(at);
    const due = this.db
      .prepare(
        // A week-shaped erase_after (a row erased before and reset by a migration) is always due.
        `SELECT id, received_at, respond_by, contacted_at, closed_at, erase_after FROM requests
         WHERE closed_at IS NOT NULL AND erased_at IS NULL AND (erase_after <= ? OR erase_after GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]')`,
      )
      .all(at) as DueRow[];
    if (due.length === 0) return 0;
    const erase = this.db.prepare(
      `UPDATE requests SET name = NULL, channel_kind = NULL, channel_value = NULL, best_times = NULL, message = NULL, preferences = NULL,
         requester_team = NULL, returned_reason = NULL, supporter_id = NULL, claimed_by = NULL, body_hash = '',
         received_at = @receivedAt, respond_by = @respondBy, contacted_at = @contactedAt, closed_at = @closedAt, erase_after = @eraseAfter, erased_at = @erasedAt
       WHERE id = @id AND erased_at IS NULL`,
    );
    // Another server process may have erased some of them meanwhile; those are left as they are.
    const erased = this.db.transaction(() => {
      let changes = 0;
      for (const row of due) {
        changes += erase.run({
          id: row.id,
          receivedAt: isoWeekOf(row.received_at),
          respondBy: isoWeekOf(row.respond_by),
          contactedAt: row.contacted_at === null ? null : isoWeekOf(row.contacted_at),
          closedAt: isoWeekOf(row.closed_at),
          eraseAfter: isoWeekOf(row.erase_after),
          erasedAt: erasedWeek,
        }).changes;
      }
      return changes;
    })();
    if (erased > 0) this.walMayHoldErased = true;
    return erased;
  }

  /**
   * After an erasure, old copies of the erased pages stay in the `-wal` file until SQLite reuses it;
   * this folds the WAL into the file and truncates it. When another connection is reading it cannot,
   * and stays due: the next maintenance sweep tries again.
   */
  truncateWalAfterErasure(): 'truncated' | 'busy' | 'nothing-erased' {
    if (!this.walMayHoldErased) return 'nothing-erased';
    if (!truncateWal(this.db)) return 'busy';
    this.walMayHoldErased = false;
    return 'truncated';
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
