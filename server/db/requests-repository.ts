import type { RequestReceipt, SupportRequest } from '../../src/core/contract.js';
import { toSql } from './sql.js';
import type { Sql, SqlSource, SqlValue } from './sql.js';
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
  /** 1: a supporter asking a fellow supporter to talk something through; NULL otherwise, and once erased. */
  peer_to_peer: number | null;
  received_at: string;
  respond_by: string;
  claimed_by: string | null;
  contacted_at: string | null;
  closed_at: string | null;
  erased_at: string | null;
  requester_team: string | null;
  returned_reason: string | null;
  /** Tries without an answer; NULL until someone tries. */
  attempts: number | null;
  /** The last try, cut to the hour. */
  last_attempt_at: string | null;
  /** When the supporter holding it means to try again. */
  next_attempt_at: string | null;
}

/** Where a page of open requests ends: the last row's place in the inbox's order (respond_by, id). */
export interface InboxPosition {
  respondBy: string;
  id: string;
}

/** What recording a try did (see `recordAttempt`). */
export interface AttemptRecorded {
  attempts: number;
  outcome: 'recorded' | 'returned-to-team' | 'sent-to-coordinator';
  nextAttemptAt?: string;
}

/** Where an open request stands, as the person's receipt says it; nothing else of the row. */
export type RequestStanding = { status: 'waiting'; respondBy: string } | { status: 'tried' | 'in-touch' | 'closed' };

/** One supporter account's open load: counts only. */
export interface HeldCounts {
  claimed: number;
  attempted: number;
  contacted: number;
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

const INSERTED_COLUMNS = 'id, body_hash, supporter_id, urgency, name, channel_kind, channel_value, best_times, message, preferences, referral, peer_to_peer, received_at, respond_by, requester_team';
const INSERTED_TYPES = ['TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'TEXT', 'INTEGER', 'INTEGER', 'TEXT', 'TEXT', 'TEXT'];

/** A new request's row, in the order of INSERTED_COLUMNS. */
function insertedValues(request: SupportRequest, bodyHash: string, receivedAt: Date, respondBy: Date): SqlValue[] {
  return [
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
    request.peerToPeer ? 1 : null,
    receivedAt.toISOString(),
    respondBy.toISOString(),
    // Kept apart from the preferences: it decides who may see the request, and nobody reads it.
    request.preferences?.notMyTeam ? (request.preferences.team ?? null) : null,
  ];
}

const receiptOf = (id: string, receivedAt: Date, respondBy: Date): RequestReceipt => ({ id, status: 'received', receivedAt: receivedAt.toISOString(), respondBy: respondBy.toISOString() });

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
    const { changes } = await this.sql.run(`INSERT INTO requests (${INSERTED_COLUMNS}) VALUES (${INSERTED_COLUMNS.split(',').map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`, insertedValues(request, bodyHash, receivedAt, respondBy));
    if (changes === 0) return undefined;
    return receiptOf(request.id, receivedAt, respondBy);
  }

  /**
   * The common case of `POST requests` in one statement (one round trip, one commit): stores a new
   * request only when none of the checks that could refuse it would. Answers `undefined`, storing
   * nothing, when this id is already stored, when `openPerContact` (above 0) open requests other than
   * this one already carry its contact value, or when its addressee cannot read it: a named supporter
   * without an active supporter account, or, for anyone, nobody with one. The caller then makes the
   * checks one by one, to answer with the right refusal or receipt. It never stores what they would
   * refuse; a request that asks to stay away from the requester's team is never taken here (teams are
   * compared in `sameTeam`, in code).
   */
  async insertIfAllowed(request: SupportRequest, bodyHash: string, receivedAt: Date, respondBy: Date, openPerContact: number): Promise<RequestReceipt | undefined> {
    if (request.preferences?.notMyTeam) return undefined;
    const params: SqlValue[] = insertedValues(request, bodyHash, receivedAt, respondBy);
    let where = `EXISTS (SELECT 1 FROM accounts JOIN supporters ON supporters.id = accounts.supporter_id
       WHERE accounts.role = 'supporter' AND accounts.disabled_at IS NULL${request.supporterId ? ' AND supporters.id = ?' : ''})`;
    if (request.supporterId) params.push(request.supporterId);
    if (openPerContact > 0) {
      where += ' AND (SELECT count(*) FROM requests WHERE channel_kind = ? AND channel_value = ? AND closed_at IS NULL AND id <> ?) < ?';
      params.push(request.channel.kind, request.channel.value, request.id, openPerContact);
    }
    // INSERT … SELECT: PostgreSQL types a parameter of a select list by itself, hence the casts.
    const { changes } = await this.sql.run(
      `INSERT INTO requests (${INSERTED_COLUMNS}) SELECT ${INSERTED_TYPES.map((type) => `CAST(? AS ${type})`).join(', ')} WHERE ${where} ON CONFLICT (id) DO NOTHING`,
      params,
    );
    if (changes === 0) return undefined;
    return receiptOf(request.id, receivedAt, respondBy);
  }

  /** How many open requests other than `exceptId` carry this contact value (the cap on open requests per contact). */
  async openForContact(channel: { kind: string; value: string }, exceptId: string): Promise<number> {
    const row = await this.sql.get<{ open: number | string }>('SELECT count(*) AS open FROM requests WHERE channel_kind = ? AND channel_value = ? AND closed_at IS NULL AND id <> ?', [channel.kind, channel.value, exceptId]);
    // count(*) is a bigint, which pg answers as a string.
    return Number(row?.open ?? 0);
  }

  /** Every request not yet closed, in the inbox's order: soonest respond-by first (tests and tools; the inbox reads pages). */
  async listOpen(): Promise<InboxRow[]> {
    return this.sql.all<InboxRow>('SELECT * FROM requests WHERE closed_at IS NULL ORDER BY respond_by, id');
  }

  /**
   * Up to `limit` open requests after `after`, soonest respond-by first, ties by id. Keyset paging on
   * the index `requests_open_by_respond_by`: the cost of a page does not grow with how far into the
   * inbox it is (no OFFSET, no sort).
   */
  async openPage(after: InboxPosition | undefined, limit: number): Promise<InboxRow[]> {
    if (!after) return this.sql.all<InboxRow>('SELECT * FROM requests WHERE closed_at IS NULL ORDER BY respond_by, id LIMIT ?', [limit]);
    return this.sql.all<InboxRow>(
      'SELECT * FROM requests WHERE closed_at IS NULL AND (respond_by, id) > (?, ?) ORDER BY respond_by, id LIMIT ?',
      [after.respondBy, after.id, limit],
    );
  }

  /**
   * Tried, no answer, by the account holding the request (`undefined` when it does not hold it, it
   * was closed or someone has already been in touch). The try is kept to the hour (`at` is cut by the
   * caller). Every `maxAttempts`-th try hands it back: a request for anyone goes back to the team
   * untaken, and one addressed to a supporter by name stays theirs and is flagged for the coordinator
   * (`returned_reason = 'not-reached'`). One transaction: two tries at once count as two.
   */
  async recordAttempt(id: string, accountId: string, at: string, nextAttemptAt: string | undefined, maxAttempts: number): Promise<AttemptRecorded | undefined> {
    return this.sql.transaction(async (tx) => {
      const { changes } = await tx.run(
        `UPDATE requests SET attempts = COALESCE(attempts, 0) + 1, last_attempt_at = ?, next_attempt_at = ?
         WHERE id = ? AND closed_at IS NULL AND claimed_by = ? AND contacted_at IS NULL`,
        [at, nextAttemptAt ?? null, id, accountId],
      );
      if (changes === 0) return undefined;
      const row = (await tx.get<{ attempts: number; supporter_id: string | null }>('SELECT attempts, supporter_id FROM requests WHERE id = ?', [id]))!;
      const attempts = Number(row.attempts);
      if (attempts % maxAttempts !== 0) return { attempts, outcome: 'recorded', ...(nextAttemptAt ? { nextAttemptAt } : {}) };
      if (row.supporter_id === null) {
        await tx.run(`UPDATE requests SET claimed_by = NULL, next_attempt_at = NULL, returned_reason = 'not-reached' WHERE id = ?`, [id]);
        return { attempts, outcome: 'returned-to-team' };
      }
      await tx.run(`UPDATE requests SET returned_reason = 'not-reached' WHERE id = ?`, [id]);
      return { attempts, outcome: 'sent-to-coordinator', ...(nextAttemptAt ? { nextAttemptAt } : {}) };
    });
  }

  /**
   * Where a request stands, for the person's receipt: an unknown id answers exactly like a closed or
   * erased one (see README, "The person's receipt").
   */
  async standing(id: string): Promise<RequestStanding> {
    const row = await this.sql.get<Pick<InboxRow, 'closed_at' | 'contacted_at' | 'attempts' | 'respond_by'>>('SELECT closed_at, contacted_at, attempts, respond_by FROM requests WHERE id = ?', [id]);
    if (!row || row.closed_at !== null) return { status: 'closed' };
    if (row.contacted_at !== null) return { status: 'in-touch' };
    if (row.attempts !== null && Number(row.attempts) > 0) return { status: 'tried' };
    return { status: 'waiting', respondBy: row.respond_by };
  }

  /**
   * Open requests per holder, counts only: taken (by account id: taken only, tried, in touch), and
   * addressed by name and not taken yet (by roster id). No request id, name or time leaves here.
   */
  async openLoad(): Promise<{ held: Map<string, HeldCounts>; addressed: Map<string, number> }> {
    const held = await this.sql.all<{ account_id: string; claimed: number; attempted: number; contacted: number }>(
      `SELECT claimed_by AS account_id,
         CAST(SUM(CASE WHEN contacted_at IS NULL AND attempts IS NULL THEN 1 ELSE 0 END) AS INTEGER) AS claimed,
         CAST(SUM(CASE WHEN contacted_at IS NULL AND attempts IS NOT NULL THEN 1 ELSE 0 END) AS INTEGER) AS attempted,
         CAST(SUM(CASE WHEN contacted_at IS NOT NULL THEN 1 ELSE 0 END) AS INTEGER) AS contacted
       FROM requests WHERE closed_at IS NULL AND claimed_by IS NOT NULL GROUP BY claimed_by`,
    );
    const addressed = await this.sql.all<{ supporter_id: string; n: number }>(
      'SELECT supporter_id, CAST(COUNT(*) AS INTEGER) AS n FROM requests WHERE closed_at IS NULL AND claimed_by IS NULL AND supporter_id IS NOT NULL GROUP BY supporter_id',
    );
    return {
      held: new Map(held.map((row) => [row.account_id, { claimed: Number(row.claimed), attempted: Number(row.attempted), contacted: Number(row.contacted) }])),
      addressed: new Map(addressed.map((row) => [row.supporter_id, Number(row.n)])),
    };
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

  /**
   * Assigns (a coordinator) or hands back (`null`) an open request; false when it was closed meanwhile.
   * A try planned by whoever held it is dropped: the next holder plans their own (the count stays).
   */
  async setClaim(id: string, accountId: string | null): Promise<boolean> {
    const { changes } = await this.sql.run(
      'UPDATE requests SET claimed_by = ?, next_attempt_at = NULL, contacted_at = CASE WHEN CAST(? AS TEXT) IS NULL THEN NULL ELSE contacted_at END WHERE id = ? AND closed_at IS NULL',
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
      `UPDATE requests SET supporter_id = NULL, claimed_by = NULL, contacted_at = NULL, next_attempt_at = NULL, returned_reason = ?
       WHERE closed_at IS NULL AND (supporter_id = ? OR claimed_by IN (SELECT id FROM accounts WHERE supporter_id = ?))`,
      [reason, supporterId, supporterId],
    );
    return changes;
  }

  async markContacted(id: string, now: Date): Promise<void> {
    // In touch: no further try is planned.
    await this.sql.run('UPDATE requests SET contacted_at = ?, next_attempt_at = NULL WHERE id = ? AND closed_at IS NULL', [now.toISOString(), id]);
  }

  async close(id: string, now: Date, eraseAfter: Date): Promise<void> {
    await this.sql.run('UPDATE requests SET closed_at = ?, erase_after = ? WHERE id = ? AND closed_at IS NULL', [now.toISOString(), eraseAfter.toISOString(), id]);
  }

  /**
   * Erases closed requests whose grace period is over. Everything that could identify the person,
   * confirm a guess at what they wrote, or say who handled it goes: name, contact details, best times,
   * message, preferences, requester team, why it was returned, the supporter it was addressed to, the
   * account that took it, the tries to reach them, when notices went out and the body hash. Every time is cut to its ISO week. What stays is the
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
               attempts = NULL, last_attempt_at = NULL, next_attempt_at = NULL, due_soon_notified_at = NULL, overdue_notified_at = NULL, peer_to_peer = NULL,
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
