// npm run restore -- --in <file>
// Restores a backup made by npm run backup into a NEW, empty database: DATABASE_URL for PostgreSQL,
// else the SQLite file DB_FILE (created). The whole file is read and checked first (a cut-short,
// changed or newer backup changes nothing), a database that already holds data is refused, then the
// database is migrated and every row inserted in one transaction. Backing up SQLite and restoring with
// DATABASE_URL set is how a program moves to PostgreSQL (and back).
import { resolve } from 'node:path';
import { describeTarget, restoreBackupFile, targetFromEnvironment } from '../db/backup.js';
import { readOptions, runCommand, UsageError } from './accounts-cli.js';

const USAGE = `Usage: npm run restore -- --in <file>
(into a new, empty database: DATABASE_URL for PostgreSQL, else DB_FILE, default ./data/peer-support.db)`;

await runCommand(USAGE, async () => {
  const values = readOptions({ in: { type: 'string' } });
  if (!values.in) throw new UsageError('Name the backup file with --in <file>.');
  // npm runs scripts in the package folder; a relative name means the folder the operator typed it in.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), values.in);
  const target = targetFromEnvironment();
  const summary = await restoreBackupFile(file, target);
  const counts = Object.entries(summary.header.tables).map(([table, count]) => `${table} ${count}`).join(', ');
  console.log(`Restored ${summary.rows} row(s) (${counts}) from ${file}, taken ${summary.header.createdAt} on ${summary.header.source === 'postgres' ? 'PostgreSQL' : 'SQLite'}, into ${describeTarget(target)}.`);
  console.log('Sessions are not part of a backup: everyone signs in again (a new link: npm run accounts:create -- --account <id>).');
});
