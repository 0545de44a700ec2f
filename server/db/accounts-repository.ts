import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Db } from './database.js';

export interface Account {
  id: string;
  role: 'supporter' | 'coordinator';
  supporterId?: string;
  displayName: string;
}

export interface SessionRecord {
  account: Account;
  csrfToken: string;
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

/** The only code that reads or writes accounts, sign-in links and sessions. */
export class AccountsRepository {
  constructor(private readonly db: Db) {}

  create(input: Omit<Account, 'id'>, now: Date): Account {
    const id = randomUUID();
    this.db
      .prepare('INSERT INTO accounts (id, role, supporter_id, display_name, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, input.role, input.supporterId ?? null, input.displayName, now.toISOString());
    return { id, ...input };
  }

  /** Supporter accounts, for a coordinator assigning requests. */
  supporters(): Account[] {
    return (this.db.prepare("SELECT id, role, supporter_id, display_name FROM accounts WHERE role = 'supporter' ORDER BY display_name COLLATE NOCASE").all() as AccountRow[]).map(toAccount);
  }

  find(id: string): Account | undefined {
    const row = this.db.prepare('SELECT id, role, supporter_id, display_name FROM accounts WHERE id = ?').get(id) as AccountRow | undefined;
    return row && toAccount(row);
  }

  /** A single-use sign-in token, valid for 15 minutes. */
  createSignInLink(accountId: string, now: Date): string {
    const token = newToken();
    this.db
      .prepare('INSERT INTO sign_in_links (token_hash, account_id, expires_at) VALUES (?, ?, ?)')
      .run(hash(token), accountId, new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000).toISOString());
    return token;
  }

  /** Spends a sign-in token for a new session; `undefined` when it is unknown, used or expired. */
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

  session(sessionToken: string, now: Date): SessionRecord | undefined {
    const row = this.db
      .prepare(
        `SELECT accounts.id, accounts.role, accounts.supporter_id, accounts.display_name, sessions.csrf_token, sessions.expires_at
         FROM sessions JOIN accounts ON accounts.id = sessions.account_id WHERE sessions.token_hash = ?`,
      )
      .get(hash(sessionToken)) as (AccountRow & { csrf_token: string; expires_at: string }) | undefined;
    if (!row || row.expires_at <= now.toISOString()) return undefined;
    return { account: toAccount(row), csrfToken: row.csrf_token };
  }

  endSession(sessionToken: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hash(sessionToken));
  }
}
