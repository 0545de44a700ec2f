// GET inbox in pages, on both backends: at most 50 items a page, every open request once, soonest
// respond-by first, the next page announced by `Link: <inbox?cursor=…>; rel="next"`, and each page read through
// an index (keyset paging), never by skipping rows (OFFSET) or sorting them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import type { Store } from '../db/store.js';
import { BACKENDS, storeOn } from './backends.js';

const OPEN = 20_000;
const NOW = new Date('2026-11-24T10:00:00Z');

async function fill(store: Store, count: number) {
  await store.transaction(async (tx) => {
    for (let start = 0; start < count; start += 500) {
      const rows = Array.from({ length: Math.min(500, count - start) }, (_, offset) => start + offset);
      const values: (string | number)[] = [];
      for (const index of rows) {
        // Pairs of requests share a respond-by time: the id breaks the tie, and a page may end between
        // them. Arrival runs the other way, so an inbox in arrival order would fail.
        const receivedAt = new Date(NOW.getTime() - index * 1_000).toISOString();
        const respondBy = new Date(NOW.getTime() + 86_400_000 - (count - Math.floor(index / 2) * 2) * 1_000).toISOString();
        values.push(`bulk-${String(index).padStart(6, '0')}`, 'hash', 'few-days', `Person ${index}`, 'text', '555-0100', receivedAt, respondBy);
      }
      await tx.sql.run(
        `INSERT INTO requests (id, body_hash, urgency, name, channel_kind, channel_value, received_at, respond_by) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        values,
      );
    }
  });
}

async function coordinatorHeaders(app: FastifyInstance, store: Store) {
  const account = await store.accounts.create({ role: 'coordinator', displayName: 'Coordinator' }, NOW);
  const token = await store.accounts.createSignInLink(account.id, NOW);
  const response = await app.inject({ method: 'POST', url: '/api/session', payload: { token, mode: 'bearer' } });
  assert.equal(response.statusCode, 200, response.body);
  return { authorization: `Bearer ${response.json().sessionToken}` };
}

const nextLink = (link: unknown) => (typeof link === 'string' ? /^<([^>]+)>; rel="next"$/.exec(link)?.[1] : undefined);

for (const backend of BACKENDS) {
  describe(`inbox paging on ${backend.name}`, () => {
    test(`${OPEN.toLocaleString('en')} open requests come in pages of at most 50, each once, soonest respond-by first, read through the index`, { timeout: 300_000 }, async () => {
      const target = await backend.target();
      const store = await storeOn(target);
      const app = await buildApp({ dbFile: target.dbFile ?? ':memory:', databaseUrl: target.databaseUrl, now: () => NOW, maintenanceIntervalMs: 3_600_000 });
      try {
        await fill(store, OPEN);
        const headers = await coordinatorHeaders(app, store);
        const seen: { id: string; respondBy: string }[] = [];
        let url: string | undefined = '/api/inbox';
        let pages = 0;
        while (url) {
          const response: Awaited<ReturnType<FastifyInstance['inject']>> = await app.inject({ url, headers });
          assert.equal(response.statusCode, 200, response.body);
          const { items } = response.json() as { items: { id: string; respondBy: string }[] };
          assert.ok(items.length <= 50, `page ${pages} has ${items.length} items`);
          seen.push(...items.map(({ id, respondBy }) => ({ id, respondBy })));
          const next = nextLink(response.headers.link);
          url = next && `/api/${next}`;
          pages++;
        }
        assert.equal(seen.length, OPEN);
        assert.equal(new Set(seen.map((item) => item.id)).size, OPEN, 'no request twice');
        const sorted = [...seen].sort((a, b) => (a.respondBy === b.respondBy ? (a.id < b.id ? -1 : 1) : a.respondBy < b.respondBy ? -1 : 1));
        assert.deepEqual(seen, sorted, 'soonest respond-by first, ties by id');
        assert.equal(pages, OPEN / 50);

        // The page query is answered from the index in its order: no scan, no sort.
        const page = 'SELECT * FROM requests WHERE closed_at IS NULL AND (respond_by, id) > (?, ?) ORDER BY respond_by, id LIMIT ?';
        const plan =
          store.dialect === 'sqlite'
            ? (await store.sql.all<{ detail: string }>(`EXPLAIN QUERY PLAN ${page}`, [seen[100].respondBy, seen[100].id, 200])).map((row) => row.detail).join('\n')
            : (await (async () => {
                await store.sql.run('ANALYZE requests');
                return (await store.sql.all<{ 'QUERY PLAN': string }>(`EXPLAIN ${page}`, [seen[100].respondBy, seen[100].id, 200])).map((row) => row['QUERY PLAN']).join('\n');
              })());
        assert.match(plan, /requests_open_by_respond_by/, plan);
        assert.doesNotMatch(plan, /SCAN requests\b(?! USING)|Seq Scan|TEMP B-TREE|Sort/, plan);
      } finally {
        await app.close();
      }
    });

    test('limit and cursor: a smaller page on request, and a clear 400 for a wrong limit or a cursor the server did not make', async () => {
      const target = await backend.target();
      const store = await storeOn(target);
      const app = await buildApp({ dbFile: target.dbFile ?? ':memory:', databaseUrl: target.databaseUrl, now: () => NOW, maintenanceIntervalMs: 3_600_000 });
      try {
        await fill(store, 30);
        const headers = await coordinatorHeaders(app, store);
        const first = await app.inject({ url: '/api/inbox?limit=12', headers });
        assert.equal(first.json().items.length, 12);
        const next = nextLink(first.headers.link);
        assert.match(next ?? '', /^inbox\?limit=12&cursor=[\w-]+$/);
        assert.equal(first.json().nextCursor, new URLSearchParams(next!.split('?')[1]).get('cursor'), 'the body names the same next page as the Link header');
        const second = await app.inject({ url: `/api/${next}`, headers });
        assert.equal(second.json().items[0].id, 'bulk-000012');
        const last = await app.inject({ url: `/api/${nextLink(second.headers.link)}`, headers });
        assert.equal(last.json().items.length, 6);
        assert.equal(last.headers.link, undefined, 'the last page links nowhere');
        assert.equal(last.json().nextCursor, undefined);
        assert.equal((await app.inject({ url: '/api/inbox', headers })).headers.link, undefined, 'one page holds all 30');
        // The last one is a cursor of the older received-order inbox: refused, not read as a place in this order.
        const oldCursor = Buffer.from(JSON.stringify([NOW.toISOString(), 'bulk-000003'])).toString('base64url');
        for (const query of ['limit=51', 'limit=0', 'limit=ten', 'cursor=bm90LW91cnM', 'cursor=%E2%9C%93', `cursor=${oldCursor}`]) {
          const refused = await app.inject({ url: `/api/inbox?${query}`, headers });
          assert.equal(refused.statusCode, 400, query);
          assert.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8');
        }
      } finally {
        await app.close();
      }
    });
  });
}
