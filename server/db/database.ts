import { openConnection } from './connection.js';
import type { Db } from './connection.js';
import { seedSampleDataOnce } from './sample-data.js';
import { sampleDataWanted } from '../settings.js';

/**
 * The program's database as the server and the CLIs open it: the file opened and migrated
 * (connection.ts), then filled once with the fictional sample data unless SAMPLE_DATA=0. Seeding lives
 * here, above the repositories it uses, and not in connection.ts, which they all import.
 */
export function openDatabase(file: string, now: () => Date = () => new Date(), busyTimeoutMs = 5000): Db {
  const db = openConnection(file, busyTimeoutMs);
  if (sampleDataWanted()) seedSampleDataOnce(db, now());
  return db;
}
