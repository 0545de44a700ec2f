/**
 * The two storage backends as the suites open them: each `target()` is a new, empty database (a
 * SQLite file in a temporary folder, or a fresh database on the test PostgreSQL, see postgres.ts)
 * that any number of stores or apps can open, like several server instances on one database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { openStore } from '../db/database.js';
import type { StoreOptions } from '../db/database.js';
import type { Store } from '../db/store.js';
import { freshPostgresDatabase } from './postgres.js';

export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  /** A new empty database: the options that open it (for `openStore`, or spread into `buildApp`). */
  target(): Promise<{ dbFile?: string; databaseUrl?: string }>;
}

export const BACKENDS: Backend[] = [
  {
    name: 'SQLite',
    async target() {
      const dir = mkdtempSync(join(tmpdir(), 'peer-storage-'));
      after(() => rmSync(dir, { recursive: true, force: true }));
      return { dbFile: join(dir, 'test.db') };
    },
  },
  {
    name: 'PostgreSQL',
    async target() {
      return { databaseUrl: await freshPostgresDatabase() };
    },
  },
];

/** A store on `target`, without sample data, closed after the test file. */
export async function storeOn(target: Pick<StoreOptions, 'dbFile' | 'databaseUrl'>, options: Partial<StoreOptions> = {}): Promise<Store> {
  const store = await openStore({ ...target, sampleData: false, ...options });
  after(() => store.close());
  return store;
}
