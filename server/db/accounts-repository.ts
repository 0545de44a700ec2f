import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from './connection.js';

export interface Account {
  id: string;
  role: 'supporter' | 'coordinator';
  supporterId?: string;
  displayName: string;
}

/** What an operator sees of an account (`npm run accounts:list`): never a token or a hash. */
export interface AccountSummary extends Account {
  /** When the account was disabled; absent while it is enabled. */
  disabledAt?: string;
  /** Sessions that have not expired yet. */
  liveSessions: number;
}

export interface SessionRecord {
  account: Account;
  csrfToken: string;
}

/** What revoking an account did, for the operator's report. */
export interface RevokeResult {
  /** True when the account had been disabled before this call (`disabledAt` is then the earlier time). */
  alreadyDisabled: boolean;
  disabledAt: string;
  endedSessions: number;
  deletedLinks: number;
}

const SIGN_IN_LINK_MINUTES = 15;
const SESSION_HOURS = 12;

/** Only hashes are stored: a copy of the database cannot be used to sign in. */
const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

interface AccountRow {
  id: string;
  role: Account['role'];
  supporter_id: string | null;
  display_name: string;
}
const toAccount = (row: AccountRow): Account => ({ id: row.id, role: row.role, displayName: row.display_name, ...(row.supporter_id ? { supporterId: row.supporter_id } : {}) });

/**
 * The only code that reads or writes accounts, sign-in links and sessions.
 *
 * A disabled account (`disabled_at` set) is invisible to everything that grants access: `find()`,
 * `supporters()`, `redeem()` and `session()` all act as if it did not exist, so a caller cannot
 * forget to refuse it. Only the operator's views (`findIncludingDisabled()`, `list()`) show it.
 */
export class AccountsRepository {
  constructor(private readonly db: Db) {}

  create(input: Omit<Account, 'id'>, now: Date): Account {
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO accounts (id, role, supporter_id, display_name, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, input.role, input.supporterId ?? null, input.displayName, now.toISOString());
    return { id, ...input };
  }

  /** Enabled supporter accounts, for a coordinator assigning requests. Disabled accounts are left out. */
  supporters(): Account[] {
    return (
      this.db
        .prepare("SELECT id, role, supporter_id, display_name FROM accounts WHERE role = 'supporter' AND disabled_at IS NULL ORDER BY display_name COLLATE NOCASE")
        .all() as AccountRow[]
    ).map(toAccount);
  }

  /** An enabled account; `undefined` when there is none with this id or it is disabled, so callers refuse it without checking. */
  find(id: string): Account | undefined {
    const row = this.db.prepare('SELECT id, role, supporter_id, display_name FROM accounts WHERE id = ? AND disabled_at IS NULL').get(id) as AccountRow | undefined;
    return row && toAccount(row);
  }

  /** Any account, enabled or not, with `disabledAt` when disabled: for the operator's CLIs, never for granting access. */
  findIncludingDisabled(id: string): (Account & { disabledAt?: string }) | undefined {
    const row = this.db.prepare('SELECT id, role, supporter_id, display_name, disabled_at FROM accounts WHERE id = ?').get(id) as (AccountRow & { disabled_at: string | null }) | undefined;
    return row && { ...toAccount(row), ...(row.disabled_at ? { disabledAt: row.disabled_at } : {}) };
  }

  /** Every account with its state and number of live sessions, for `npm run accounts:list`. */
  list(now: Date): AccountSummary[] {
    const rows = this.db
      .prepare(
        `SELECT accounts.id, accounts.role, accounts.supporter_id, accounts.display_name, accounts.disabled_at,
           (SELECT COUNT(*) FROM sessions WHERE sessions.account_id = accounts.id AND sessions.expires_at > ?) AS live_sessions
         FROM accounts ORDER BY accounts.role, accounts.display_name COLLATE NOCASE, accounts.id`,
      )
      .all(now.toISOString()) as (AccountRow & { disabled_at: string | null; live_sessions: number })[];
    return rows.map((row) => ({ ...toAccount(row), ...(row.disabled_at ? { disabledAt: row.disabled_at } : {}), liveSessions: row.live_sessions }));
  }

  /** A single-use sign-in token, valid for 15 minutes. Throws for an unknown or disabled account. */
  createSignInLink(accountId: string, now: Date): string {
    if (!this.find(accountId)) throw new Error(`No enabled account ${accountId}.`);
    const token = newToken();
    this.db
      .prepare('INSERT INTO sign_in_links (token_hash, account_id, expires_at) VALUES (?, ?, ?)')
      .run(hash(token), accountId, new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000).toISOString());
    return token;
  }

  /** Spends a sign-in token for a new session; `undefined` when it is unknown, used or expired, or its account is disabled. */
  redeem(linkToken: string, now: Date): { sessionToken: string; session: SessionRecord } | undefined {
    return this.db.transaction(() => {
      const link = this.db.prepare('SELECT account_id, expires_at, used_at FROM sign_in_links WHERE token_hash = ?').get(hash(linkToken)) as
        | { account_id: string; expires_at: string; used_at: string | null }
        | undefined;
      if (!link || link.used_at || link.expires_at <= now.toISOString()) return undefined;
      this.db.prepare('UPDATE sign_in_links SET used_at = ? WHERE token_hash = ?').run(now.toISOString(), hash(linkToken));
      const account = this.find(link.account_id);
      if (!account) return undefined;
      const sessionToken = newToken();
      const csrfToken = newToken();
      this.db
        .prepare('INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)')
        .run(hash(sessionToken), account.id, csrfToken, now.toISOString(), new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString());
      return { sessionToken, session: { account, csrfToken } };
    })();
  }

  /** The live session for this token; `undefined` when unknown, expired, or its account is disabled. */
  session(sessionToken: string, now: Date): SessionRecord | undefined {
    const row = this.db
      .prepare(
        `SELECT accounts.id, accounts.role, accounts.supporter_id, accounts.display_name, sessions.csrf_token, sessions.expires_at
         FROM sessions JOIN accounts ON accounts.id = sessions.account_id
         WHERE sessions.token_hash = ? AND accounts.disabled_at IS NULL`,
      )
      .get(hash(sessionToken)) as (AccountRow & { csrf_token: string; expires_at: string }) | undefined;
    if (!row || row.expires_at <= now.toISOString()) return undefined;
    return { account: toAccount(row), csrfToken: row.csrf_token };
  }

  endSession(sessionToken: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hash(sessionToken));
  }

  /** Ends every session of the account (sign out everywhere); returns how many there were. */
  endAllSessions(accountId: string): number {
    return this.db.prepare('DELETE FROM sessions WHERE account_id = ?').run(accountId).changes;
  }

  /**
   * Disables the account, ends every session and deletes its unused sign-in links, in one
   * transaction; `undefined` for an unknown id. Revoking a disabled account again keeps the first
   * `disabledAt` and still clears anything left.
   */
  revoke(accountId: string, now: Date): RevokeResult | undefined {
    return this.db.transaction(() => {
      const account = this.findIncludingDisabled(accountId);
      if (!account) return undefined;
      const disabledAt = account.disabledAt ?? now.toISOString();
      if (!account.disabledAt) this.db.prepare('UPDATE accounts SET disabled_at = ? WHERE id = ?').run(disabledAt, accountId);
      const endedSessions = this.endAllSessions(accountId);
      const deletedLinks = this.db.prepare('DELETE FROM sign_in_links WHERE account_id = ? AND used_at IS NULL').run(accountId).changes;
      return { alreadyDisabled: !!account.disabledAt, disabledAt, endedSessions, deletedLinks };
    })();
  }

  /** Same as `revoke()` (disabled, sessions ended, unused links deleted), for code that needs no report. An unknown id does nothing. */
  disable(accountId: string, now: Date): void {
    this.revoke(accountId, now);
  }

  /**
   * Disables every account linked to this roster id (someone who left the roster); returns how many
   * were enabled until now. Call it before the supporter's row is deleted: deleting it sets
   * `accounts.supporter_id` to NULL, and the link to the accounts is lost.
   */
  disableForSupporter(supporterId: string, now: Date): number {
    return this.db.transaction(() => {
      const ids = (this.db.prepare('SELECT id FROM accounts WHERE supporter_id = ?').all(supporterId) as { id: string }[]).map((row) => row.id);
      return ids.map((id) => this.revoke(id, now)).filter((result) => result && !result.alreadyDisabled).length;
    })();
  }

  /** Lets a disabled account sign in again (with a new link); false for an unknown id. */
  enable(accountId: string): boolean {
    return this.db.prepare('UPDATE accounts SET disabled_at = NULL WHERE id = ?').run(accountId).changes > 0;
  }

  /** Roster ids that have at least one enabled supporter account: the people who can actually read their inbox. */
  activeSupporterIds(): Set<string> {
    const rows = this.db
      .prepare("SELECT DISTINCT supporter_id FROM accounts WHERE role = 'supporter' AND supporter_id IS NOT NULL AND disabled_at IS NULL")
      .all() as { supporter_id: string }[];
    return new Set(rows.map((row) => row.supporter_id));
  }

  /** Deletes expired sessions and sign-in links that are used or expired: nothing that could still sign anyone in is kept longer than needed. */
  purgeExpired(now: Date): { sessions: number; links: number } {
    return this.db.transaction(() => {
      const at = now.toISOString();
      const sessions = this.db.prepare('DELETE FROM sessions WHERE expires_at <= ?').run(at).changes;
      const links = this.db.prepare('DELETE FROM sign_in_links WHERE used_at IS NOT NULL OR expires_at <= ?').run(at).changes;
      return { sessions, links };
    })();
  }
}
