import webpush from 'web-push';
import type { Notice, NoticeChannel, Recipient } from './notice.js';
import { noticeWords } from './notice.js';

/** A browser's push subscription, as `PushSubscription.toJSON()` gives it. */
export interface StoredPushSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/** The push services of the browsers people use; a subscription elsewhere is refused (no requests to arbitrary hosts). */
export const KNOWN_PUSH_SERVICES = [/^fcm\.googleapis\.com$/, /^updates\.push\.services\.mozilla\.com$/, /^web\.push\.apple\.com$/, /\.notify\.windows\.com$/, /^push\.services\.mozilla\.com$/];

/** Whether `endpoint` is a push service the server will send to: https on a known host (or one of `extraHosts`, for tests and private push services). */
export function acceptablePushEndpoint(endpoint: unknown, extraOrigins: readonly string[] = []): endpoint is string {
  if (typeof endpoint !== 'string' || endpoint.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (extraOrigins.includes(url.origin)) return true;
  return url.protocol === 'https:' && KNOWN_PUSH_SERVICES.some((host) => host.test(url.hostname));
}

export function generateVapidKeys(): VapidKeys {
  return webpush.generateVAPIDKeys();
}

/**
 * Web Push to a supporter's own browsers (works while the page is closed; the service worker shows
 * it). The payload is the notice's three fields plus its words, encrypted for that browser
 * (RFC 8291) and signed with the server's VAPID key (RFC 8292). A subscription the push service no
 * longer knows (404/410) is handed to `onGone`, so it can be deleted.
 */
export class WebPushChannel implements NoticeChannel {
  readonly name = 'web-push' as const;

  constructor(
    private readonly vapid: VapidKeys,
    /** A `mailto:` or `https:` address the push services can reach the program at. */
    private readonly subject: string,
    private readonly subscriptionsOf: (recipient: Recipient) => Promise<StoredPushSubscription[]>,
    private readonly onGone: (endpoint: string) => Promise<void>,
    private readonly options: { timeZone?: string; extraOrigins?: readonly string[] } = {},
  ) {}

  async send(recipient: Recipient, notice: Notice): Promise<void> {
    const { title, body } = noticeWords(notice, this.options.timeZone);
    const payload = JSON.stringify({ kind: notice.kind, respondBy: notice.respondBy, inboxUrl: notice.inboxUrl, title, body });
    const failures: unknown[] = [];
    for (const subscription of await this.subscriptionsOf(recipient)) {
      if (!acceptablePushEndpoint(subscription.endpoint, this.options.extraOrigins)) continue;
      try {
        // web-push encrypts and signs; the request itself goes through fetch (no redirects, a timeout).
        const details = webpush.generateRequestDetails(subscription, payload, {
          vapidDetails: { subject: this.subject, publicKey: this.vapid.publicKey, privateKey: this.vapid.privateKey },
          TTL: 24 * 60 * 60,
          urgency: notice.kind === 'request-waiting' ? 'normal' : 'high',
        });
        const headers = Object.fromEntries(Object.entries(details.headers).filter(([name]) => name.toLowerCase() !== 'content-length').map(([name, value]) => [name, String(value)]));
        const response = await fetch(details.endpoint, { method: details.method, headers, body: new Blob([new Uint8Array(details.body as unknown as ArrayBuffer)]), redirect: 'error', signal: AbortSignal.timeout(10_000) });
        await response.body?.cancel();
        if (response.status === 404 || response.status === 410) await this.onGone(subscription.endpoint);
        else if (!response.ok) failures.push(new Error(`push service answered ${response.status}`));
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length) throw new Error(`web push failed for ${failures.length} subscription(s)`);
  }
}
