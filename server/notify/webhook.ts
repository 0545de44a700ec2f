import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Notice, NoticeChannel, Recipient } from './notice.js';

/**
 * A signed webhook, so IT can route notices into Teams, Slack or the HR portal. The body is JSON:
 * the notice's three fields plus `to` (the account id to route to). Headers: `X-Peer-Timestamp`
 * (Unix seconds) and `X-Peer-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">` with the
 * shared secret; a receiver checks the signature and rejects old timestamps (replays).
 */
export class WebhookChannel implements NoticeChannel {
  readonly name = 'webhook' as const;

  constructor(
    private readonly url: string,
    private readonly secret: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(recipient: Recipient, notice: Notice): Promise<void> {
    const body = JSON.stringify({ kind: notice.kind, respondBy: notice.respondBy, inboxUrl: notice.inboxUrl, to: recipient.accountId });
    const timestamp = Math.floor(Date.now() / 1000).toString();
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-peer-timestamp': timestamp, 'x-peer-signature': signature(this.secret, timestamp, body) },
      body,
      redirect: 'error',
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`webhook answered ${response.status}`);
  }
}

export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** For receivers written in Node: true when the signature is right and the timestamp recent. */
export function verifyWebhook(secret: string, headers: { timestamp?: string; signature?: string }, body: string, toleranceSeconds = 300, now = Date.now()): boolean {
  if (!headers.timestamp || !headers.signature || !/^\d+$/.test(headers.timestamp)) return false;
  if (Math.abs(now / 1000 - Number(headers.timestamp)) > toleranceSeconds) return false;
  const expected = Buffer.from(signature(secret, headers.timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
