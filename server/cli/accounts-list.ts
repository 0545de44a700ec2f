// npm run accounts:list
// Every account with what an operator needs to revoke or re-link it: id, role, name, roster id,
// enabled or disabled, and how many live sessions it has. Never a token or a hash.
import { openAccountsDatabase, readOptions, runCommand } from './accounts-cli.js';

const USAGE = 'Usage: npm run accounts:list   (database: DB_FILE, default ./data/peer-support.db)';

await runCommand(USAGE, async () => {
  readOptions({});
  const store = await openAccountsDatabase(true);
  try {
    const accounts = await store.accounts.list(new Date());
    if (!accounts.length) {
      console.log('There are no accounts yet. Create one with: npm run accounts:create -- --role coordinator --name "Program coordinator"');
      return;
    }
    const rows = [
      ['ID', 'ROLE', 'NAME', 'ROSTER ID', 'STATE', 'LIVE SESSIONS'],
      ...accounts.map((account) => [
        account.id,
        account.role,
        account.displayName,
        account.supporterId ?? '-',
        account.disabledAt ? `disabled since ${account.disabledAt}` : 'enabled',
        String(account.liveSessions),
      ]),
    ];
    const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
    for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
    const disabled = accounts.filter((account) => account.disabledAt).length;
    console.log(`\n${accounts.length} account(s), ${disabled} disabled.`);
  } finally {
    await store.close();
  }
});
