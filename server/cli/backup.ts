// npm run backup -- --out <file>
// Writes a backup of the server's database (DATABASE_URL, else DB_FILE) while the server keeps
// serving: every table of the program's data read in one read-only snapshot, as checksummed JSON
// lines, owner-only (0600), under a temporary name renamed into place when complete. Sessions,
// sign-in links and the abuse-limit counters are left out (see server/db/backup.ts). Restore with
// npm run restore, into SQLite or PostgreSQL.
import { resolve } from 'node:path';
import { describeTarget, targetFromEnvironment, writeBackup } from '../db/backup.js';
import { readOptions, UsageError } from './accounts-cli.js';

const USAGE = `Usage: npm run backup -- --out <file>
(database: DATABASE_URL for PostgreSQL, else DB_FILE, default ./data/peer-support.db)`;

try {
  const values = readOptions({ out: { type: 'string' } });
  if (!values.out) throw new UsageError('Name the backup file with --out <file>.');
  // npm runs scripts in the package folder; a relative name means the folder the operator typed it in.
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  const source = targetFromEnvironment();
  const summary = await writeBackup(source, out);
  const counts = Object.entries(summary.header.tables).map(([table, count]) => `${table} ${count}`).join(', ');
  console.log(`Backed up ${describeTarget(source)} to ${out}: ${summary.rows} row(s) (${counts}), schema ${summary.header.schemaVersion}, ${summary.bytes} bytes, readable by this user only.`);
  console.log('It holds the names and contact details of requests not yet erased: keep it encrypted, and no longer than the program keeps requests.');
} catch (error) {
  if (error instanceof UsageError) {
    console.error(error.message);
    console.error(USAGE);
    process.exitCode = 2;
  } else {
    console.error(`No backup was written: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
