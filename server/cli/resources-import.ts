// npm run resources:import -- export.json
// Reads an Open Referral HSDS 3.x JSON export, maps it to the directory, and replaces the directory
// in one transaction. Any error (reported with its line and field) means nothing changes.
import { openAccountsDatabase } from './accounts-cli.js';
import { readHsdsExport } from '../hsds-import.js';
import { readFileArgument } from './file-argument.js';

const { file, text } = readFileArgument('Usage: npm run resources:import -- <hsds-export.json>   (database: DB_FILE, default ./data/peer-support.db)');
const { resources, errors, notes } = readHsdsExport(text);
for (const note of notes) console.log(`note: ${note}`);
if (errors.length) {
  console.error(`Nothing was changed. ${file} has ${errors.length} problem(s):`);
  for (const error of errors) console.error(`  line ${error.line}: ${error.message}`);
  process.exit(1);
}
const store = await openAccountsDatabase(false);
try {
  await store.resources.replaceAll(resources, new Date());
} finally {
  await store.close();
}
console.log(`Replaced the directory with ${resources.length} listing(s) from ${file}.`);
