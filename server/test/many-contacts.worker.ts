// Run in a worker thread by stats.test.ts: fills a database with many contacts in one month (the worst
// case for anything that grows with the size of a group) and asks the real server for the stats.
import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { CONTACT_KINDS, CONTACT_TOPICS, REFERRAL_TARGETS } from '../../src/core/contract.js';
import { buildApp } from '../app.js';
import { AccountsRepository } from '../db/accounts-repository.js';
import { ContactsRepository } from '../db/contacts-repository.js';
import { openDatabase } from '../db/database.js';
import { toSql } from '../db/sql.js';

const { count, dbFile } = workerData as { count: number; dbFile: string };
const now = new Date('2026-11-27T17:00:00Z');
const SEPTEMBER_WEEKS = ['2026-W36', '2026-W37', '2026-W38', '2026-W39'];

const db = await openDatabase(dbFile, () => now);
db.prepare('DELETE FROM contacts').run();
await toSql(db).transaction(async (tx) => {
  const contacts = new ContactsRepository(tx);
  for (let index = 0; index < count; index++) {
    const id = crypto.randomUUID();
    const entry = {
      id,
      week: SEPTEMBER_WEEKS[index % SEPTEMBER_WEEKS.length],
      kind: CONTACT_KINDS[index % CONTACT_KINDS.length],
      origin: 'self-referred' as const,
      durationMinutes: 15 * (1 + (index % 8)),
      people: index % 7 === 1 ? 2 + (index % 5) : 1,
      topics: [CONTACT_TOPICS[index % CONTACT_TOPICS.length], CONTACT_TOPICS[(index * 3) % CONTACT_TOPICS.length]].filter((topic, at, all) => all.indexOf(topic) === at),
      referredTo: [REFERRAL_TARGETS[index % REFERRAL_TARGETS.length]],
      firstContact: index % 3 === 0,
    };
    await contacts.insert(entry, createHash('sha256').update(id).digest('hex'));
  }
});
const accounts = new AccountsRepository(db);
const account = await accounts.create({ role: 'coordinator', displayName: 'Coordinator' }, now);
const token = await accounts.createSignInLink(account.id, now);
db.close();

const app = await buildApp({ dbFile, now: () => now, maintenanceIntervalMs: 3_600_000 });
try {
  const session = (await app.inject({ method: 'POST', url: '/api/session', payload: { token, mode: 'bearer' } })).json();
  const response = await app.inject({ url: '/api/stats?period=month', headers: { authorization: `Bearer ${session.sessionToken}` } });
  const rows = (response.json().rows ?? []) as { period: string }[];
  parentPort!.postMessage({ status: response.statusCode, september: rows.find((row) => row.period === '2026-09') });
} finally {
  await app.close();
}
