import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { migrations, migrationText } from './migrations.js';

/**
 * The connection every repository takes. This module imports no repository and no sample data, so
 * repositories can depend on it without a cycle (server/db/database.ts is the one that seeds).
 */
export type Db = Database.Database;

/** Owner read/write only: the file holds names, contact details and messages until they are erased. */
const FILE_MODE = 0o600;
/** Owner only: nobody else can list, open or replace the database's files. */
const FOLDER_MODE = 0o700;

/**
 * Opens (creating if needed) the SQLite file and migrates it.
 *
 * The file, its `-wal` and its `-shm` are readable by the server's own user only (0600) and a new data
 * folder is 0700. Every commit is synced (`synchronous = FULL`): the widget's outbox deletes its copy
 * as soon as the server acknowledges a request, so an acknowledged request must survive a power cut.
 */
export function openConnection(file: string, busyTimeoutMs = 5000): Db {
  if (file !== ':memory:') protectFiles(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL may lose the last commits on a power cut; FULL syncs the WAL on every commit.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Erased words must not linger in free pages of the file.
  db.pragma('secure_delete = ON');
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
  migrate(db);
  return db;
}

/**
 * Creates the file 0600 before SQLite opens it (SQLite gives `-wal` and `-shm` the main file's mode)
 * and tightens files left by older versions. An existing folder is tightened to 0700 only when it
 * holds nothing but this database's files, so a DB_FILE in a home or shared folder never changes who
 * can read the rest of that folder.
 */
function protectFiles(file: string): void {
  const folder = dirname(file);
  const folderExisted = existsSync(folder);
  mkdirSync(folder, { recursive: true, mode: FOLDER_MODE });
  closeSync(openSync(file, 'a', FILE_MODE));
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (existsSync(path) && (statSync(path).mode & 0o777) !== FILE_MODE) chmodSync(path, FILE_MODE);
  }
  const own = basename(file);
  if (!folderExisted || readdirSync(folder).every((name) => name.startsWith(own))) {
    if ((statSync(folder).mode & 0o777) !== FOLDER_MODE) chmodSync(folder, FOLDER_MODE);
  }
}

/**
 * Copies the write-ahead log into the file and truncates it to zero bytes, so that old versions of
 * pages (with words that were erased since) no longer sit in the `-wal` file. Answers false when it
 * could not finish because another connection (another server process, a CLI) is still reading an
 * older snapshot or writing; the caller retries later. It never waits for that reader: a wait would
 * block every request of this process.
 */
export function truncateWal(db: Db): boolean {
  if (db.inTransaction) return false; // only between transactions; the caller retries later
  if (db.memory) return true;
  const busyTimeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    return result?.busy === 0;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('SQLITE_BUSY') || (error as { code?: string }).code?.startsWith('SQLITE_LOCKED')) return false;
    throw error;
  } finally {
    db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

function migrate(db: Db): void {
  const applied = db.pragma('user_version', { simple: true }) as number;
  if (applied >= migrations.length) return;
  db.transaction(() => {
    for (const migration of migrations.slice(applied)) db.exec(migrationText(migration, 'sqlite'));
    db.pragma(`user_version = ${migrations.length}`);
  })();
}
