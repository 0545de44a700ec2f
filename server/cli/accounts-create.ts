// npm run accounts:create -- --role supporter --supporter ana-rivera [--name "Ana"] [--base http://127.0.0.1:8787]
// npm run accounts:create -- --role coordinator --name "Program coordinator"
// Creates an account and prints a one-time sign-in link (valid 15 minutes). Run it again for a new link.
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database.js';
import { AccountsRepository } from '../db/accounts-repository.js';
import { SupportersRepository } from '../db/supporters-repository.js';
import { databaseFile } from '../settings.js';

const { values } = parseArgs({
  options: { role: { type: 'string' }, supporter: { type: 'string' }, name: { type: 'string' }, base: { type: 'string' }, account: { type: 'string' } },
});
const db = openDatabase(databaseFile());
const accounts = new AccountsRepository(db);
const base = values.base ?? `http://127.0.0.1:${process.env.PORT ?? 8787}`;
const now = new Date();
try {
  let accountId = values.account;
  if (!accountId) {
    if (values.role !== 'supporter' && values.role !== 'coordinator') throw new Error('--role must be "supporter" or "coordinator".');
    if (values.role === 'supporter' && (!values.supporter || !new SupportersRepository(db).exists(values.supporter))) throw new Error('--supporter must be the id of someone on the roster.');
    const account = accounts.create({ role: values.role, supporterId: values.supporter, displayName: values.name ?? values.supporter ?? 'Coordinator' }, now);
    accountId = account.id;
    console.log(`Created ${account.role} account ${account.id}.`);
  } else if (!accounts.find(accountId)) throw new Error(`No account ${accountId}.`);
  const token = accounts.createSignInLink(accountId, now);
  console.log(`One-time sign-in link (valid 15 minutes, works once):\n${base}/supporter.html#sign-in=${token}`);
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 2;
} finally {
  db.close();
}
