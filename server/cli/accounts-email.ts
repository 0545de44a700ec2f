// npm run accounts:email -- --account <id> --email sam@example.org
// npm run accounts:email -- --account <id> --clear
// Sets (or removes) the address an account is told of requests at by e-mail (NOTIFY_SMTP_URL). The
// notice says only that a request is waiting, its respond-by time and the inbox link.
import { plausibleEmail } from '../db/accounts-repository.js';
import { openAccountsDatabase, readOptions, runCommand, UsageError } from './accounts-cli.js';

const USAGE = `Usage:
  npm run accounts:email -- --account <id> --email <address>
  npm run accounts:email -- --account <id> --clear
(database: DB_FILE, default ./data/peer-support.db; account ids: npm run accounts:list)`;

await runCommand(USAGE, async () => {
  const values = readOptions({ account: { type: 'string' }, email: { type: 'string' }, clear: { type: 'boolean' } });
  if (!values.account) throw new UsageError('--account is required.');
  if ((values.email === undefined) === !values.clear) throw new UsageError('Give either --email <address> or --clear.');
  const email = values.email?.trim();
  if (email !== undefined && !plausibleEmail(email)) throw new UsageError(`--email must be one e-mail address, like sam@example.org (it is "${values.email}").`);
  const store = await openAccountsDatabase(true);
  try {
    const account = await store.accounts.findIncludingDisabled(values.account);
    if (!account) throw new UsageError(`There is no account ${values.account}. See the ids with: npm run accounts:list`);
    await store.accounts.setEmail(account.id, email ?? null);
    console.log(email ? `Account ${account.id} (${account.displayName}) is now told of requests at ${email}.` : `Account ${account.id} (${account.displayName}) gets no more e-mail notices.`);
  } finally {
    await store.close();
  }
});
