// Telling the right people, never the content: who is told of a request (addressed supporter; for
// "anyone", supporters on duty outside "not my team"; coordinators once it is nearly or past due),
// that each notice goes out once across instances and sweeps, the push subscription endpoints, and
// that nothing but kind, respond-by and the inbox link leaves the server on any channel.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { after, test } from 'node:test';
// @ts-expect-error http_ece (web-push's own dependency) ships no types
import ece from 'http_ece';
import type { FastifyInstance } from 'fastify';
import { openStore } from '../db/database.js';
import { PushRepository } from '../db/push-repository.js';
import type { Store } from '../db/store.js';
import { sweep } from '../maintenance.js';
import { Notifier } from '../notify/index.js';
import type { Notice, NoticeChannel, Recipient } from '../notify/notice.js';
import { Notifications } from '../notify/notifications.js';
import type { SentNotice } from '../notify/notifications.js';
import { readSettings, repositoryRoot } from '../settings.js';
import { BACKENDS, storeOn } from './backends.js';
import { signIn, testApp, validRequest } from './helpers.js';
import { browserKeys, queue, receiver, smtpSink } from './notify-sinks.js';

const INBOX = 'https://intranet.example.org/peer-support/inbox';
const SECRET = 'w'.repeat(40);

const post = (app: FastifyInstance, body: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: '/api/requests', headers: { 'idempotency-key': String(body.id) }, payload: body });

/** Account id → roster id, for reading the webhook's `to`. */
async function rosterIdsByAccount(store: Store): Promise<Map<string, string | undefined>> {
  return new Map((await store.accounts.notifiable()).map((account) => [account.id, account.supporterId ?? account.role]));
}

test('a new request tells the addressed supporter (whatever their availability); for "anyone", supporters on duty outside the requester’s team', async () => {
  const hook = await receiver();
  const sent = queue<SentNotice>();
  const { app, dbFile } = await testApp({ notify: { inboxUrl: INBOX, webhookUrl: `${hook.origin}/hook`, webhookSecret: SECRET }, onNotice: (notice) => sent.push(notice) });
  const store = await openStore({ dbFile });
  after(() => store.close());
  const byAccount = await rosterIdsByAccount(store);
  const told = async (count: number) => {
    const bodies = [];
    for (let index = 0; index < count; index++) bodies.push(JSON.parse((await hook.received.next()).body.toString()) as { to: string; kind: string });
    return bodies;
  };

  // Chí is off duty: a request addressed to her still tells her (she chose nobody else).
  assert.equal((await post(app, validRequest({ supporterId: 'chi-nguyen' }))).statusCode, 201);
  assert.deepEqual(await sent.next().then((notice) => [notice.kind, notice.recipients]), ['request-waiting', 1]);
  assert.deepEqual((await told(1)).map((body) => byAccount.get(body.to)), ['chi-nguyen']);

  // "Anyone", not my team (Station 4 – B shift): available and busy supporters, but not Dee (busy, same
  // team), nor Ben and Kai (on a break) or Chí and Gabe (off duty).
  const anyone = validRequest({ preferences: { notMyTeam: true, team: 'Station 4 – B shift' } });
  assert.equal((await post(app, anyone)).statusCode, 201);
  const { recipients } = await sent.next();
  const roster = (await told(recipients)).map((body) => byAccount.get(body.to)).sort();
  assert.deepEqual(roster, ['ana-rivera', 'eli-brooks', 'fatima-haddad', 'hana-kim', 'ike-mensah', 'jo-lindqvist', 'lupe-ramos']);

  // Sending the same request again (a retry) tells nobody again: the next notice is the next request's.
  assert.equal((await post(app, anyone)).statusCode, 200);
  assert.equal((await post(app, validRequest({ supporterId: 'ana-rivera' }))).statusCode, 201);
  assert.deepEqual((await told(1)).map((body) => byAccount.get(body.to)), ['ana-rivera']);
  assert.equal(hook.received.size, 0);
});

test('nothing but kind, respond-by and the inbox link leaves the server, on the webhook, by e-mail and by Web Push', async () => {
  const hook = await receiver();
  const pushService = await receiver();
  const smtp = await smtpSink();
  const sent = queue<SentNotice>();
  const { app, dbFile } = await testApp({
    notify: { inboxUrl: INBOX, webhookUrl: `${hook.origin}/hook`, webhookSecret: SECRET, smtpUrl: smtp.url, mailFrom: 'Peer support <peer-support@example.org>', timeZone: 'UTC' },
    pushOrigins: [pushService.origin],
    onNotice: (notice) => sent.push(notice),
  });
  // A supporter of her own account (not the sample one), with an e-mail address and a browser subscribed.
  const store = await openStore({ dbFile });
  after(() => store.close());
  for (const account of await store.accounts.notifiable()) if (account.supporterId === 'lupe-ramos') await store.accounts.disable(account.id, new Date());
  const lupe = await signIn(app, dbFile, 'supporter', 'lupe-ramos');
  await store.accounts.setEmail(lupe.account.id, 'lupe.notices@example.org');
  const browser = browserKeys();
  const subscribed = await app.inject({ method: 'POST', url: '/api/push/subscriptions', headers: lupe.headers, payload: { endpoint: `${pushService.origin}/push/lupe`, expirationTime: null, keys: browser.keys } });
  assert.equal(subscribed.statusCode, 204, subscribed.body);

  const distinctive = {
    name: 'Quillon Vantablack-Marsh',
    channel: { kind: 'email', value: 'quillon.vm@private.example' },
    message: 'Zephyrine stopped answering after the Harrowgate call',
    bestTimes: 'Thursdays after the Oxbridge shift',
    preferences: { notMyTeam: true, team: 'Lanternfield crew' },
  };
  const request = validRequest({ supporterId: 'lupe-ramos', ...distinctive });
  const answer = await post(app, request);
  assert.equal(answer.statusCode, 201);
  const { respondBy } = answer.json() as { respondBy: string };
  const notice = await sent.next();
  assert.deepEqual(notice.deliveries.map((delivery) => [delivery.channel, delivery.sent, delivery.failed]), [
    ['web-push', 1, 0],
    ['webhook', 1, 0],
    ['email', 1, 0],
  ]);

  const webhook = await hook.received.next();
  assert.deepEqual(JSON.parse(webhook.body.toString()), { kind: 'request-waiting', respondBy, inboxUrl: INBOX, to: lupe.account.id });
  const mail = await smtp.messages.next();
  assert.deepEqual(mail.to, ['lupe.notices@example.org']);
  const pushed = await pushService.received.next();
  const payload = JSON.parse(ece.decrypt(pushed.body, { version: 'aes128gcm', privateKey: browser.ecdh, authSecret: browser.keys.auth }).toString());
  assert.deepEqual(Object.keys(payload).sort(), ['body', 'inboxUrl', 'kind', 'respondBy', 'title']);
  assert.deepEqual([payload.kind, payload.respondBy, payload.inboxUrl], ['request-waiting', respondBy, INBOX]);

  // Every byte each channel received, searched for every word the person wrote and the request's id.
  const everything = {
    webhook: JSON.stringify(webhook.headers) + webhook.body.toString() + webhook.url,
    email: mail.raw.replace(/=\r\n/g, ''),
    push: JSON.stringify(pushed.headers) + pushed.url + JSON.stringify(payload),
  };
  const secrets = [request.id, 'Quillon', 'Vantablack', 'quillon.vm', 'private.example', 'Zephyrine', 'Harrowgate', 'Oxbridge', 'Lanternfield', 'lupe-ramos', 'Lupe'];
  for (const [channel, text] of Object.entries(everything)) for (const secret of secrets) assert.ok(!text.includes(secret), `${channel} carries "${secret}"`);
});

/** A channel that records whom it told of what, standing in for the three real ones (tested above). */
function recordingChannel() {
  const told: { accountId: string; notice: Notice }[] = [];
  const channel: NoticeChannel = { name: 'webhook', send: async (recipient: Recipient, notice: Notice) => void told.push({ accountId: recipient.accountId, notice }) };
  return { told, channel };
}

test('nearly due, then past due, with nobody in touch: the supporters and the coordinators are told once, however many instances sweep', async () => {
  let clock = new Date('2026-11-27T08:00:00.000Z');
  const { app, dbFile } = await testApp({ now: () => clock, maintenanceIntervalMs: 3_600_000 });
  const coordinator = await signIn(app, dbFile, 'coordinator', undefined, 'cookie', clock);
  const waiting = validRequest({ supporterId: 'ana-rivera' });
  const answered = validRequest({ supporterId: 'eli-brooks' });
  for (const request of [waiting, answered]) assert.equal((await post(app, request)).statusCode, 201);
  // Two instances on the one database, each with its own notifier.
  const instances = await Promise.all(
    [0, 1].map(async () => {
      const store = await openStore({ dbFile, now: () => clock });
      after(() => store.close());
      const recording = recordingChannel();
      return { store, told: recording.told, notifications: new Notifications(store, new Notifier([recording.channel]), INBOX) };
    }),
  );
  const sweepAll = async () => {
    await Promise.all(instances.map(({ store, notifications }) => sweep(store, clock, notifications)));
    return instances.flatMap(({ told }) => told.splice(0)).map(({ accountId, notice }) => `${notice.kind} ${accountId === coordinator.account.id ? 'coordinator' : 'supporter'}`).sort();
  };

  // 17 hours into a 24-hour window: more than a quarter left, nothing yet.
  clock = new Date('2026-11-28T01:00:00.000Z');
  assert.deepEqual(await sweepAll(), []);
  const eli = await signIn(app, dbFile, 'supporter', 'eli-brooks', 'cookie', clock);
  // Eli gets in touch about his.
  assert.equal((await app.inject({ method: 'POST', url: `/api/inbox/${answered.id}/claim`, headers: eli.headers })).statusCode, 204);
  const contacted = await app.inject({ method: 'POST', url: `/api/inbox/${answered.id}/contacted`, headers: eli.headers });
  assert.ok(contacted.statusCode < 300, contacted.body);
  // 19 hours in: a quarter of the window is left. Ana's accounts (the sample one) and the coordinator, once.
  clock = new Date('2026-11-28T03:00:00.000Z');
  assert.deepEqual(await sweepAll(), ['request-due-soon coordinator', 'request-due-soon supporter']);
  assert.deepEqual(await sweepAll(), [], 'a second sweep sends nothing');
  // Past due: once more, as overdue, and then never again.
  clock = new Date('2026-11-28T08:00:01.000Z');
  assert.deepEqual(await sweepAll(), ['request-overdue coordinator', 'request-overdue supporter']);
  clock = new Date('2026-11-29T08:00:00.000Z');
  assert.deepEqual(await sweepAll(), []);
});

test('push subscriptions: signed in only, https on a browser’s push service, a few per account, gone when the push service forgets them or the account is disabled', async () => {
  const pushService = await receiver(() => 410);
  const { app, dbFile } = await testApp({ notify: { inboxUrl: INBOX }, pushOrigins: [pushService.origin] });
  const supporter = await signIn(app, dbFile, 'supporter', 'jo-lindqvist');
  const subscribe = (endpoint: string, keys = browserKeys().keys) => app.inject({ method: 'POST', url: '/api/push/subscriptions', headers: supporter.headers, payload: { endpoint, keys } });

  assert.equal((await app.inject({ method: 'GET', url: '/api/push/key' })).statusCode, 401);
  const key = await app.inject({ method: 'GET', url: '/api/push/key', headers: supporter.headers });
  assert.equal(key.statusCode, 200);
  assert.match(key.json().publicKey, /^[A-Za-z0-9_-]{87}$/);
  // A second instance on the same database signs with the same key (and never says the private one).
  const store = await openStore({ dbFile });
  after(() => store.close());
  const push = new PushRepository(store.sql);
  assert.equal((await push.vapidKeys()).publicKey, key.json().publicKey);
  assert.ok(!key.body.includes((await push.vapidKeys()).privateKey));

  for (const endpoint of ['http://fcm.googleapis.com/fcm/send/abc', 'https://169.254.169.254/latest/meta-data/x', 'https://intranet.example.org/push/x']) {
    const refused = await subscribe(endpoint);
    assert.equal(refused.statusCode, 422, endpoint);
  }
  assert.equal((await subscribe('https://fcm.googleapis.com/fcm/send/abc', { p256dh: 'short', auth: 'x' })).statusCode, 400);
  assert.equal((await app.inject({ method: 'POST', url: '/api/push/subscriptions', headers: { cookie: supporter.headers.cookie }, payload: { endpoint: 'https://fcm.googleapis.com/fcm/send/abc', keys: browserKeys().keys } })).statusCode, 403, 'a cookie write needs the CSRF token');

  for (let index = 1; index <= 7; index++) assert.equal((await subscribe(`https://fcm.googleapis.com/fcm/send/device-${index}`)).statusCode, 204);
  const kept = (await push.of(supporter.account.id)).map((subscription) => subscription.endpoint.split('/').pop());
  assert.equal(kept.length, 5, 'at most five browsers per account');
  assert.ok(kept.includes('device-7') && !kept.includes('device-1'), 'the newest are kept');
  const removed = await app.inject({ method: 'DELETE', url: '/api/push/subscriptions', headers: supporter.headers, payload: { endpoint: 'https://fcm.googleapis.com/fcm/send/device-7' } });
  assert.equal(removed.statusCode, 204);
  assert.equal((await push.of(supporter.account.id)).length, 4);

  // The push service says a subscription is gone (410): the server deletes it when it next sends.
  assert.equal((await subscribe(`${pushService.origin}/push/old`)).statusCode, 204);
  const notifications = await Notifications.open(store, { inboxUrl: INBOX }, { pushOrigins: [pushService.origin] });
  const webPush = notifications.notifier.channels.find((channel) => channel.name === 'web-push')!;
  await webPush.send({ accountId: supporter.account.id }, { kind: 'request-waiting', respondBy: new Date().toISOString(), inboxUrl: INBOX }).catch(() => undefined);
  const endpoints = (await push.of(supporter.account.id)).map((subscription) => subscription.endpoint);
  assert.ok(!endpoints.includes(`${pushService.origin}/push/old`));

  // Disabling the account deletes its subscriptions.
  await store.accounts.revoke(supporter.account.id, new Date());
  assert.equal((await store.sql.get<{ n: number }>('SELECT CAST(COUNT(*) AS INTEGER) AS n FROM push_subscriptions WHERE account_id = ?', [supporter.account.id]))!.n, 0);
});

test('without NOTIFY_INBOX_URL nothing is sent and the key endpoint says notices are not turned on', async () => {
  const { app, dbFile } = await testApp();
  const supporter = await signIn(app, dbFile, 'supporter', 'jo-lindqvist');
  const key = await app.inject({ method: 'GET', url: '/api/push/key', headers: supporter.headers });
  assert.equal(key.statusCode, 404);
  assert.match(key.json().detail, /not turned on notices/);
});

function cli(name: string, args: string[], dbFile: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', join('server', 'cli', `accounts-${name}.ts`), ...args], { cwd: repositoryRoot, env: { ...process.env, DB_FILE: dbFile } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test('accounts:create --email and accounts:email set the address the e-mail channel sends to', async () => {
  const { dbFile } = await testApp();
  const created = await cli('create', ['--role', 'coordinator', '--email', 'coord@example.org'], dbFile);
  assert.equal(created.code, 0, created.stderr);
  const accountId = /Created coordinator account (\S+)\./.exec(created.stdout)![1];
  const store = await openStore({ dbFile });
  after(() => store.close());
  assert.equal(await store.accounts.emailOf(accountId), 'coord@example.org');
  assert.equal((await cli('create', ['--role', 'coordinator', '--email', 'not an address'], dbFile)).code, 2);
  assert.equal((await cli('email', ['--account', accountId, '--email', 'new@example.org'], dbFile)).code, 0);
  assert.equal(await store.accounts.emailOf(accountId), 'new@example.org');
  assert.equal((await cli('email', ['--account', accountId, '--clear'], dbFile)).code, 0);
  assert.equal(await store.accounts.emailOf(accountId), undefined);
});

test('a plain-http inbox page (the demo) still signs pushes with a subject push services accept', async () => {
  const pushService = await receiver();
  const { app, dbFile } = await testApp();
  const supporter = await signIn(app, dbFile, 'supporter', 'jo-lindqvist');
  const store = await openStore({ dbFile });
  after(() => store.close());
  const browser = browserKeys();
  await new PushRepository(store.sql).save(supporter.account.id, { endpoint: `${pushService.origin}/push/demo`, keys: browser.keys }, new Date());
  // Web Push refuses an http: subject; the inbox page's origin is used only when it is https.
  const notifications = await Notifications.open(store, { inboxUrl: 'http://localhost:8787/supporter.html' }, { pushOrigins: [pushService.origin] });
  const deliveries = await notifications.notifier.tell([{ accountId: supporter.account.id }], { kind: 'request-waiting', respondBy: new Date().toISOString(), inboxUrl: 'http://localhost:8787/supporter.html' });
  assert.deepEqual(deliveries, [{ channel: 'web-push', sent: 1, failed: 0 }]);
  assert.match(String((await pushService.received.next()).headers.authorization), /^vapid t=/);
});

for (const backend of BACKENDS) {
  test(`${backend.name}: a due notice is claimed by one instance of several sweeping at once; VAPID keys and subscriptions are shared`, async () => {
    const target = await backend.target();
    const clock = new Date('2026-11-27T08:00:00.000Z');
    const stores = [await storeOn(target, { sampleData: true }), await storeOn(target, { sampleData: true })];
    const request = validRequest({ supporterId: 'ana-rivera' }) as Parameters<Store['requests']['insert']>[0];
    await stores[0].requests.insert(request, 'hash', clock, new Date(clock.getTime() + 24 * 3_600_000));
    const instances = stores.map((store) => {
      const recording = recordingChannel();
      return { store, told: recording.told, notifications: new Notifications(store, new Notifier([recording.channel]), INBOX) };
    });
    const at = new Date(clock.getTime() + 25 * 3_600_000);
    const counts = await Promise.all(instances.map(({ store, notifications }) => sweep(store, at, notifications)));
    assert.deepEqual(counts.map((result) => result.notices.overdue).sort(), [0, 1], 'one instance sent the overdue notice');
    const told = instances.flatMap(({ told }) => told);
    assert.ok(told.length > 0 && told.every(({ notice }) => notice.kind === 'request-overdue'));
    assert.equal(new Set(told.map(({ accountId }) => accountId)).size, told.length, 'each account told once');
    assert.deepEqual((await Promise.all(instances.map(({ store, notifications }) => sweep(store, at, notifications)))).map((result) => result.notices), [{ dueSoon: 0, overdue: 0 }, { dueSoon: 0, overdue: 0 }]);

    // Both instances sign with one key pair, made once.
    const [first, second] = await Promise.all(stores.map((store) => new PushRepository(store.sql).vapidKeys()));
    assert.deepEqual(first, second);
    const account = (await stores[0].accounts.notifiable()).find((candidate) => candidate.supporterId === 'ana-rivera')!;
    await new PushRepository(stores[0].sql).save(account.id, { endpoint: 'https://fcm.googleapis.com/fcm/send/shared', keys: browserKeys().keys }, clock);
    assert.deepEqual((await new PushRepository(stores[1].sql).of(account.id)).map((subscription) => subscription.endpoint), ['https://fcm.googleapis.com/fcm/send/shared']);
  });
}

test('the server’s settings read NOTIFY_* with the rest, and a wrong one stops the start with the others', () => {
  const bad = readSettings({ NOTIFY_PUSH_SUBJECT: 'http://intranet.example.org', PORT: '80a' }, false);
  assert.equal(bad.settings, undefined);
  assert.ok(bad.errors.includes('NOTIFY_PUSH_SUBJECT must start with mailto: or https: (it is "http://intranet.example.org").'), bad.errors.join('\n'));
  assert.ok(bad.errors.some((error) => error.startsWith('PORT')));
  const good = readSettings({ NOTIFY_INBOX_URL: INBOX, NOTIFY_TIME_ZONE: 'America/Chicago' }, false);
  assert.deepEqual(good.errors, []);
  assert.equal(good.settings?.notify.inboxUrl, INBOX);
  assert.equal(good.settings?.notify.timeZone, 'America/Chicago');
});
