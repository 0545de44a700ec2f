import type { StoredPushSubscription, VapidKeys } from '../notify/web-push.js';
import { generateVapidKeys } from '../notify/web-push.js';
import { toSql } from './sql.js';
import type { Sql, SqlSource } from './sql.js';

/** How many browsers one account may be told on; subscribing another replaces the oldest. */
export const MAX_SUBSCRIPTIONS_PER_ACCOUNT = 5;

/**
 * The only code that reads or writes Web Push subscriptions and the server's VAPID keys.
 *
 * The VAPID key pair is made once, by whichever instance asks first, and kept in `meta`, so every
 * instance on the database signs with the same key (a subscription is bound to the public key it was
 * made with). The private key never leaves this repository and the channel that signs with it: it is
 * never logged and never sent.
 */
export class PushRepository {
  private readonly sql: Sql;

  constructor(source: SqlSource) {
    this.sql = toSql(source);
  }

  async vapidKeys(): Promise<VapidKeys> {
    const read = async () => (await this.sql.get<{ value: string }>("SELECT value FROM meta WHERE key = 'vapid-keys'"))?.value;
    let stored = await read();
    if (!stored) {
      // Two instances starting at once: one insert wins, both read the winner's keys.
      await this.sql.run("INSERT INTO meta (key, value) VALUES ('vapid-keys', ?) ON CONFLICT (key) DO NOTHING", [JSON.stringify(generateVapidKeys())]);
      stored = (await read())!;
    }
    const { publicKey, privateKey } = JSON.parse(stored) as VapidKeys;
    return { publicKey, privateKey };
  }

  /**
   * Stores (or moves to this account) a browser's subscription. An endpoint belongs to one browser
   * profile: when another account signs in on it and subscribes, the subscription becomes theirs.
   * Beyond `MAX_SUBSCRIPTIONS_PER_ACCOUNT`, the oldest of the account's subscriptions are dropped.
   */
  async save(accountId: string, subscription: StoredPushSubscription, now: Date): Promise<void> {
    await this.sql.transaction(async (tx) => {
      await tx.run(
        `INSERT INTO push_subscriptions (endpoint, account_id, p256dh, auth, created_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (endpoint) DO UPDATE SET account_id = excluded.account_id, p256dh = excluded.p256dh, auth = excluded.auth, created_at = excluded.created_at`,
        [subscription.endpoint, accountId, subscription.keys.p256dh, subscription.keys.auth, now.toISOString()],
      );
      const newestFirst = await tx.all<{ endpoint: string }>('SELECT endpoint FROM push_subscriptions WHERE account_id = ? ORDER BY created_at DESC, endpoint', [accountId]);
      const extra = newestFirst.slice(MAX_SUBSCRIPTIONS_PER_ACCOUNT);
      for (const { endpoint } of extra) await tx.run('DELETE FROM push_subscriptions WHERE endpoint = ?', [endpoint]);
    });
  }

  /** Deletes this account's subscription with this endpoint; false when it had none. */
  async remove(accountId: string, endpoint: string): Promise<boolean> {
    return (await this.sql.run('DELETE FROM push_subscriptions WHERE account_id = ? AND endpoint = ?', [accountId, endpoint])).changes > 0;
  }

  /** The push service no longer knows this endpoint (it answered 404 or 410). */
  async forget(endpoint: string): Promise<void> {
    await this.sql.run('DELETE FROM push_subscriptions WHERE endpoint = ?', [endpoint]);
  }

  async removeAll(accountId: string): Promise<number> {
    return (await this.sql.run('DELETE FROM push_subscriptions WHERE account_id = ?', [accountId])).changes;
  }

  /** The account's subscriptions, only while the account is enabled. */
  async of(accountId: string): Promise<StoredPushSubscription[]> {
    const rows = await this.sql.all<{ endpoint: string; p256dh: string; auth: string }>(
      `SELECT push_subscriptions.endpoint, push_subscriptions.p256dh, push_subscriptions.auth FROM push_subscriptions
       JOIN accounts ON accounts.id = push_subscriptions.account_id
       WHERE push_subscriptions.account_id = ? AND accounts.disabled_at IS NULL ORDER BY push_subscriptions.created_at, push_subscriptions.endpoint`,
      [accountId],
    );
    return rows.map((row) => ({ endpoint: row.endpoint, keys: { p256dh: row.p256dh, auth: row.auth } }));
  }

  /** Whether this account has a subscription with this endpoint (the element asks, to show "on" honestly). */
  async has(accountId: string, endpoint: string): Promise<boolean> {
    return !!(await this.sql.get('SELECT 1 AS one FROM push_subscriptions WHERE account_id = ? AND endpoint = ?', [accountId, endpoint]));
  }
}
