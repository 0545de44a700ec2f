import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { caseless, toSql } from './sql.js';
import type { Sql, SqlSource } from './sql.js';

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

/** An enabled account as the notifier sees it: whom to tell, and what decides whether they are told. */
export interface NotifiableAccount {
  id: string;
  role: Account['role'];
  supporterId?: string;
  /** The roster team of the linked supporter, for "not my team". */
  team?: string;
  /** The linked supporter's availability; absent for coordinators and unlinked accounts. */
  availability?: 'available' | 'busy' | 'on-break' | 'off-duty';
  /** Where the account asked to be told by e-mail, if anywhere. */
  email?: string;
}

/** A plain check of an e-mail address's shape (one @, a dot in the domain, no spaces or angle brackets). */
export const plausibleEmail = (value: string) => value.length <= 254 && /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/.test(value);

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
  private readonly sql: Sql;

  constructor(source: SqlSource) {
    this.sql = toSql(source);
  }

  /** A new account; `email` (optional) is where the e-mail channel tells it of requests. */
  async create(input: Omit<Account, 'id'> & { email?: string }, now: Date): Promise<Account> {
    const id = randomUUID();
    const { email, ...account } = input;
    await this.sql.run('INSERT INTO accounts (id, role, supporter_id, display_name, created_at, email) VALUES (?, ?, ?, ?, ?, ?)', [
      id,
      account.role,
      account.supporterId ?? null,
      account.displayName,
      now.toISOString(),
      email ?? null,
    ]);
    return { id, ...account };
  }

  /** Sets (or, with `null`, removes) the address the account is told at by e-mail; false for an unknown id. */
  async setEmail(accountId: string, email: string | null): Promise<boolean> {
    return (await this.sql.run('UPDATE accounts SET email = ? WHERE id = ?', [email, accountId])).changes > 0;
  }

  /** The account's notification e-mail address, if it has one (enabled or not: for the operator's CLIs). */
  async emailOf(accountId: string): Promise<string | undefined> {
    return (await this.sql.get<{ email: string | null }>('SELECT email FROM accounts WHERE id = ?', [accountId]))?.email ?? undefined;
  }

  /**
   * Every enabled account with what decides whether it is told of a request (role, roster link,
   * team, availability) and its e-mail address: one query per notice (server/notify/recipients.ts).
   */
  async notifiable(): Promise<NotifiableAccount[]> {
    const rows = await this.sql.all<{ id: string; role: Account['role']; supporter_id: string | null; team: string | null; availability_status: NotifiableAccount['availability'] | null; email: string | null }>(
      `SELECT accounts.id, accounts.role, accounts.supporter_id, supporters.team, supporters.availability_status, accounts.email
       FROM accounts LEFT JOIN supporters ON supporters.id = accounts.supporter_id
       WHERE accounts.disabled_at IS NULL ORDER BY accounts.id`,
    );
    return rows.map((row) => ({
      id: row.id,
      role: row.role,
      ...(row.supporter_id ? { supporterId: row.supporter_id } : {}),
      ...(row.team ? { team: row.team } : {}),
      ...(row.availability_status ? { availability: row.availability_status } : {}),
      ...(row.email ? { email: row.email } : {}),
    }));
  }

  /** Enabled supporter accounts, for a coordinator assigning requests. Disabled accounts are left out. */
  async supporters(): Promise<Account[]> {
    const rows = await this.sql.all<AccountRow>(
      `SELECT id, role, supporter_id, display_name FROM accounts WHERE role = 'supporter' AND disabled_at IS NULL ORDER BY ${caseless(this.sql, 'display_name')}, id`,
    );
    return rows.map(toAccount);
  }

  /** An enabled account; `undefined` when there is none with this id or it is disabled, so callers refuse it without checking. */
  async find(id: string): Promise<Account | undefined> {
    const row = await this.sql.get<AccountRow>('SELECT id, role, supporter_id, display_name FROM accounts WHERE id = ? AND disabled_at IS NULL', [id]);
    return row && toAccount(row);
  }

  /** Any account, enabled or not, with `disabledAt` when disabled: for the operator's CLIs, never for granting access. */
  async findIncludingDisabled(id: string): Promise<(Account & { disabledAt?: string }) | undefined> {
    const row = await this.sql.get<AccountRow & { disabled_at: string | null }>('SELECT id, role, supporter_id, display_name, disabled_at FROM accounts WHERE id = ?', [id]);
    return row && { ...toAccount(row), ...(row.disabled_at ? { disabledAt: row.disabled_at } : {}) };
  }

  /** Every account with its state and number of live sessions, for `npm run accounts:list`. */
  async list(now: Date): Promise<AccountSummary[]> {
    const rows = await this.sql.all<AccountRow & { disabled_at: string | null; live_sessions: number }>(
      `SELECT accounts.id, accounts.role, accounts.supporter_id, accounts.display_name, accounts.disabled_at,
         (SELECT CAST(COUNT(*) AS INTEGER) FROM sessions WHERE sessions.account_id = accounts.id AND sessions.expires_at > ?) AS live_sessions
       FROM accounts ORDER BY accounts.role, ${caseless(this.sql, 'accounts.display_name')}, accounts.id`,
      [now.toISOString()],
    );
    return rows.map((row) => ({ ...toAccount(row), ...(row.disabled_at ? { disabledAt: row.disabled_at } : {}), liveSessions: row.live_sessions }));
  }

  /** A single-use sign-in token, valid for 15 minutes. Throws for an unknown or disabled account. */
  async createSignInLink(accountId: string, now: Date): Promise<string> {
    if (!(await this.find(accountId))) throw new Error(`No enabled account ${accountId}.`);
    const token = newToken();
    await this.sql.run('INSERT INTO sign_in_links (token_hash, account_id, expires_at) VALUES (?, ?, ?)', [
      hash(token),
      accountId,
      new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000).toISOString(),
    ]);
    return token;
  }

  /**
   * Spends a sign-in token for a new session; `undefined` when it is unknown, used or expired, or its
   * account is disabled. The link is spent by a conditional UPDATE, so two instances redeeming the
   * same link at once give one session, never two.
   */
  async redeem(linkToken: string, now: Date): Promise<{ sessionToken: string; session: SessionRecord } | undefined> {
    return this.sql.transaction(async (tx) => {
      const at = now.toISOString();
      const link = await tx.get<{ account_id: string }>(
        'UPDATE sign_in_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL AND expires_at > ? RETURNING account_id',
        [at, hash(linkToken), at],
      );
      if (!link) return undefined;
      const account = await new AccountsRepository(tx).find(link.account_id);
      if (!account) return undefined;
      const sessionToken = newToken();
      const csrfToken = newToken();
      await tx.run('INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)', [
        hash(sessionToken),
        account.id,
        csrfToken,
        at,
        new Date(now.getTime() + SESSION_HOURS * 3_600_000).toISOString(),
      ]);
      return { sessionToken, session: { account, csrfToken } };
    });
  }

  /** The live session for this token; `undefined` when unknown, expired, or its account is disabled. */
  async session(sessionToken: string, now: Date): Promise<SessionRecord | undefined> {
    const row = await this.sql.get<AccountRow & { csrf_token: string; expires_at: string }>(
      `SELECT accounts.id, accounts.role, accounts.supporter_id, accounts.display_name, sessions.csrf_token, sessions.expires_at
       FROM sessions JOIN accounts ON accounts.id = sessions.account_id
       WHERE sessions.token_hash = ? AND accounts.disabled_at IS NULL`,
      [hash(sessionToken)],
    );
    if (!row || row.expires_at <= now.toISOString()) return undefined;
    return { account: toAccount(row), csrfToken: row.csrf_token };
  }

  async endSession(sessionToken: string): Promise<void> {
    await this.sql.run('DELETE FROM sessions WHERE token_hash = ?', [hash(sessionToken)]);
  }

  /** Ends every session of the account (sign out everywhere); returns how many there were. */
  async endAllSessions(accountId: string): Promise<number> {
    return (await this.sql.run('DELETE FROM sessions WHERE account_id = ?', [accountId])).changes;
  }

  /**
   * Disables the account, ends every session and deletes its unused sign-in links and its push
   * subscriptions, in one
   * transaction; `undefined` for an unknown id. Revoking a disabled account again keeps the first
   * `disabledAt` and still clears anything left.
   */
  async revoke(accountId: string, now: Date): Promise<RevokeResult | undefined> {
    return this.sql.transaction(async (tx) => {
      const accounts = new AccountsRepository(tx);
      const account = await accounts.findIncludingDisabled(accountId);
      if (!account) return undefined;
      const disabledAt = account.disabledAt ?? now.toISOString();
      if (!account.disabledAt) await tx.run('UPDATE accounts SET disabled_at = ? WHERE id = ?', [disabledAt, accountId]);
      const endedSessions = await accounts.endAllSessions(accountId);
      const deletedLinks = (await tx.run('DELETE FROM sign_in_links WHERE account_id = ? AND used_at IS NULL', [accountId])).changes;
      // A disabled account is told nothing: its browsers' push subscriptions go with it.
      await tx.run('DELETE FROM push_subscriptions WHERE account_id = ?', [accountId]);
      return { alreadyDisabled: !!account.disabledAt, disabledAt, endedSessions, deletedLinks };
    });
  }

  /** Same as `revoke()` (disabled, sessions ended, unused links deleted), for code that needs no report. An unknown id does nothing. */
  async disable(accountId: string, now: Date): Promise<void> {
    await this.revoke(accountId, now);
  }

  /**
   * Disables every account linked to this roster id (someone who left the roster); returns how many
   * were enabled until now. Call it before the supporter's row is deleted: deleting it sets
   * `accounts.supporter_id` to NULL, and the link to the accounts is lost.
   */
  async disableForSupporter(supporterId: string, now: Date): Promise<number> {
    return this.sql.transaction(async (tx) => {
      const accounts = new AccountsRepository(tx);
      const ids = (await tx.all<{ id: string }>('SELECT id FROM accounts WHERE supporter_id = ?', [supporterId])).map((row) => row.id);
      let disabled = 0;
      for (const id of ids) {
        const result = await accounts.revoke(id, now);
        if (result && !result.alreadyDisabled) disabled++;
      }
      return disabled;
    });
  }

  /** Lets a disabled account sign in again (with a new link); false for an unknown id. */
  async enable(accountId: string): Promise<boolean> {
    return (await this.sql.run('UPDATE accounts SET disabled_at = NULL WHERE id = ?', [accountId])).changes > 0;
  }

  /** Roster ids that have at least one enabled supporter account: the people who can actually read their inbox. */
  async activeSupporterIds(): Promise<Set<string>> {
    const rows = await this.sql.all<{ supporter_id: string }>(
      "SELECT DISTINCT supporter_id FROM accounts WHERE role = 'supporter' AND supporter_id IS NOT NULL AND disabled_at IS NULL",
    );
    return new Set(rows.map((row) => row.supporter_id));
  }

  /**
   * Roster ids on the roster with at least one enabled supporter account, each with its roster team:
   * whom a new request can reach (one query, on every new request).
   */
  async reachableSupporters(): Promise<Map<string, string | undefined>> {
    const rows = await this.sql.all<{ id: string; team: string | null }>(
      `SELECT DISTINCT supporters.id, supporters.team FROM supporters JOIN accounts ON accounts.supporter_id = supporters.id
       WHERE accounts.role = 'supporter' AND accounts.disabled_at IS NULL`,
    );
    return new Map(rows.map((row) => [row.id, row.team ?? undefined]));
  }

  /** Deletes expired sessions and sign-in links that are used or expired: nothing that could still sign anyone in is kept longer than needed. */
  async purgeExpired(now: Date): Promise<{ sessions: number; links: number }> {
    return this.sql.transaction(async (tx) => {
      const at = now.toISOString();
      const sessions = (await tx.run('DELETE FROM sessions WHERE expires_at <= ?', [at])).changes;
      const links = (await tx.run('DELETE FROM sign_in_links WHERE used_at IS NOT NULL OR expires_at <= ?', [at])).changes;
      return { sessions, links };
    });
  }
}
