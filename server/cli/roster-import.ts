// npm run roster:import -- roster.json|roster.csv
// Checks every row, then applies the roster in one transaction: supporters are added or updated by
// id; anyone no longer listed has their open requests handed back to the team and their accounts
// disabled. With any bad row it reports each one by line number and changes nothing.
import { openAccountsDatabase } from './accounts-cli.js';
import { applyRoster } from '../roster-changes.js';
import { readRosterFile } from '../roster-import.js';
import { readFileArgument } from './file-argument.js';

const { file, text } = readFileArgument('Usage: npm run roster:import -- <roster.json | roster.csv>   (database: DB_FILE, default ./data/peer-support.db)');
const result = readRosterFile(file, text);
if (!result.ok) {
  console.error(`Nothing was changed. ${file} has ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(`  line ${problem.line}: ${problem.message}`);
  process.exit(1);
}
const store = await openAccountsDatabase(false);
let change;
try {
  change = await applyRoster(store, result.supporters, new Date());
} catch (error) {
  console.error(`Nothing was changed: ${(error as Error).message}`);
  process.exit(1);
} finally {
  await store.close();
}
console.log(`Roster from ${file}: ${change.added} added, ${change.updated} updated, ${change.removed.length} removed.`);
if (change.removed.length) {
  console.log(`No longer on the roster: ${change.removed.join(', ')}.`);
  console.log(`${change.returnedRequests} open request(s) went back to the team, marked as such; ${change.disabledAccounts} account(s) were disabled.`);
}
