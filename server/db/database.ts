import { openConnection } from './connection.js';
import type { Db } from './connection.js';
import { PostgresSql } from './postgres.js';
import { seedSampleDataOnce } from './sample-data.js';
import { SqliteSql, toSql } from './sql.js';
import { storeOver } from './store.js';
import type { Store } from './store.js';
import { sampleDataWanted } from '../settings.js';

export interface StoreOptions {
  /** `postgres://…` (or `postgresql://…`): PostgreSQL; otherwise SQLite in `dbFile`. */
  databaseUrl?: string;
  /** SQLite file, or `:memory:`. */
  dbFile?: string;
  now?: () => Date;
  /** SQLite: how long a write waits for another writer before giving up (503). */
  busyTimeoutMs?: number;
  /** PostgreSQL: connections in the pool (PG_POOL_SIZE, default 10). */
  poolSize?: number;
  /** Fill a new database with the fictional sample data (default: unless SAMPLE_DATA=0). */
  sampleData?: boolean;
}

export const isPostgresUrl = (url: string | undefined): url is string => !!url && /^postgres(ql)?:\/\//.test(url);

/**
 * The program's storage as the server and the CLIs open it: migrated, then filled once with the
 * fictional sample data unless SAMPLE_DATA=0. On PostgreSQL both happen under an advisory lock, so
 * instances starting together do not race. Seeding lives here, above the repositories it uses, and
 * not in connection.ts, which they all import.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const now = options.now ?? (() => new Date());
  const seed = options.sampleData ?? sampleDataWanted();
  if (isPostgresUrl(options.databaseUrl)) {
    const sql = new PostgresSql(options.databaseUrl, options.poolSize);
    const store = storeOver(sql);
    try {
      await sql.underStartupLock(async () => {
        await sql.migrate();
        if (seed) await seedSampleDataOnce(store, now());
      });
    } catch (error) {
      await sql.close();
      throw error;
    }
    return store;
  }
  const store = storeOver(new SqliteSql(openConnection(options.dbFile ?? ':memory:', options.busyTimeoutMs)));
  if (seed) await seedSampleDataOnce(store, now());
  return store;
}

/**
 * A SQLite file opened, migrated and seeded like the server's, as a better-sqlite3 connection (tests
 * and tools that look at the file itself).
 */
export async function openDatabase(file: string, now: () => Date = () => new Date(), busyTimeoutMs = 5000): Promise<Db> {
  const db = openConnection(file, busyTimeoutMs);
  if (sampleDataWanted()) await seedSampleDataOnce(storeOver(toSql(db)), now());
  return db;
}
