// Shared by the accounts:* commands: reading options and opening the database the way an operator
// expects (plain messages, exit code 2 for bad input, never a stack trace).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { isPostgresUrl, openStore } from '../db/database.js';
import type { Store } from '../db/store.js';
import { databaseFile } from '../settings.js';

/** Bad input from the operator: printed as is, exit code 2. */
export class UsageError extends Error {}

/** The command's options; unknown options, stray words and missing values are a `UsageError`. */
export function readOptions<T extends NonNullable<ParseArgsConfig['options']>>(options: T) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    // Node's own wording already names the option ("Unknown option '--acount'").
    throw new UsageError((error as Error).message);
  }
}

/**
 * Opens the server's storage: PostgreSQL when DATABASE_URL is a postgres:// URL, else the SQLite file
 * named by DB_FILE; with `mustExist`, a missing file is a `UsageError` rather than a new empty database.
 */
export async function openAccountsDatabase(mustExist: boolean): Promise<Store> {
  const databaseUrl = process.env.DATABASE_URL;
  if (isPostgresUrl(databaseUrl)) return openStore({ databaseUrl });
  const file = databaseFile();
  if (mustExist && file !== ':memory:' && !existsSync(file)) throw new UsageError(`There is no database at ${file}. Set DB_FILE to the server's database file.`);
  return openStore({ dbFile: file });
}

/** Runs the command: a `UsageError` prints its message and the usage (exit 2); anything else prints one plain line (exit 1). */
export async function runCommand(usage: string, command: () => Promise<void>): Promise<void> {
  // `accounts:list | head` closes the pipe early; that is the reader's choice, not a failure.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    await command();
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      console.error(usage);
      process.exitCode = 2;
    } else {
      console.error(`Nothing was changed: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }
}
