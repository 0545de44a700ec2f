/**
 * The one seam between the repositories and a database: plain SQL with `?` parameters, run by an
 * adapter for SQLite (this file) or PostgreSQL (postgres.ts). Repositories hold every query once;
 * where the dialects differ they ask `dialect` (a handful of places: case-insensitive ordering).
 *
 * Why plain SQL and no ORM or query builder: the queries are few and short, their exact shape is
 * what makes erasure, claims and idempotency safe (conditional UPDATEs, `INSERT … ON CONFLICT`), and
 * both databases accept the same text for all but a few words. A reader can check each guarantee
 * by reading the statement that gives it.
 */
import type Database from 'better-sqlite3';
import type { Statement } from 'better-sqlite3';
import { truncateWal } from './connection.js';
import { StorageUnavailableError } from './storage-error.js';

export type SqlValue = string | number | null;

export interface Sql {
  readonly dialect: 'sqlite' | 'postgres';
  all<T>(text: string, params?: SqlValue[]): Promise<T[]>;
  get<T>(text: string, params?: SqlValue[]): Promise<T | undefined>;
  /** A statement without rows; `changes` is how many rows it inserted, updated or deleted. */
  run(text: string, params?: SqlValue[]): Promise<{ changes: number }>;
  /**
   * Runs `work` in one transaction on one connection and commits, or rolls back when it throws.
   * Inside a transaction, `transaction` runs `work` in the same one.
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * SQLite: folds the write-ahead log into the file and truncates it (false when another reader is
   * in the way; see connection.ts). PostgreSQL has nothing of the kind: true.
   */
  truncateWal(): Promise<boolean>;
  /** How many migrations the database has applied (readiness compares it with `migrations.length`). */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

/** A case-insensitive sort key that orders the same way in both dialects (ASCII case folding, then bytes). */
export const caseless = (sql: Pick<Sql, 'dialect'>, column: string) => (sql.dialect === 'sqlite' ? `${column} COLLATE NOCASE` : `lower(${column}) COLLATE "C"`);

const RETRYABLE_SQLITE = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|PROTOCOL)/;

/** SQLite errors that a retry can cure (another writer, a full disk, an I/O hiccup) become one error type. */
export function sqliteError(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && RETRYABLE_SQLITE.test(code)) return new StorageUnavailableError(code, error);
  return error;
}

interface Runner {
  all<T>(text: string, params?: SqlValue[]): Promise<T[]>;
  get<T>(text: string, params?: SqlValue[]): Promise<T | undefined>;
  run(text: string, params?: SqlValue[]): Promise<{ changes: number }>;
}

/**
 * SQLite through better-sqlite3 on one connection. Its calls are synchronous; what this adds is a
 * lock: while one `transaction` awaits between its statements, statements and transactions of other
 * requests wait for it instead of slipping into it. Between processes, `BEGIN IMMEDIATE` takes the
 * file's write lock (waiting up to the busy timeout), so two writers never race a check-then-insert.
 */
export class SqliteSql implements Sql {
  readonly dialect = 'sqlite' as const;
  private readonly statements = new Map<string, Statement>();
  private busy: Promise<void> | undefined;

  constructor(readonly db: Database.Database) {}

  private statement(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  private readonly direct: Runner = {
    all: async <T>(text: string, params: SqlValue[] = []) => this.guard(() => this.statement(text).all(...params) as T[]),
    get: async <T>(text: string, params: SqlValue[] = []) => this.guard(() => this.statement(text).get(...params) as T | undefined),
    run: async (text: string, params: SqlValue[] = []) => this.guard(() => ({ changes: this.statement(text).run(...params).changes })),
  };

  private guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      throw sqliteError(error);
    }
  }

  /** A write outside a transaction is run as one, so that it waits for the file's write lock without blocking (see `begin`). */
  private writes(text: string): boolean {
    return !this.guard(() => this.statement(text).readonly);
  }

  async all<T>(text: string, params?: SqlValue[]): Promise<T[]> {
    if (this.writes(text)) return this.transaction((tx) => tx.all<T>(text, params));
    while (this.busy) await this.busy; // inline: the check and the statement run in one turn
    return this.direct.all<T>(text, params);
  }

  async get<T>(text: string, params?: SqlValue[]): Promise<T | undefined> {
    if (this.writes(text)) return this.transaction((tx) => tx.get<T>(text, params));
    while (this.busy) await this.busy;
    return this.direct.get<T>(text, params);
  }

  async run(text: string, params?: SqlValue[]): Promise<{ changes: number }> {
    if (this.writes(text)) return this.transaction((tx) => tx.run(text, params));
    while (this.busy) await this.busy;
    return this.direct.run(text, params);
  }

  /**
   * `BEGIN IMMEDIATE`, waiting for another process's write lock without blocking this one: SQLite's
   * own busy wait would stop the event loop (every request of this process, health checks included)
   * for up to the busy timeout. Here each attempt does not wait, and the next one comes after a short
   * timer, until the busy timeout has passed: then SQLITE_BUSY, a StorageUnavailableError (503).
   */
  private async begin(): Promise<void> {
    const busyTimeout = this.db.pragma('busy_timeout', { simple: true }) as number;
    const deadline = performance.now() + busyTimeout;
    for (let attempt = 0; ; attempt++) {
      this.db.pragma('busy_timeout = 0');
      try {
        this.db.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (!code.startsWith('SQLITE_BUSY') || performance.now() >= deadline) throw sqliteError(error);
      } finally {
        this.db.pragma(`busy_timeout = ${busyTimeout}`);
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(2 ** attempt, 25, Math.max(0, deadline - performance.now()))));
    }
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    // The check and the claim of the lock run in one turn of the event loop: no one slips in between.
    while (this.busy) await this.busy;
    let release!: () => void;
    this.busy = new Promise<void>((resolve) => (release = resolve));
    const tx: Sql = {
      dialect: 'sqlite',
      ...this.direct,
      transaction: (inner) => inner(tx),
      truncateWal: async () => false,
      schemaVersion: () => this.schemaVersion(),
      close: async () => undefined,
    };
    try {
      await this.begin();
      const result = await work(tx);
      this.guard(() => this.db.exec('COMMIT'));
      return result;
    } catch (error) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw error;
    } finally {
      this.busy = undefined;
      release();
    }
  }

  async truncateWal(): Promise<boolean> {
    while (this.busy) await this.busy;
    return truncateWal(this.db);
  }

  async schemaVersion(): Promise<number> {
    return this.guard(() => this.db.pragma('user_version', { simple: true }) as number);
  }

  async close(): Promise<void> {
    while (this.busy) await this.busy;
    this.db.close();
  }
}

/** What a repository is given: an adapter, or (tests, the browser rig) a better-sqlite3 connection, wrapped here. */
export type SqlSource = Sql | Database.Database;

const wrapped = new WeakMap<Database.Database, SqliteSql>();

export function toSql(source: SqlSource): Sql {
  if ('dialect' in source) return source;
  let sql = wrapped.get(source);
  if (!sql) {
    sql = new SqliteSql(source);
    wrapped.set(source, sql);
  }
  return sql;
}
