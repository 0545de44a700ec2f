// npm run roster:import -- roster.json|roster.csv
// Checks every row, then replaces the whole roster in one transaction; with any bad row it reports
// each one by line number and changes nothing.
import { openDatabase } from '../db/database.js';
import { SupportersRepository } from '../db/supporters-repository.js';
import { readRosterFile } from '../roster-import.js';
import { databaseFile } from '../settings.js';
import { readFileArgument } from './file-argument.js';

const { file, text } = readFileArgument('Usage: npm run roster:import -- <roster.json | roster.csv>   (database: DB_FILE, default ./data/peer-support.db)');
const result = readRosterFile(file, text);
if (!result.ok) {
  console.error(`Nothing was changed. ${file} has ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(`  line ${problem.line}: ${problem.message}`);
  process.exit(1);
}
const db = openDatabase(databaseFile());
new SupportersRepository(db).replaceAll(result.supporters, new Date());
db.close();
console.log(`Replaced the roster with ${result.supporters.length} supporter(s) from ${file}.`);
