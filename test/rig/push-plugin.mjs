// Web Push in the browser tests (test/push/*.test.ts):
// - `push-deliver`: delivers a push message to the test page's service worker the way a push service
//   would, through Chromium's DevTools protocol (ServiceWorker.deliverPushMessage), after granting the
//   page's origin notification permission and once the worker runs, and answers what the worker
//   showed ({ title, body, tag, data } of its showNotification call). Other engines have no such hook: the command answers
//   { delivered: false } there, and the test says so.
// - `push-permission`: sets the page origin's notification permission (granted, denied or prompt),
//   as a person answering the browser's question would (Chromium; { set: false } elsewhere).
// - `push-received`: the local push service (below) received a message for `endpoint` from the
//   reference server; decrypts it with the subscription's private key (RFC 8291, as the browser would)
//   and answers the plaintext and the push headers.
// The local push service stands in for FCM, which Chromium subscribes with and which cannot be reached
// here: the reference server accepts its origin (reference-server-plugin.mjs passes `pushOrigins`) and
// sends it real, encrypted, VAPID-signed Web Push requests.
import { createECDH } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';

const ece = createRequire(import.meta.url)('http_ece');

let service;
/** Starts (once) the local push service on loopback; resolves to its origin. */
export function localPushService() {
  service ??= new Promise((resolve) => {
    const received = new Map(); // path -> [{ headers, body }]
    const waiting = new Map(); // path -> resolve[]
    const server = createServer((request, response) => {
      const chunks = [];
      request.on('data', (chunk) => chunks.push(chunk));
      request.on('end', () => {
        response.writeHead(201).end();
        const message = { headers: request.headers, body: Buffer.concat(chunks) };
        const resolvers = waiting.get(request.url) ?? [];
        if (resolvers.length) resolvers.shift()(message);
        else received.set(request.url, [...(received.get(request.url) ?? []), message]);
      });
    });
    server.unref();
    server.listen(0, '127.0.0.1', () => {
      const next = (path) => {
        const queued = received.get(path) ?? [];
        if (queued.length) return Promise.resolve(queued.shift());
        return new Promise((done) => waiting.set(path, [...(waiting.get(path) ?? []), done]));
      };
      resolve({ origin: `http://127.0.0.1:${server.address().port}`, next });
    });
  });
  return service;
}

async function setPermission(session, origin, setting) {
  const context = session.browser.getPage(session.id).browserContext();
  await context.clearPermissionOverrides();
  // Granting a list denies every permission not on it; clearing the overrides leaves the browser's question.
  if (setting === 'granted') await context.overridePermissions(origin, ['notifications']);
  else if (setting === 'denied') await context.overridePermissions(origin, []);
}

const isChromium = (session) => session.browser.type === 'puppeteer' && session.browser.name === 'Chromium';

export function pushPlugin() {
  return {
    name: 'push-deliver',
    async executeCommand({ command, payload, session }) {
      if (command === 'push-permission') {
        if (!isChromium(session)) return { set: false };
        await setPermission(session, payload.origin, payload.setting);
        return { set: true };
      }
      if (command === 'push-service') return { origin: (await localPushService()).origin };
      if (command === 'push-received') {
        const { endpoint, privateKey, auth } = payload;
        const { origin, next } = await localPushService();
        if (!endpoint.startsWith(`${origin}/`)) throw new Error(`not the local push service: ${endpoint}`);
        const message = await next(endpoint.slice(origin.length));
        const keys = createECDH('prime256v1');
        keys.setPrivateKey(Buffer.from(privateKey, 'base64url'));
        const data = ece.decrypt(message.body, { version: 'aes128gcm', privateKey: keys, authSecret: auth }).toString();
        const { ttl, urgency, authorization } = message.headers;
        return { data, headers: { ttl, urgency, contentEncoding: message.headers['content-encoding'], vapid: /^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/.test(authorization ?? '') } };
      }
      if (command !== 'push-deliver') return undefined;
      const { scope, data } = payload ?? {};
      if (!isChromium(session)) return { delivered: false };
      const page = session.browser.getPage(session.id);
      const origin = new URL(scope).origin;
      await page.browserContext().overridePermissions(origin, ['notifications']);
      const cdp = await page.createCDPSession();
      try {
        // The registration for `scope`, and its activated version started, so that DevTools can attach to the worker.
        const versions = new Map();
        const running = (id) => [...versions.values()].some((version) => version.registrationId === id && version.status === 'activated' && version.runningStatus === 'running');
        let registrationId;
        let settle;
        const changed = new Promise((resolve) => (settle = resolve));
        const ready = new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no running service worker for ${scope}`)), 10_000);
          const check = () => {
            if (registrationId && running(registrationId)) {
              clearTimeout(timer);
              resolve();
            }
          };
          cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
            const match = registrations.find((registration) => registration.scopeURL === scope && !registration.isDeleted);
            if (match && !registrationId) {
              registrationId = match.registrationId;
              settle();
            }
            check();
          });
          cdp.on('ServiceWorker.workerVersionUpdated', ({ versions: updated }) => {
            for (const version of updated) versions.set(version.versionId, version);
            check();
          });
        });
        await cdp.send('ServiceWorker.enable');
        await Promise.race([changed, ready]);
        await cdp.send('ServiceWorker.startWorker', { scopeURL: scope });
        await ready;
        // What the worker shows, read as it calls showNotification: headless Chromium accepts the call
        // but often keeps no notification for getNotifications() to return (seen about half the time).
        const scriptURL = [...versions.values()].find((version) => version.registrationId === registrationId && version.runningStatus === 'running').scriptURL;
        const target = await page.browser().waitForTarget((candidate) => candidate.type() === 'service_worker' && candidate.url() === scriptURL, { timeout: 10_000 });
        const worker = await target.worker();
        await worker.evaluate(() => {
          const registration = self.registration;
          if (self.__peerShown) return;
          self.__peerShown = [];
          const show = registration.showNotification.bind(registration);
          registration.showNotification = (title, options = {}) => {
            self.__peerShown.push({ title, body: options.body, tag: options.tag, data: options.data });
            return show(title, options);
          };
        });
        const before = await worker.evaluate(() => self.__peerShown.length);
        await cdp.send('ServiceWorker.deliverPushMessage', { origin, registrationId, data });
        // Resolves once the push handler has called showNotification (a handler that never does times the test out).
        const shown = await worker.evaluate(async (count) => {
          while (self.__peerShown.length <= count) await new Promise((resolve) => setTimeout(resolve));
          return self.__peerShown[self.__peerShown.length - 1];
        }, before);
        return { delivered: true, shown };
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
  };
}
