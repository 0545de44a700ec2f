// Each notification channel receives exactly what a notice may carry (kind, respond-by, inbox link;
// the webhook also the account id to route to) and nothing else: a local webhook receiver, a local
// SMTP sink and a local push service stand in for the real ones.
import assert from 'node:assert/strict';
import { createECDH, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
// @ts-expect-error http_ece (web-push's own dependency) ships no types
import ece from 'http_ece';
import { EmailChannel } from '../notify/email.js';
import { Notifier, readNotifySettings } from '../notify/index.js';
import { noticeOf } from '../notify/notice.js';
import { WebPushChannel, acceptablePushEndpoint, generateVapidKeys } from '../notify/web-push.js';
import { WebhookChannel, verifyWebhook } from '../notify/webhook.js';
import { smtpSink } from './notify-sinks.js';

const RESPOND_BY = '2026-11-28T15:30:00.000Z';
const INBOX = 'https://intranet.example.org/peer-support/inbox';
const notice = noticeOf('request-waiting', RESPOND_BY, INBOX);

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** An HTTP server on loopback that records each request and answers `status()`. */
async function receiver(status: () => number = () => 201) {
  const received: { headers: IncomingMessage['headers']; body: Buffer; url: string }[] = [];
  const server = createServer(async (request, response) => {
    received.push({ headers: request.headers, body: await readBody(request), url: request.url ?? '' });
    response.writeHead(status()).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { received, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('a notice is built from its three fields only, whatever it is handed', () => {
  const request = { name: 'Jordan', channel: { kind: 'phone', value: '555-0199' }, message: 'rough week', respondBy: RESPOND_BY };
  assert.deepEqual(Object.keys(noticeOf('request-overdue', request.respondBy, INBOX)).sort(), ['inboxUrl', 'kind', 'respondBy']);
});

test('webhook: the body is kind, respond-by, inbox link and the account to route to, signed with the shared secret', async () => {
  const { received, origin } = await receiver();
  const secret = randomBytes(32).toString('hex');
  await new WebhookChannel(`${origin}/hooks/peer`, secret).send({ accountId: 'acct-7', email: 'sam@example.org' }, notice);
  assert.equal(received.length, 1);
  const body = received[0].body.toString();
  assert.deepEqual(JSON.parse(body), { kind: 'request-waiting', respondBy: RESPOND_BY, inboxUrl: INBOX, to: 'acct-7' });
  const headers = { timestamp: String(received[0].headers['x-peer-timestamp']), signature: String(received[0].headers['x-peer-signature']) };
  assert.ok(verifyWebhook(secret, headers, body), 'the signature verifies');
  assert.ok(!verifyWebhook(secret, headers, body.replace('acct-7', 'acct-8')), 'a changed body does not');
  assert.ok(!verifyWebhook('another secret', headers, body), 'another secret does not');
  assert.ok(!verifyWebhook(secret, headers, body, 300, (Number(headers.timestamp) + 3600) * 1000), 'an hour-old delivery (a replay) does not');
});

test('webhook: a receiver that fails makes send reject (the caller logs it and goes on)', async () => {
  const { origin } = await receiver(() => 500);
  await assert.rejects(new WebhookChannel(`${origin}/hooks/peer`, 'secret').send({ accountId: 'a' }, notice), /500/);
});

test('e-mail: a plain-text message with the respond-by time and the inbox link, and nothing else', async () => {
  const smtp = await smtpSink();
  const channel = new EmailChannel(smtp.url, 'Peer support <peer-support@example.org>', 'America/Chicago');
  await channel.send({ accountId: 'acct-7', email: 'sam@example.org' }, notice);
  await channel.close();
  const message = await smtp.messages.next();
  assert.equal(smtp.messages.size, 0, 'one message');
  assert.deepEqual(message.to, ['sam@example.org']);
  const raw = message.raw;
  const [head, ...rest] = raw.split('\r\n\r\n');
  assert.match(head, /^Subject: A peer support request is waiting$/m);
  const text = rest.join('\r\n\r\n').replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  assert.equal(
    text.trim(),
    [
      'Someone asked for a peer to get in touch. Please respond by Nov 28, 2026, 9:30 AM CST.',
      '',
      `Open your inbox: ${INBOX}`,
      '',
      'This message never holds who asked or what they wrote; the inbox shows that once you are signed in.',
    ].join('\r\n'),
  );
  assert.ok(!raw.includes('acct-7'), 'the account id stays out of e-mail');
});

test('web push: the payload is encrypted for the browser, signed with the VAPID key, and holds the notice and its words only', async () => {
  const { received, origin } = await receiver();
  const browserKeys = createECDH('prime256v1');
  browserKeys.generateKeys();
  const auth = randomBytes(16);
  const subscription = { endpoint: `${origin}/push/abc`, keys: { p256dh: browserKeys.getPublicKey('base64url'), auth: auth.toString('base64url') } };
  const vapid = generateVapidKeys();
  const gone: string[] = [];
  const channel = new WebPushChannel(vapid, 'mailto:peer-support@example.org', async () => [subscription], async (endpoint) => void gone.push(endpoint), {
    extraOrigins: [origin],
    timeZone: 'UTC',
  });
  await channel.send({ accountId: 'acct-7' }, noticeOf('request-overdue', RESPOND_BY, INBOX));
  assert.equal(received.length, 1);
  const { headers, body } = received[0];
  assert.equal(headers['content-encoding'], 'aes128gcm');
  assert.equal(headers.urgency, 'high');
  assert.match(String(headers.authorization), new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${vapid.publicKey}$`));
  const payload = JSON.parse(ece.decrypt(body, { version: 'aes128gcm', privateKey: browserKeys, authSecret: auth.toString('base64url') }).toString());
  assert.deepEqual(payload, {
    kind: 'request-overdue',
    respondBy: RESPOND_BY,
    inboxUrl: INBOX,
    title: 'A peer support request is past its respond-by time',
    body: 'Nobody has been in touch yet; it was due by Nov 28, 2026, 3:30 PM UTC.',
  });
  assert.deepEqual(gone, []);
});

test('web push: a subscription the push service forgot (410) is handed back for deletion', async () => {
  const { origin } = await receiver(() => 410);
  const keys = createECDH('prime256v1');
  keys.generateKeys();
  const subscription = { endpoint: `${origin}/push/old`, keys: { p256dh: keys.getPublicKey('base64url'), auth: randomBytes(16).toString('base64url') } };
  const gone: string[] = [];
  await new WebPushChannel(generateVapidKeys(), 'mailto:x@example.org', async () => [subscription], async (endpoint) => void gone.push(endpoint), { extraOrigins: [origin] }).send({ accountId: 'a' }, notice);
  assert.deepEqual(gone, [subscription.endpoint]);
});

test('web push sends only to the browsers’ push services over https (no requests to arbitrary hosts)', () => {
  assert.ok(acceptablePushEndpoint('https://fcm.googleapis.com/fcm/send/abc'));
  assert.ok(acceptablePushEndpoint('https://updates.push.services.mozilla.com/wpush/v2/abc'));
  assert.ok(acceptablePushEndpoint('https://web.push.apple.com/abc'));
  assert.ok(acceptablePushEndpoint('https://db5p.notify.windows.com/w/?token=abc'));
  for (const endpoint of ['http://fcm.googleapis.com/x', 'https://169.254.169.254/latest/meta-data', 'https://intranet.example.org/push', 'https://fcm.googleapis.com.evil.example/x', 'not a url', 42])
    assert.ok(!acceptablePushEndpoint(endpoint), String(endpoint));
});

test('the notifier tells every recipient through every channel; one failing channel stops none of the others', async () => {
  const { received, origin } = await receiver();
  const failing = { name: 'email' as const, send: async () => Promise.reject(new Error('mail server down')) };
  const notifier = new Notifier([new WebhookChannel(`${origin}/hook`, 'x'.repeat(32)), failing]);
  const deliveries = await notifier.tell([{ accountId: 'a' }, { accountId: 'b' }], notice);
  assert.deepEqual(deliveries, [
    { channel: 'webhook', sent: 2, failed: 0 },
    { channel: 'email', sent: 0, failed: 2 },
  ]);
  assert.deepEqual(received.map((request) => JSON.parse(request.body.toString()).to).sort(), ['a', 'b']);
});

test('notification settings are checked with a clear message for each problem', () => {
  const errors: string[] = [];
  readNotifySettings({ NOTIFY_WEBHOOK_URL: 'ftp://x', NOTIFY_WEBHOOK_SECRET: 'short', NOTIFY_SMTP_URL: 'smtp://mail', NOTIFY_TIME_ZONE: 'Mars/Olympus' }, errors);
  assert.deepEqual(errors, [
    'NOTIFY_WEBHOOK_URL must start with https: or http: (it is "ftp://x").',
    'NOTIFY_WEBHOOK_SECRET must be at least 32 characters when NOTIFY_WEBHOOK_URL is set.',
    'NOTIFY_MAIL_FROM must be set when NOTIFY_SMTP_URL is set (e.g. "Peer support <peer-support@example.org>").',
    'NOTIFY_INBOX_URL must be set when notifications are: it is the link they carry.',
    'NOTIFY_TIME_ZONE must be an IANA time zone such as America/Chicago (it is "Mars/Olympus").',
  ]);
  const none: string[] = [];
  const settings = readNotifySettings({ NOTIFY_INBOX_URL: INBOX, NOTIFY_WEBHOOK_URL: 'https://hooks.example.org/peer', NOTIFY_WEBHOOK_SECRET: 'y'.repeat(40) }, none);
  assert.deepEqual(none, []);
  assert.deepEqual(Notifier.fromSettings(settings).channels.map((channel) => channel.name), ['webhook']);
});
