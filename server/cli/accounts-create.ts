// npm run accounts:create -- --role supporter --supporter ana-rivera [--name "Ana"] [--base http://127.0.0.1:8787]
// npm run accounts:create -- --role coordinator --name "Program coordinator" [--email coordinator@example.org]
// npm run accounts:create -- --account <id> [--end-sessions] [--enable]
// Creates an account (or picks an existing one) and prints a one-time sign-in link (valid 15 minutes).
// --end-sessions also signs the account out everywhere; --enable lets a disabled account back in.
// --email is where the account is told of requests by e-mail (NOTIFY_SMTP_URL); change it later with
// npm run accounts:email.
// Everything happens in one transaction: a refused command changes nothing.
import { plausibleEmail } from '../db/accounts-repository.js';
import { openAccountsDatabase, readOptions, runCommand, UsageError } from './accounts-cli.js';

const USAGE = `Usage:
  npm run accounts:create -- --role supporter --supporter <roster id> [--name "Name"] [--email <address>] [--base <url>]
  npm run accounts:create -- --role coordinator [--name "Name"] [--email <address>] [--base <url>]
  npm run accounts:create -- --account <id> [--end-sessions] [--enable] [--base <url>]
(database: DB_FILE, default ./data/peer-support.db; account ids: npm run accounts:list)`;

await runCommand(USAGE, async () => {
  const values = readOptions({
    role: { type: 'string' },
    supporter: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    base: { type: 'string' },
    account: { type: 'string' },
    enable: { type: 'boolean' },
    'end-sessions': { type: 'boolean' },
  });
  if (values.account !== undefined) {
    if (values.role !== undefined || values.supporter !== undefined || values.name !== undefined) {
      throw new UsageError('--role, --supporter and --name are for a new account; leave them out with --account.');
    }
    if (values.email !== undefined) throw new UsageError('To change the e-mail address of an existing account, use: npm run accounts:email -- --account <id> --email <address>');
  } else {
    if (values.enable || values['end-sessions']) throw new UsageError('--enable and --end-sessions are for an existing account: add --account <id>.');
    if (values.role !== 'supporter' && values.role !== 'coordinator') throw new UsageError('--role must be "supporter" or "coordinator".');
    if (values.email !== undefined && !plausibleEmail(values.email.trim())) throw new UsageError(`--email must be one e-mail address, like sam@example.org (it is "${values.email}").`);
  }
  const base = values.base ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`;
  const store = await openAccountsDatabase(values.account !== undefined);
  try {
    const now = new Date();
    const report = await store.transaction(async ({ accounts, supporters }) => {
      const lines: string[] = [];
      let accountId = values.account;
      if (accountId === undefined) {
        if (values.role === 'supporter' && (!values.supporter || !(await supporters.exists(values.supporter)))) {
          throw new UsageError('--supporter must be the id of someone on the roster.');
        }
        const role = values.role as 'supporter' | 'coordinator';
        // A supporter is named as the roster names them, so coordinators never see a raw id.
        const rosterName = values.supporter ? (await supporters.list()).items.find((supporter) => supporter.id === values.supporter)?.displayName : undefined;
        const account = await accounts.create({ role, supporterId: values.supporter, displayName: values.name ?? rosterName ?? 'Program coordinator', email: values.email?.trim() }, now);
        accountId = account.id;
        lines.push(`Created ${account.role} account ${account.id}.`);
        if (values.email) lines.push('Notices of requests go to its e-mail address too, when the server sends e-mail (NOTIFY_SMTP_URL).');
      } else {
        const account = await accounts.findIncludingDisabled(accountId);
        if (!account) throw new UsageError(`There is no account ${accountId}. See the ids with: npm run accounts:list`);
        if (account.disabledAt && !values.enable) {
          throw new UsageError(`Account ${accountId} (${account.displayName}) has been disabled since ${account.disabledAt}, so it gets no link. Add --enable to let it sign in again.`);
        }
        if (account.disabledAt) {
          await accounts.enable(accountId);
          lines.push(`Enabled account ${accountId} (${account.displayName}) again.`);
        } else if (values.enable) {
          lines.push(`Account ${accountId} (${account.displayName}) is already enabled.`);
        }
        if (values['end-sessions']) {
          const ended = await accounts.endAllSessions(accountId);
          lines.push(`Ended ${ended} earlier session(s) of this account: it is signed out everywhere until this link is used.`);
        }
      }
      const token = await accounts.createSignInLink(accountId, now);
      lines.push(`One-time sign-in link (valid 15 minutes, works once):\n${base}/supporter.html#sign-in=${token}`);
      return lines;
    });
    for (const line of report) console.log(line);
  } finally {
    await store.close();
  }
});
