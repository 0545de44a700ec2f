// `npm run bench` (server part): the reference server under load on loopback. buildApp on a temporary
// database file, as configured (WAL, synchronous = FULL: every acknowledged commit is synced), listening
// on 127.0.0.1; a worker thread drives it over 16 keep-alive connections (node:http with an Agent), so
// that the client's work is not on the server's thread. Per scenario: a warm-up, then RUNS runs of a
// fixed number of requests; each run gives req/s and p50/p99 latency. Prints `[bench]` lines and, with
// an output path (argv[2]), writes the figures as JSON for scripts/bench-run.ts. Asserts nothing on time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildApp } from '../server/app.js';
import { SupportersRepository } from '../server/db/supporters-repository.js';
import { openDatabase } from '../server/db/database.js';

export const CONNECTIONS = 16;
const RUNS = 3;
const WARMUP = 1_000;

/** Runs in the worker: `count` requests over `connections` keep-alive connections; latencies in ms. */
const DRIVER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { randomUUID } = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { url, method, body, count, connections } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
const target = new URL(url);
function once() {
  return new Promise((resolve, reject) => {
    let payload;
    const headers = { accept: 'application/json' };
    if (body === 'request') {
      const id = randomUUID();
      payload = JSON.stringify({ id, name: 'Bench', channel: { kind: 'phone', value: '555-0100' }, urgency: 'no-rush', message: 'Load test.', acknowledgedConfidentiality: true });
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
  const latencies = new Float64Array(count);
  const statuses = {};
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, async () => {
    while (next < count) {
      const index = next++;
      const { status, ms } = await once();
      latencies[index] = ms;
      statuses[status] = (statuses[status] || 0) + 1;
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  parentPort.postMessage({ seconds, latencies: Array.from(latencies), statuses });
})().catch((error) => { throw error; });
`;

function drive(url: string, method: string, body: 'request' | undefined, count: number): Promise<{ seconds: number; latencies: number[]; statuses: Record<string, number> }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(DRIVER, { eval: true, workerData: { url, method, body, count, connections: CONNECTIONS } });
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export interface ServerRun {
  reqPerSecond: number;
  p50: number;
  p99: number;
}
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
    runs.push({ reqPerSecond: requests / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99) });
  }
  for (const [index, r] of runs.entries()) {
    console.log(`[bench] ${label}, run ${index + 1}: ${r.reqPerSecond.toFixed(0)} req/s, p50 ${r.p50.toFixed(2)} ms, p99 ${r.p99.toFixed(2)} ms`);
  }
  return { id, label, requests, runs, goal };
}

const dir = mkdtempSync(join(tmpdir(), 'peer-bench-server-'));
const dbFile = join(dir, 'bench.db');
const app = await buildApp({ dbFile, maintenanceIntervalMs: 3_600_000 });
try {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  const api = `http://127.0.0.1:${address.port}/api/`;
  const db = openDatabase(dbFile);
  const sampleSupporters = new SupportersRepository(db).count();
  const synchronous = db.pragma('synchronous', { simple: true });
  const journal = db.pragma('journal_mode', { simple: true });
  const results: ServerScenario[] = [];
  results.push(await scenario('post-requests', 'POST requests (to anyone, new ids)', `${api}requests`, 'POST', 'request', 10_000, true, 201));
  results.push(await scenario('get-supporters', `GET supporters (sample roster, ${sampleSupporters} supporters)`, `${api}supporters`, 'GET', undefined, 10_000, true, 200));
  // Informative: the roster the browser benchmark uses.
  const now = new Date();
  const base = new SupportersRepository(db).list().items;
  db.transaction(() => {
    new SupportersRepository(db).upsert(
      Array.from({ length: 1000 - base.length }, (_, index) => ({ ...base[index % base.length], id: `bench-${index}`, displayName: `${base[index % base.length].displayName} ${index}` })),
      now,
    );
  })();
  const total = new SupportersRepository(db).count();
  db.close();
  results.push(await scenario('get-supporters-1000', `GET supporters (${total} supporters)`, `${api}supporters`, 'GET', undefined, 500, false, 200, 100));
  const out = process.argv[2];
  if (out) writeFileSync(out, JSON.stringify({ connections: CONNECTIONS, runsPerScenario: RUNS, warmup: WARMUP, synchronous, journal, results }, null, 2));
} finally {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
}
