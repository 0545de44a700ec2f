import Database from 'better-sqlite3';
export type Db = Database.Database;
/**
 * Opens (creating if needed) the SQLite file, migrates it and fills it once with sample data.
 *
 * The file, its `-wal` and its `-shm` are readable by the server's own user only (0600) and a new data
 * folder is 0700. Every commit is synced (`synchronous = FULL`): the widget's outbox deletes its copy
 * as soon as the server acknowledges a request, so an acknowledged request must survive a power cut.
 */
export declare function openDatabase(file: string, now?: () => Date, busyTimeoutMs?: number): Db;
/**
 * Copies the write-ahead log into the file and truncates it to zero bytes, so that old versions of
 * pages (with words that were erased since) no longer sit in the `-wal` file. Answers false when it
 * could not finish because another connection (another server process, a CLI) is still reading an
 * older snapshot or writing; the caller retries later. It never waits for that reader: a wait would
 * block every request of this process.
 */
export declare function truncateWal(db: Db): boolean;
