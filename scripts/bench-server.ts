// `npm run bench` (server part): the reference server under load on loopback. buildApp on a temporary
// database file, as configured (WAL, synchronous = FULL: every acknowledged commit is synced), listening
// on 127.0.0.1; a worker thread drives it over 16 keep-alive connections (node:http with an Agent), so
// that the client's work is not on the server's thread. Per scenario: a warm-up, then RUNS runs of a
// fixed number of requests; each run gives req/s and p50/p95/p99 latency. The abuse limits are on as
// `npm run serve` has them (per client, counted for every POST; each POST comes from its own address
// through X-Forwarded-For, TRUST_PROXY=1, so none is refused) except the overall one, which a
// throughput run exists to exceed. Then the flood: 3,000 POST requests from one client while other
// clients read GET supporters; the flood's answers and the readers' p95 during it are reported.
// Prints `[bench]` lines and, with an output path (argv[2]), writes the figures as JSON for
// scripts/bench-run.ts. Asserts nothing on time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildApp } from '../server/app.js';
import { DEFAULT_LIMITS } from '../server/limits.js';
import { SupportersRepository } from '../server/db/supporters-repository.js';
import { openDatabase } from '../server/db/database.js';
import { toSql } from '../server/db/sql.js';

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
    req.on('error', reject);
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
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return { done, stop: () => worker.postMessage('stop') };
}

const drive = (url: string, method: string, body: 'request' | undefined, count: number) => start(url, method, body, count).done;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export interface ServerRun {
  reqPerSecond: number;
  p50: number;
  p95?: number;
  p99: number;
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

async function scenario(id: string, label: string, url: string, method: string, body: 'request' | undefined, requests: number, goal: boolean, expected: number, warmup = WARMUP): Promise<ServerScenario> {
  const check = (statuses: Record<string, number>) => {
    const other = Object.entries(statuses).filter(([status]) => Number(status) !== expected);
    if (other.length) throw new Error(`${label}: unexpected answers ${JSON.stringify(statuses)}`);
  };
  check((await drive(url, method, body, warmup)).statuses);
  const runs: ServerRun[] = [];
  for (let run = 0; run < RUNS; run++) {
    const { seconds, latencies, statuses } = await drive(url, method, body, requests);
    check(statuses);
    const sorted = latencies.sort((a, b) => a - b);
    runs.push({ reqPerSecond: requests / seconds, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) });
  }
  for (const [index, r] of runs.entries()) {
    console.log(`[bench] ${label}, run ${index + 1}: ${r.reqPerSecond.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p95 ${r.p95?.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms`);
  }
  return { id, label, requests, runs, goal };
}

/**
 * The flood: one client (one address) sends FLOOD.requests POST requests as fast as FLOOD.connections
 * connections allow, while FLOOD.readers other clients read GET supporters until the flood is over.
 */
async function flood(api: string): Promise<FloodResult> {
  const runs: FloodRun[] = [];
  for (let run = 0; run < RUNS; run++) {
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
    });
  }
  for (const [index, r] of runs.entries()) {
    console.log(
      `[bench] flood of ${FLOOD.requests} POST requests from one client, run ${index + 1}: answers ${JSON.stringify(r.floodStatuses)} in ${r.floodSeconds.toFixed(2)} s; ` +
        `meanwhile ${r.reads} GET supporters from others ${JSON.stringify(r.readStatuses)}: p50 ${r.readP50.toFixed(2)} ms, p95 ${r.readP95.toFixed(2)} ms, p99 ${r.readP99.toFixed(2)} ms`,
    );
  }
  return { requests: FLOOD.requests, floodConnections: FLOOD.connections, readerConnections: FLOOD.readers, perClientLimit: { max: LIMITS.requestsPerClient.max, windowMinutes: LIMITS.requestsPerClient.windowMs / 60_000 }, goalP95: FLOOD.goalP95, runs };
}

// As `npm run serve` sets them, but for the overall limit (see the top of this file).
const LIMITS = { ...DEFAULT_LIMITS, requestsOverall: { max: 0, windowMs: 60_000 } };
const dir = mkdtempSync(join(tmpdir(), 'peer-bench-server-'));
const dbFile = join(dir, 'bench.db');
const app = await buildApp({ dbFile, maintenanceIntervalMs: 3_600_000, limits: LIMITS, trustProxy: 1 });
try {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const api = `http://127.0.0.1:${address.port}/api/`;
  const db = await openDatabase(dbFile);
  const sampleSupporters = await new SupportersRepository(db).count();
  const synchronous = db.pragma('synchronous', { simple: true });
  const journal = db.pragma('journal_mode', { simple: true });
  const results: ServerScenario[] = [];
  results.push(await scenario('post-requests', 'POST requests (to anyone, new ids)', `${api}requests`, 'POST', 'request', 10_000, true, 201));
  results.push(await scenario('get-supporters', `GET supporters (sample roster, ${sampleSupporters} supporters)`, `${api}supporters`, 'GET', undefined, 10_000, true, 200));
  // The flood, while the readers read the sample roster as in the case above.
  const flooded = await flood(api);
  // Informative: the roster the browser benchmark uses.
  const now = new Date();
  const base = (await new SupportersRepository(db).list()).items;
  await toSql(db).transaction(async (tx) => {
    await new SupportersRepository(tx).upsert(
      Array.from({ length: 1000 - base.length }, (_, index) => ({ ...base[index % base.length], id: `bench-${index}`, displayName: `${base[index % base.length].displayName} ${index}` })),
      now,
    );
  });
  const total = await new SupportersRepository(db).count();
  db.close();
  results.push(await scenario('get-supporters-1000', `GET supporters (${total} supporters)`, `${api}supporters`, 'GET', undefined, 500, false, 200, 100));
  const out = process.argv[2];
  if (out) writeFileSync(out, JSON.stringify({ connections: CONNECTIONS, runsPerScenario: RUNS, warmup: WARMUP, synchronous, journal, results, flood: flooded }, null, 2));
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
