/**
 * PostgreSQL through a `pg` Pool, selected by `DATABASE_URL=postgres://…`. The repositories' SQL is
 * the same as for SQLite; this adapter numbers the `?` parameters (`$1`, `$2`…), runs a transaction
 * on one pooled connection, applies the migrations at start under an advisory lock, and turns the
 * failures a retry can cure into `StorageUnavailableError`.
 *
 * Concurrency between instances rests on the statements themselves, at READ COMMITTED: idempotent
 * inserts are `INSERT … ON CONFLICT DO NOTHING` (the second writer waits for the first and stores
 * nothing), claims and erasure are conditional UPDATEs (`… AND claimed_by IS NULL`, `… AND erased_at
 * IS NULL`), sign-in links are spent by `UPDATE … RETURNING`. Commits are durable
 * (`synchronous_commit` is left at its default, on).
 */
import pg from 'pg';
import type { PoolClient } from 'pg';
import { migrations, migrationText } from './migrations.js';
import type { Sql, SqlValue } from './sql.js';
import { StorageUnavailableError } from './storage-error.js';

/** Any fixed number: every instance of this program takes the same advisory lock for migrations and seeding. */
const STARTUP_LOCK = 7_341_902_118;

// Codes a retry can cure: serialization failure, deadlock, connection exceptions (08…), resources
// (53…: disk full, out of memory, too many connections), operator intervention (57P0…), lock timeout.
const RETRYABLE_CODE = /^(40001|40P01|08...|53...|57P0[1-4]|55P03)$/;
const RETRYABLE_NODE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const RETRYABLE_MESSAGE = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end/;

export function postgresError(error: unknown): unknown {
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && (RETRYABLE_CODE.test(code) || RETRYABLE_NODE.has(code))) return new StorageUnavailableError(code, error);
  if (error instanceof Error && !code && RETRYABLE_MESSAGE.test(error.message)) return new StorageUnavailableError('PG_CONNECTION', error);
  return error;
}

const numbered = new Map<string, string>();
/**
 * `?` → `$1`, `$2`…; the repositories' SQL has no `?` inside literals. Statements stay unnamed, so
 * PostgreSQL plans each with its parameters' values: named (prepared) statements were tried for
 * `POST requests` and measured slower (about half the req/s, falling run after run as the table
 * grew; most likely the generic plan PostgreSQL switches to after five runs, not pinned down further).
 */
function numberParameters(text: string): string {
  let result = numbered.get(text);
  if (result === undefined) {
    let index = 0;
    result = text.replace(/\?/g, () => `$${++index}`);
    numbered.set(text, result);
  }
  return result;
}

type Queryable = Pick<pg.Pool | PoolClient | pg.Client, 'query'>;

async function query<T>(on: Queryable, text: string, params: SqlValue[] = []): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
  try {
    return await on.query<T & pg.QueryResultRow>(numberParameters(text), params);
  } catch (error) {
    throw postgresError(error);
  }
}

function runnerOn(on: Queryable) {
  return {
    all: async <T>(text: string, params?: SqlValue[]) => (await query<T>(on, text, params)).rows as T[],
    get: async <T>(text: string, params?: SqlValue[]) => (await query<T>(on, text, params)).rows[0] as T | undefined,
    run: async (text: string, params?: SqlValue[]) => ({ changes: (await query(on, text, params)).rowCount ?? 0 }),
  };
}

/** Connections in the pool unless PG_POOL_SIZE says otherwise. */
export const DEFAULT_POOL_SIZE = 10;

export class PostgresSql implements Sql {
  readonly dialect = 'postgres' as const;
  readonly pool: pg.Pool;
  private readonly runner;

  constructor(
    private readonly connectionString: string,
    poolSize = DEFAULT_POOL_SIZE,
  ) {
    this.pool = new pg.Pool({ connectionString, max: poolSize, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
    // An idle connection dropped by the server must not crash the process; the next query reconnects.
    this.pool.on('error', () => undefined);
    this.runner = runnerOn(this.pool);
  }

  all<T>(text: string, params?: SqlValue[]) {
    return this.runner.all<T>(text, params);
  }

  get<T>(text: string, params?: SqlValue[]) {
    return this.runner.get<T>(text, params);
  }

  run(text: string, params?: SqlValue[]) {
    return this.runner.run(text, params);
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw postgresError(error);
    }
    const tx: Sql = {
      dialect: 'postgres',
      ...runnerOn(client),
      transaction: (inner) => inner(tx),
      truncateWal: async () => true,
      schemaVersion: () => this.schemaVersion(),
      close: async () => undefined,
    };
    let broken = false;
    try {
      await query(client, 'BEGIN');
      const result = await work(tx);
      await query(client, 'COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true; // the connection is gone: the pool replaces it
      }
      throw error;
    } finally {
      client.release(broken);
    }
  }

  async truncateWal(): Promise<boolean> {
    return true;
  }

  async schemaVersion(): Promise<number> {
    const row = await this.get<{ version: number }>('SELECT version FROM schema_version');
    return row?.version ?? 0;
  }

  /**
   * Runs `work` while holding the startup advisory lock (a session lock on a connection of its own,
   * outside the pool, so that `work` has the whole pool even when it is one connection): two
   * instances starting together migrate and seed one after the other, never at once.
   */
  async underStartupLock<T>(work: () => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.connectionString, connectionTimeoutMillis: 5_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await query(client, 'SELECT pg_advisory_lock(?)', [STARTUP_LOCK]);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw postgresError(error);
    }
    try {
      return await work();
    } finally {
      // Ending the session releases its advisory lock.
      await client.end().catch(() => undefined);
    }
  }

  /** Applies the migrations not yet applied, in one transaction; call under `underStartupLock`. */
  async migrate(): Promise<void> {
    await this.run('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
    await this.transaction(async (tx) => {
      const row = await tx.get<{ version: number }>('SELECT version FROM schema_version FOR UPDATE');
      const applied = row?.version ?? 0;
      if (applied > migrations.length) throw new Error(`The database has ${applied} migrations applied; this version of the server knows ${migrations.length}. Run the newer server.`);
      if (applied === migrations.length) return;
      // Several statements in one text: pg sends it with the simple protocol (no parameters).
      for (const migration of migrations.slice(applied)) await tx.run(migrationText(migration, 'postgres'));
      if (row) await tx.run('UPDATE schema_version SET version = ?', [migrations.length]);
      else await tx.run('INSERT INTO schema_version (version) VALUES (?)', [migrations.length]);
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
