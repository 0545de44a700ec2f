/**
 * Application-level backup and restore, the same on both stores (`npm run backup`, `npm run restore`).
 *
 * A backup is one file of JSON lines: a header (format, format version, schema version, where it came
 * from, rows per table), one line per row (`{"table":…,"row":{column: value}}`, values text, numbers or
 * null, as both databases hold them), and an end line with the row total and the SHA-256 of every
 * byte before it. Every table is read inside ONE read-only snapshot (SQLite: a read transaction on a
 * connection of its own; PostgreSQL: REPEATABLE READ READ ONLY), so a backup taken while the server
 * keeps writing is one moment of the program, never half of a request's changes. The file is written
 * owner-only (0600) under a temporary name, synced, then renamed: a backup that did not finish never
 * sits under the name an operator will restore from.
 *
 * What a backup holds is the program's data: the roster, resources, accounts, requests (as far as
 * erasure has left them), the anonymous contact tallies, Web Push subscriptions and `meta` (the VAPID
 * key pair those subscriptions were made with, the sample-data mark). It leaves out what is not data
 * and must not come back from an older copy: sessions and sign-in links (credentials: a restore must
 * never revive a sign-in ended, or an account's access revoked, after the backup was taken, so
 * everyone signs in again) and the abuse-limit counters with their key (`rate_limits` is an unlogged
 * scratch table on PostgreSQL; a crash resets it too).
 *
 * A restore reads and checks the whole file before it touches any database (a truncated, edited or
 * newer file changes nothing), refuses a database that already holds data, migrates the new one, and
 * inserts every row in one transaction. SQLite → PostgreSQL and back is the way to move stores.
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl, openStore } from './database.js';
import { migrations } from './migrations.js';
import type { SqlValue } from './sql.js';
import { databaseFile } from '../settings.js';

export const BACKUP_FORMAT = 'peer-support-backup';
/** The layout of the file itself; a file with a larger number was written by a newer version. */
export const BACKUP_FORMAT_VERSION = 1;

/** The tables of a backup, parents before children (the order a restore inserts in), each with its primary key. */
export const BACKUP_TABLES = [
  { name: 'meta', key: 'key' },
  { name: 'supporters', key: 'id' },
  { name: 'resources', key: 'id' },
  { name: 'accounts', key: 'id' },
  { name: 'requests', key: 'id' },
  { name: 'contacts', key: 'id' },
  { name: 'push_subscriptions', key: 'endpoint' },
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number]['name'];

/** Left out on purpose (see above); a restore checks these too when it asks whether a database is empty. */
const CREDENTIAL_TABLES = ['sessions', 'sign_in_links'] as const;
/** `meta` rows that go with the limit counters: the key of their hashes (a new one is made on first use). */
const EPHEMERAL_META = ['rate-limit-key'];
/**
 * `meta` rows a server makes on its own in a new database (the limit key, the VAPID key pair on its
 * first sweep): a database holding only these is still new. A restore replaces the VAPID keys with the
 * backup's, which its push subscriptions were made with.
 */
const GENERATED_META = [...EPHEMERAL_META, 'vapid-keys'];
const metaKeys = async (snapshot: Snapshot) => (await snapshot.page('meta', 'key', undefined, 100_000)).map((row) => String(row.key));

/** Where a backup is read from or restored to, as the server names it: DATABASE_URL, else the SQLite file. */
export interface BackupTarget {
  databaseUrl?: string;
  dbFile?: string;
}

/** The database the server would open: PostgreSQL when DATABASE_URL is a postgres:// URL, else the SQLite file DB_FILE. */
export function targetFromEnvironment(env: NodeJS.ProcessEnv = process.env): BackupTarget {
  const databaseUrl = env.DATABASE_URL;
  if (isPostgresUrl(databaseUrl)) return { databaseUrl };
  if (databaseUrl) throw new BackupError('DATABASE_URL must be a postgres:// (or postgresql://) URL; leave it unset for SQLite, which uses DB_FILE.');
  return { dbFile: env.DB_FILE ?? databaseFile() };
}

/** A refusal with a message for the operator (no stack trace). */
export class BackupError extends Error {}

type Row = Record<string, SqlValue>;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** Migrations applied to the database it was taken from (server/db/migrations.ts). */
  schemaVersion: number;
  createdAt: string;
  source: 'sqlite' | 'postgres';
  /** Rows per table, in restore order. */
  tables: Partial<Record<BackupTable, number>>;
}

export interface Backup {
  header: BackupHeader;
  rows: { table: BackupTable; row: Row }[];
}

const isPostgres = (target: BackupTarget): target is { databaseUrl: string } => isPostgresUrl(target.databaseUrl);
/** How a database is named in messages: never the URL, which may hold a password. */
export const describeTarget = (target: BackupTarget) => (isPostgres(target) ? 'the PostgreSQL database at DATABASE_URL' : `the SQLite database ${target.dbFile}`);
const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

/** One read-only, consistent view of a database while it is open. */
interface Snapshot {
  dialect: 'sqlite' | 'postgres';
  schemaVersion(): Promise<number>;
  hasTable(name: string): Promise<boolean>;
  count(table: string): Promise<number>;
  /** Rows ordered by `key` (byte order in both dialects), those after `after`, at most `limit`. */
  page(table: string, key: string, after: string | undefined, limit: number): Promise<Row[]>;
}

/** Runs `work` on one read-only snapshot of `target`, which must exist: nothing is created or migrated. */
async function withSnapshot<T>(target: BackupTarget, work: (snapshot: Snapshot) => Promise<T>): Promise<T> {
  if (isPostgres(target)) {
    const client = new pg.Client({ connectionString: target.databaseUrl, connectionTimeoutMillis: 5_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (error) {
      throw new BackupError(`Could not connect to ${describeTarget(target)}: ${(error as Error).message}`);
    }
    const rows = async <R>(text: string, params: SqlValue[] = []) => (await client.query(text, params)).rows as R[];
    const snapshot: Snapshot = {
      dialect: 'postgres',
      async hasTable(name) {
        return (await rows<{ found: string | null }>('SELECT to_regclass($1)::text AS found', [name]))[0].found !== null;
      },
      async schemaVersion() {
        if (!(await snapshot.hasTable('schema_version'))) return 0;
        return (await rows<{ version: number }>('SELECT version FROM schema_version'))[0]?.version ?? 0;
      },
      async count(table) {
        return Number((await rows<{ n: string }>(`SELECT count(*) AS n FROM ${quote(table)}`))[0].n);
      },
      page: (table, key, after, limit) =>
        after === undefined
          ? rows<Row>(`SELECT * FROM ${quote(table)} ORDER BY ${quote(key)} COLLATE "C" LIMIT $1`, [limit])
          : rows<Row>(`SELECT * FROM ${quote(table)} WHERE ${quote(key)} COLLATE "C" > $1 ORDER BY ${quote(key)} COLLATE "C" LIMIT $2`, [after, limit]),
    };
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const result = await work(snapshot);
      await client.query('COMMIT');
      return result;
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  const file = target.dbFile ?? '';
  if (!file || file === ':memory:' || !existsSync(file)) throw new BackupError(`There is no database at ${file || '(no file)'}. Set DB_FILE to the server's database file, or DATABASE_URL for PostgreSQL.`);
  // A connection of its own: the server's may be in the middle of a write transaction.
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  const snapshot: Snapshot = {
    dialect: 'sqlite',
    async hasTable(name) {
      return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
    },
    async schemaVersion() {
      return db.pragma('user_version', { simple: true }) as number;
    },
    async count(table) {
      return (db.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n;
    },
    page: async (table, key, after, limit) => {
      // better-sqlite3 reads synchronously: let the event loop breathe between pages, so a backup run
      // inside a serving process does not hold up its requests.
      await new Promise((resolve) => setImmediate(resolve));
      return (after === undefined
        ? db.prepare(`SELECT * FROM ${quote(table)} ORDER BY ${quote(key)} LIMIT ?`).all(limit)
        : db.prepare(`SELECT * FROM ${quote(table)} WHERE ${quote(key)} > ? ORDER BY ${quote(key)} LIMIT ?`).all(after, limit)) as Row[];
    },
  };
  try {
    // A deferred transaction: its first read fixes the snapshot, and every read after it sees that
    // same moment while the server goes on writing (WAL). It takes no write lock.
    db.exec('BEGIN');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    const result = await work(snapshot);
    db.exec('COMMIT');
    return result;
  } finally {
    db.close();
  }
}

function checkedValue(table: string, column: string, value: unknown): SqlValue {
  if (value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return value;
  if (typeof value === 'bigint') return Number(value);
  throw new BackupError(`${table}.${column} holds a value of a kind a backup cannot carry (${typeof value}).`);
}

export interface BackupSummary {
  file: string;
  header: BackupHeader;
  rows: number;
  bytes: number;
}

export interface BackupOptions {
  now?: Date;
  /** Rows read per query (tests make it small, so a backup spans many reads while the server writes). */
  pageSize?: number;
  /** Called after each page is read (tests: to write through the server in the middle of a backup). */
  afterPage?: (table: BackupTable) => Promise<void>;
}

/**
 * Writes a backup of `source` to `out`: one snapshot, JSON lines, checksummed, mode 0600, atomically
 * (a temporary file beside `out`, synced, renamed over it).
 */
export async function writeBackup(source: BackupTarget, out: string, options: BackupOptions = {}): Promise<BackupSummary> {
  const pageSize = Math.max(1, options.pageSize ?? 1000);
  if (!isPostgres(source) && source.dbFile && ['', '-wal', '-shm', '-journal'].some((suffix) => resolve(`${source.dbFile}${suffix}`) === resolve(out))) {
    throw new BackupError(`${out} is the database itself (or one of its files): name another file for the backup.`);
  }
  const temporary = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.partial`);
  return withSnapshot(source, async (snapshot) => {
    const schemaVersion = await snapshot.schemaVersion();
    if (schemaVersion === 0) throw new BackupError(`${describeTarget(source)} has no tables of this program yet: there is nothing to back up.`);
    if (schemaVersion > migrations.length) {
      throw new BackupError(`${describeTarget(source)} was last migrated by a newer version of this server (schema ${schemaVersion}; this version knows ${migrations.length}). Back it up with that version.`);
    }
    const present = [];
    for (const table of BACKUP_TABLES) if (await snapshot.hasTable(table.name)) present.push(table);
    const tables: BackupHeader['tables'] = {};
    for (const table of present) {
      tables[table.name] = table.name === 'meta' ? (await metaKeys(snapshot)).filter((key) => !EPHEMERAL_META.includes(key)).length : await snapshot.count(table.name);
    }
    const header: BackupHeader = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, schemaVersion, createdAt: (options.now ?? new Date()).toISOString(), source: snapshot.dialect, tables };

    const fd = openSync(temporary, 'wx', 0o600);
    let renamed = false;
    try {
      chmodSync(temporary, 0o600); // whatever the umask, owner only
      const hash = createHash('sha256');
      let bytes = 0;
      let pending: string[] = [];
      let pendingLength = 0;
      const flush = () => {
        const buffer = Buffer.from(pending.join(''), 'utf8');
        hash.update(buffer);
        for (let offset = 0; offset < buffer.length; ) offset += writeSync(fd, buffer, offset);
        bytes += buffer.length;
        pending = [];
        pendingLength = 0;
      };
      const line = (value: unknown) => {
        const text = `${JSON.stringify(value)}\n`;
        pending.push(text);
        pendingLength += text.length;
        if (pendingLength > 1 << 20) flush();
      };
      line(header);
      let total = 0;
      for (const table of present) {
        let written = 0;
        let after: string | undefined;
        for (;;) {
          const page = await snapshot.page(table.name, table.key, after, pageSize);
          await options.afterPage?.(table.name);
          for (const row of page) {
            if (table.name === 'meta' && EPHEMERAL_META.includes(String(row.key))) continue;
            const clean: Row = {};
            for (const [column, value] of Object.entries(row)) clean[column] = checkedValue(table.name, column, value);
            line({ table: table.name, row: clean });
            written++;
          }
          if (page.length < pageSize) break;
          after = String(page[page.length - 1][table.key]);
        }
        if (written !== tables[table.name]) throw new Error(`${table.name}: counted ${tables[table.name]} rows but read ${written}; the snapshot did not hold.`);
        total += written;
      }
      flush();
      const end = `${JSON.stringify({ end: BACKUP_FORMAT, rows: total, sha256: hash.digest('hex') })}\n`;
      writeSync(fd, end);
      bytes += Buffer.byteLength(end);
      fsyncSync(fd);
      closeSync(fd);
      renameSync(temporary, out);
      renamed = true;
      syncFolder(dirname(out));
      return { file: out, header, rows: total, bytes };
    } finally {
      if (!renamed) {
        try {
          closeSync(fd);
        } catch {
          // already closed
        }
        rmSync(temporary, { force: true });
      }
    }
  });
}

/** Makes the rename itself durable (where the platform lets a folder be synced). */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform syncs a folder; the file itself is synced.
  }
}

/**
 * Reads and checks a backup file completely: its header (a backup of this program, not of a newer
 * version), its end line (the file is complete), its checksum (nothing was changed), and that every
 * row belongs to a table it announced, in the announced numbers. Touches no database.
 */
export function readBackupFile(file: string): Backup {
  let data: Buffer;
  try {
    data = readFileSync(file);
  } catch (error) {
    throw new BackupError(`Could not read ${file}: ${(error as Error).message}`);
  }
  const notBackup = new BackupError(`${file} is not a backup made by npm run backup.`);
  const firstBreak = data.indexOf(0x0a);
  let header: BackupHeader;
  try {
    header = JSON.parse(data.subarray(0, firstBreak === -1 ? data.length : firstBreak).toString('utf8'));
  } catch {
    throw notBackup;
  }
  if (!header || typeof header !== 'object' || header.format !== BACKUP_FORMAT) throw notBackup;
  if (!Number.isInteger(header.formatVersion) || !Number.isInteger(header.schemaVersion) || !header.tables || typeof header.tables !== 'object') throw notBackup;
  if (header.formatVersion > BACKUP_FORMAT_VERSION || header.schemaVersion > migrations.length) {
    throw new BackupError(
      `${file} was made by a newer version of this server (backup format ${header.formatVersion}, schema ${header.schemaVersion}; this version reads format ${BACKUP_FORMAT_VERSION}, schema up to ${migrations.length}). Restore it with that version or a later one.`,
    );
  }
  const incomplete = new BackupError(`${file} is incomplete: it does not end with the line a finished backup ends with (was it cut short while copying?).`);
  if (data.length === 0 || data[data.length - 1] !== 0x0a) throw incomplete;
  const lastBreak = data.lastIndexOf(0x0a, data.length - 2);
  let end: { end?: unknown; rows?: unknown; sha256?: unknown };
  try {
    end = JSON.parse(data.subarray(lastBreak + 1).toString('utf8'));
  } catch {
    throw incomplete;
  }
  if (!end || end.end !== BACKUP_FORMAT || typeof end.sha256 !== 'string') throw incomplete;
  const body = data.subarray(0, lastBreak + 1);
  if (createHash('sha256').update(body).digest('hex') !== end.sha256) {
    throw new BackupError(`${file} has been changed since it was written (its checksum does not match). Restore from an unchanged copy.`);
  }
  const known = new Set<string>(BACKUP_TABLES.map((table) => table.name));
  const counts = new Map<string, number>();
  const rows: Backup['rows'] = [];
  const lines = body.toString('utf8').split('\n').slice(1, -1);
  for (const [index, text] of lines.entries()) {
    let entry: { table?: unknown; row?: unknown };
    try {
      entry = JSON.parse(text);
    } catch {
      throw new BackupError(`${file}, line ${index + 2}, is not a row of a backup.`);
    }
    const { table, row } = entry ?? {};
    if (typeof table !== 'string' || !known.has(table) || !(table in header.tables)) throw new BackupError(`${file}, line ${index + 2}, names a table this backup does not hold.`);
    if (!row || typeof row !== 'object' || Array.isArray(row)) throw new BackupError(`${file}, line ${index + 2}, is not a row of a backup.`);
    for (const [column, value] of Object.entries(row)) checkedValue(table, column, value);
    counts.set(table, (counts.get(table) ?? 0) + 1);
    rows.push({ table: table as BackupTable, row: row as Row });
  }
  for (const [table, expected] of Object.entries(header.tables)) {
    if ((counts.get(table) ?? 0) !== expected) throw new BackupError(`${file} announces ${expected} row(s) of ${table} but holds ${counts.get(table) ?? 0}.`);
  }
  if (rows.length !== end.rows) throw new BackupError(`${file} announces ${String(end.rows)} row(s) but holds ${rows.length}.`);
  return { header, rows };
}

/** Tables of this program in `target` that hold rows (the limit counters do not count), without creating or migrating anything. */
export async function dataIn(target: BackupTarget): Promise<Record<string, number>> {
  if (!isPostgres(target) && (!target.dbFile || target.dbFile === ':memory:' || !existsSync(target.dbFile))) return {};
  return withSnapshot(target, async (snapshot) => {
    const found: Record<string, number> = {};
    for (const table of [...BACKUP_TABLES.map((entry) => entry.name), ...CREDENTIAL_TABLES]) {
      if (!(await snapshot.hasTable(table))) continue;
      const count = table === 'meta' ? (await metaKeys(snapshot)).filter((key) => !GENERATED_META.includes(key)).length : await snapshot.count(table);
      if (count > 0) found[table] = count;
    }
    return found;
  });
}

export interface RestoreSummary {
  header: BackupHeader;
  rows: number;
}

/**
 * Restores a checked backup into `target`, which must hold no data: migrates it (never seeding sample
 * data), then inserts every row in one transaction. A refusal or failure leaves no data behind (a
 * SQLite file this call created is removed again).
 */
export async function restoreBackup(backup: Backup, target: BackupTarget): Promise<RestoreSummary> {
  const createdFile = !isPostgres(target) && !!target.dbFile && target.dbFile !== ':memory:' && !existsSync(target.dbFile) ? target.dbFile : undefined;
  const refuseIfData = (found: Record<string, number>) => {
    const tables = Object.entries(found);
    if (tables.length === 0) return;
    throw new BackupError(
      `${describeTarget(target)} already holds data (${tables.map(([table, count]) => `${table}: ${count}`).join(', ')}). ` +
        'A restore goes into a new, empty database only, so that nothing is mixed or lost: point DB_FILE at a new file, or DATABASE_URL at a new database.',
    );
  };
  refuseIfData(await dataIn(target));
  let done = false;
  try {
    const store = await openStore({ ...target, sampleData: false });
    try {
      const columns = new Map<string, Set<string>>();
      for (const { name } of BACKUP_TABLES) {
        const names =
          store.dialect === 'sqlite'
            ? (await store.sql.all<{ name: string }>(`PRAGMA table_info(${quote(name)})`)).map((row) => row.name)
            : (await store.sql.all<{ column_name: string }>('SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?', [name])).map((row) => row.column_name);
        columns.set(name, new Set(names));
      }
      for (const { table, row } of backup.rows) {
        for (const column of Object.keys(row)) {
          if (!columns.get(table)?.has(column)) throw new BackupError(`The backup has a column ${table}.${column} that this version of the server does not know.`);
        }
      }
      await store.transaction(async (tx) => {
        // Checked again inside the transaction: another process may have written since.
        const found: Record<string, number> = {};
        for (const table of [...BACKUP_TABLES.map((entry) => entry.name), ...CREDENTIAL_TABLES]) {
          const where = table === 'meta' ? ` WHERE key NOT IN (${GENERATED_META.map(() => '?').join(', ')})` : '';
          const { n } = (await tx.sql.get<{ n: number | string }>(`SELECT count(*) AS n FROM ${quote(table)}${where}`, table === 'meta' ? GENERATED_META : []))!;
          if (Number(n) > 0) found[table] = Number(n);
        }
        refuseIfData(found);
        // Keys the new database made for itself give way to the backup's (its subscriptions were made with them).
        for (const { table, row } of backup.rows) if (table === 'meta') await tx.sql.run('DELETE FROM meta WHERE key = ?', [row.key]);
        let index = 0;
        while (index < backup.rows.length) {
          // Consecutive rows of one table with the same columns go in one statement.
          const { table, row } = backup.rows[index];
          const names = Object.keys(row);
          const batch: Row[] = [];
          const perRow = Math.max(1, names.length);
          while (index < backup.rows.length && batch.length < 500 && (batch.length + 1) * perRow <= 10_000) {
            const next = backup.rows[index];
            if (next.table !== table || Object.keys(next.row).join('\0') !== names.join('\0')) break;
            batch.push(next.row);
            index++;
          }
          const placeholders = `(${names.map(() => '?').join(', ')})`;
          await tx.sql.run(
            `INSERT INTO ${quote(table)} (${names.map(quote).join(', ')}) VALUES ${batch.map(() => placeholders).join(', ')}`,
            batch.flatMap((values) => names.map((name) => values[name])),
          );
        }
        // A restored database is a program's real data: `npm start` must never add the fictional samples to it.
        await tx.sql.run("INSERT INTO meta (key, value) VALUES ('sample-data', ?) ON CONFLICT (key) DO NOTHING", [`restored ${new Date().toISOString()}`]);
      });
    } finally {
      await store.close();
    }
    done = true;
    return { header: backup.header, rows: backup.rows.length };
  } finally {
    if (!done && createdFile) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${createdFile}${suffix}`, { force: true });
  }
}

/** Reads, checks and restores a backup file (the whole of `npm run restore`). */
export async function restoreBackupFile(file: string, target: BackupTarget): Promise<RestoreSummary> {
  return restoreBackup(readBackupFile(file), target);
}
