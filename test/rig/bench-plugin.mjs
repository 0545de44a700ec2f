import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { tsImport } from 'tsx/esm/api';

// Only with WTR_BENCH=1 (web-test-runner.config.mjs). Two endpoints for the browser benchmarks:
//   POST /__bench/seed     { supporters?, resources? }: replaces the reference server's roster and/or
//                          directory with these, written into its database, so that the widgets then
//                          fetch them from the real server over HTTP (GET /api/supporters, /api/resources).
//   POST /__bench/result   one JSON result: appended as a line to `outputFile` for scripts/bench-run.ts.
export function benchPlugin(referenceServer, { outputFile }) {
  let repositories;
  const readBody = async (req) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
  };
  return {
    name: 'peer-bench',
    async serverStart() {
      mkdirSync(dirname(outputFile), { recursive: true });
      rmSync(outputFile, { force: true });
      repositories = {
        ...(await tsImport('../../server/db/supporters-repository.ts', import.meta.url)),
        ...(await tsImport('../../server/db/resources-repository.ts', import.meta.url)),
        ...(await tsImport('../../server/db/sql.ts', import.meta.url)),
      };
    },
    async serve(context) {
      if (context.method !== 'POST') return undefined;
      if (context.path === '/__bench/seed') {
        const { supporters, resources } = JSON.parse(await readBody(context.req));
        const db = new Database(referenceServer.state.dbFile);
        try {
          db.pragma('busy_timeout = 5000');
          db.pragma('foreign_keys = ON'); // requests and accounts of removed supporters: SET NULL
          const now = new Date();
          // The repositories are async (one Store for SQLite and PostgreSQL): their own transaction, awaited.
          const sql = repositories.toSql(db);
          if (supporters) {
            await sql.transaction(async (tx) => {
              await tx.run('DELETE FROM supporters');
              await new repositories.SupportersRepository(tx).upsert(supporters, now);
            });
          }
          if (resources) await new repositories.ResourcesRepository(sql).replaceAll(resources, now);
          const count = (table) => db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get().n;
          return { type: 'json', headers: { 'Cache-Control': 'no-store' }, body: JSON.stringify({ supporters: count('supporters'), resources: count('resources') }) };
        } finally {
          db.close();
        }
      }
      if (context.path === '/__bench/result') {
        const result = JSON.parse(await readBody(context.req));
        appendFileSync(outputFile, `${JSON.stringify(result)}\n`);
        return { type: 'json', headers: { 'Cache-Control': 'no-store' }, body: '{}' };
      }
      return undefined;
    },
  };
}
