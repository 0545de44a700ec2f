// npm run accounts:revoke -- --account <id>
// Disables the account, ends every session and deletes its unused sign-in links, in one
// transaction. Its open pages answer "please sign in" at once. To let it back in:
// npm run accounts:create -- --account <id> --enable
import { openAccountsDatabase, readOptions, runCommand, UsageError } from './accounts-cli.js';

const USAGE = `Usage: npm run accounts:revoke -- --account <id>
(database: DB_FILE, default ./data/peer-support.db; account ids: npm run accounts:list)`;

await runCommand(USAGE, async () => {
  const values = readOptions({ account: { type: 'string' } });
  if (!values.account) throw new UsageError('Say which account to revoke: --account <id>.');
  const store = await openAccountsDatabase(true);
  try {
    const account = await store.accounts.findIncludingDisabled(values.account);
    const result = await store.accounts.revoke(values.account, new Date());
    if (!account || !result) throw new UsageError(`There is no account ${values.account}. See the ids with: npm run accounts:list`);
    const who = `${account.role} account ${account.id} (${account.displayName})`;
    console.log(result.alreadyDisabled ? `The ${who} was already disabled, since ${result.disabledAt}.` : `Disabled the ${who}.`);
    console.log(`Ended ${result.endedSessions} session(s) and deleted ${result.deletedLinks} unused sign-in link(s).`);
    console.log(`To let it sign in again: npm run accounts:create -- --account ${account.id} --enable`);
  } finally {
    await store.close();
  }
});
