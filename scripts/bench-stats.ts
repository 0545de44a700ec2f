// `npm run bench:stats`: how long GET /api/stats takes for 50,000 and 100,000 contacts, all in one
// month (the worst case for anything that grows with a group's size), measured in one process through
// the real server. Linear cost gives a ratio near 2. Prints; asserts nothing.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CONTACT_KINDS, CONTACT_TOPICS, REFERRAL_TARGETS } from '../src/core/contract.js';
import { buildApp } from '../server/app.js';
import { AccountsRepository } from '../server/db/accounts-repository.js';
import { ContactsRepository } from '../server/db/contacts-repository.js';
import { openDatabase } from '../server/db/database.js';
import { toSql } from '../server/db/sql.js';

const NOW = new Date('2026-11-27T17:00:00Z');
const SEPTEMBER_WEEKS = ['2026-W36', '2026-W37', '2026-W38', '2026-W39'];
const RUNS = 5;

async function millisecondsForStats(count: number, dir: string): Promise<number> {
  const dbFile = join(dir, `stats-${count}.db`);
  const db = await openDatabase(dbFile, () => NOW);
  db.prepare('DELETE FROM contacts').run(); // the fictional sample contacts
  await toSql(db).transaction(async (tx) => {
    const contacts = new ContactsRepository(tx);
    for (let index = 0; index < count; index++) {
      const id = crypto.randomUUID();
      await contacts.insert(
        {
          id,
          week: SEPTEMBER_WEEKS[index % SEPTEMBER_WEEKS.length],
          kind: CONTACT_KINDS[index % CONTACT_KINDS.length],
          origin: 'self-referred',
          durationMinutes: 15 * (1 + (index % 8)),
          people: index % 7 === 1 ? 2 + (index % 5) : 1,
          topics: [...new Set([CONTACT_TOPICS[index % CONTACT_TOPICS.length], CONTACT_TOPICS[(index * 3) % CONTACT_TOPICS.length]])],
          referredTo: [REFERRAL_TARGETS[index % REFERRAL_TARGETS.length]],
          firstContact: index % 3 === 0,
        },
        createHash('sha256').update(id).digest('hex'),
      );
    }
  });
  const accounts = new AccountsRepository(db);
  const token = await accounts.createSignInLink((await accounts.create({ role: 'coordinator', displayName: 'Bench' }, NOW)).id, NOW);
  db.close();

  const app = await buildApp({ dbFile, now: () => NOW, maintenanceIntervalMs: 3_600_000 });
  try {
    const session = (await app.inject({ method: 'POST', url: '/api/session', payload: { token, mode: 'bearer' } })).json();
    const headers = { authorization: `Bearer ${session.sessionToken}` };
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      const started = performance.now();
      const response = await app.inject({ url: '/api/stats?period=month', headers });
      const elapsed = performance.now() - started;
      if (response.statusCode !== 200) throw new Error(`stats answered ${response.statusCode}: ${response.body}`);
      if (run > 0) times.push(elapsed); // the first run warms up the JIT
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  } finally {
    await app.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'peer-bench-stats-'));
try {
  const half = await millisecondsForStats(50_000, dir);
  const full = await millisecondsForStats(100_000, dir);
  console.log(`[bench] GET /api/stats, contacts in one month, median of ${RUNS}:`);
  console.log(`[bench]    50,000 contacts: ${half.toFixed(0)} ms`);
  console.log(`[bench]   100,000 contacts: ${full.toFixed(0)} ms`);
  console.log(`[bench]   ratio ${(full / half).toFixed(2)} (2 is linear, 4 would be quadratic)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
