import { createHmac, randomBytes } from 'node:crypto';
import type { RateLimitStore } from '../limits.js';
import { toSql } from './sql.js';
import type { Sql, SqlSource } from './sql.js';

/** Counters older than this are deleted by the maintenance sweep (the longest window a limit may use). */
export const RATE_LIMIT_RETENTION_MS = 24 * 3_600_000;

/**
 * Abuse-limit counters in the database, so that every instance on it counts the same hits. A key
 * (a client address, say) is stored only as a keyed hash: the key for the hash is made once per
 * database and kept in `meta`, so a copy of the table alone cannot be matched against addresses.
 * One statement per hit (`INSERT … ON CONFLICT DO UPDATE … RETURNING`): atomic on both databases,
 * no lost updates between instances.
 */
export class RateLimitsRepository implements RateLimitStore {
  private readonly sql: Sql;
  private secret: Promise<string> | undefined;

  constructor(source: SqlSource) {
    this.sql = toSql(source);
  }

  private hashKey(key: string, windowMs: number): Promise<string> {
    this.secret ??= (async () => {
      await this.sql.run("INSERT INTO meta (key, value) VALUES ('rate-limit-key', ?) ON CONFLICT (key) DO NOTHING", [randomBytes(32).toString('base64url')]);
      return (await this.sql.get<{ value: string }>("SELECT value FROM meta WHERE key = 'rate-limit-key'"))!.value;
    })();
    this.secret.catch(() => (this.secret = undefined));
    return this.secret.then((secret) => createHmac('sha256', secret).update(`${windowMs}\n${key}`).digest('base64url'));
  }

  async hit(key: string, windowMs: number, now: number): Promise<{ count: number; resetAt: number }> {
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const row = await this.sql.get<{ hits: number }>(
      `INSERT INTO rate_limits (key_hash, window_start, hits) VALUES (?, ?, 1)
       ON CONFLICT (key_hash, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits`,
      [await this.hashKey(key, windowMs), windowStart],
    );
    return { count: row!.hits, resetAt: windowStart + windowMs };
  }

  /**
   * The per-client rule, then (only when the client is within it) the overall one: on PostgreSQL one
   * statement, two upserts chained in data-modifying CTEs (one round trip); on SQLite, which has no
   * such CTEs and no network hop, the two statements one after the other, as `hit` twice.
   */
  async hitThen(first: { key: string; windowMs: number; max: number }, then: { key: string; windowMs: number }, now: number): Promise<[{ count: number; resetAt: number }, { count: number; resetAt: number } | undefined]> {
    const firstStart = Math.floor(now / first.windowMs) * first.windowMs;
    const thenStart = Math.floor(now / then.windowMs) * then.windowMs;
    const counted = (hits: number, start: number, windowMs: number) => ({ count: Number(hits), resetAt: start + windowMs });
    if (this.sql.dialect === 'sqlite') {
      const one = await this.hit(first.key, first.windowMs, now);
      return [one, one.count <= first.max ? await this.hit(then.key, then.windowMs, now) : undefined];
    }
    const row = await this.sql.get<{ first_hits: number; then_hits: number | null }>(
      `WITH c AS (
         INSERT INTO rate_limits (key_hash, window_start, hits) VALUES (?, ?, 1)
         ON CONFLICT (key_hash, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits),
       o AS (
         INSERT INTO rate_limits (key_hash, window_start, hits) SELECT CAST(? AS TEXT), CAST(? AS BIGINT), 1 FROM c WHERE c.hits <= CAST(? AS INTEGER)
         ON CONFLICT (key_hash, window_start) DO UPDATE SET hits = rate_limits.hits + 1 RETURNING hits)
       SELECT c.hits AS first_hits, (SELECT hits FROM o) AS then_hits FROM c`,
      [await this.hashKey(first.key, first.windowMs), firstStart, await this.hashKey(then.key, then.windowMs), thenStart, first.max],
    );
    return [counted(row!.first_hits, firstStart, first.windowMs), row!.then_hits === null ? undefined : counted(row!.then_hits, thenStart, then.windowMs)];
  }

  /** Deletes counters of windows that started more than a day ago. */
  async purge(now: Date): Promise<number> {
    return (await this.sql.run('DELETE FROM rate_limits WHERE window_start < ?', [now.getTime() - RATE_LIMIT_RETENTION_MS])).changes;
  }
}
