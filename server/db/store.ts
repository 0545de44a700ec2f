/**
 * The storage the routes, the maintenance sweep and the CLIs see: the repositories and a
 * transaction, nothing of the database behind them. Two implementations share every query (see
 * sql.ts): SQLite (the default, one embedded file) and PostgreSQL (`DATABASE_URL=postgres://…`),
 * opened by `openStore` in database.ts.
 */
import { AccountsRepository } from './accounts-repository.js';
import { ContactsRepository } from './contacts-repository.js';
import { migrations } from './migrations.js';
import { RateLimitsRepository } from './rate-limits-repository.js';
import { RequestsRepository } from './requests-repository.js';
import { ResourcesRepository } from './resources-repository.js';
import type { Sql } from './sql.js';
import { SupportersRepository } from './supporters-repository.js';

export { StorageUnavailableError } from './storage-error.js';

export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  readonly supporters: SupportersRepository;
  readonly resources: ResourcesRepository;
  readonly requests: RequestsRepository;
  readonly accounts: AccountsRepository;
  readonly contacts: ContactsRepository;
  /** Abuse-limit counters shared by every instance on this database (server/limits.ts). */
  readonly rateLimits: RateLimitsRepository;
  /**
   * Runs `work` in one transaction; `tx` is this store bound to it. It commits when `work` resolves
   * and rolls back when it throws (an `HttpProblem` refusal stores nothing).
   */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>;
  /** Readiness: the database answers and every migration this version knows is applied. */
  ready(): Promise<{ ok: true } | { ok: false; reason: 'unreachable' | 'migrations-pending' }>;
  close(): Promise<void>;
  /** The adapter underneath, for the maintenance sweep's WAL step and for tests. */
  readonly sql: Sql;
}

/** The store over one adapter (or over a transaction of it). */
export function storeOver(sql: Sql, requests = new RequestsRepository(sql)): Store {
  const store: Store = {
    dialect: sql.dialect,
    sql,
    supporters: new SupportersRepository(sql),
    resources: new ResourcesRepository(sql),
    requests,
    accounts: new AccountsRepository(sql),
    contacts: new ContactsRepository(sql),
    rateLimits: new RateLimitsRepository(sql),
    transaction: (work) => sql.transaction((tx) => work(tx === sql ? store : storeOver(tx))),
    async ready() {
      try {
        return (await sql.schemaVersion()) >= migrations.length ? { ok: true } : { ok: false, reason: 'migrations-pending' };
      } catch {
        return { ok: false, reason: 'unreachable' };
      }
    },
    close: () => sql.close(),
  };
  return store;
}
