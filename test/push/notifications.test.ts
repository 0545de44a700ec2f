// <peer-notifications> against the real reference server: honest states, permission asked only on a
// click, the subscription stored on the server, and a request made afterwards reaching the service
// worker as the notice the server sent.
//
// One stand-in, and only in Chromium: Chromium subscribes through FCM, which cannot be reached here,
// so `PushManager.prototype.subscribe`/`getSubscription` answer with a subscription on the rig's local
// push service (test/rig/push-plugin.mjs), made from keys generated in this page as the browser would.
// Everything else is real: the service worker registration (under the page's strict CSP and Trusted
// Types), the permission, the server storing the subscription, the server's encrypted and signed Web
// Push request, and the service worker showing what it carried.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/notifications/define.js';
import type { PeerNotifications } from '../../src/notifications/notifications.js';
import { configure } from '../../src/core/config.js';
import { API_URL } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { button, text, withCleanSupporterSide } from '../support/supporter-side.js';

const WORKER_URL = '/dist/peer-support-sw.js';
const SCOPE = new URL('/dist/', location.href).href;
const chromium = navigator.userAgent.includes('Chrome/');

const base64url = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/** A subscription on the local push service, with real P-256 keys made here (what the browser does inside `subscribe`). */
async function localSubscriptions() {
  const { origin } = await executeServerCommand<{ origin: string }, undefined>('push-service');
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])) as CryptoKeyPair;
  const p256dh = base64url(await crypto.subtle.exportKey('raw', pair.publicKey));
  const privateKey = (await crypto.subtle.exportKey('jwk', pair.privateKey)).d!;
  const auth = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const endpoint = `${origin}/push/${crypto.randomUUID()}`;
  let current: PushSubscription | null = null;
  const original = { subscribe: PushManager.prototype.subscribe, getSubscription: PushManager.prototype.getSubscription };
  PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
    const json = { endpoint, expirationTime: null, keys: { p256dh, auth } };
    current = {
      endpoint,
      expirationTime: null,
      options: { applicationServerKey: (options?.applicationServerKey as Uint8Array).buffer, userVisibleOnly: true },
      toJSON: () => json,
      unsubscribe: async () => ((current = null), true),
      getKey: () => null,
    } as unknown as PushSubscription;
    return current;
  };
  PushManager.prototype.getSubscription = async () => current;
  return { endpoint, privateKey, auth, restore: () => Object.assign(PushManager.prototype, original) };
}

describe('<peer-notifications>', () => {
  withCleanSupporterSide();
  after(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  });

  it('says plainly what a notice holds, and that the browser blocks them when it does', async () => {
    const { set } = await executeServerCommand<{ set: boolean }, { origin: string; setting: string }>('push-permission', { origin: location.origin, setting: 'denied' });
    const jo = await bearerSession('supporter', 'jo-lindqvist');
    configure({ headers: jo.headers });
    const widget = await fixture<PeerNotifications>(html`<peer-notifications endpoint=${API_URL} service-worker-url=${WORKER_URL}></peer-notifications>`);
    const status = () => widget.shadowRoot!.querySelector('[part="status"]')?.textContent?.trim() ?? '';
    await waitUntil(() => status() && status() !== 'One moment…', 'no state shown');
    expect(text(widget)).to.contain('It never shows who asked, how to reach them or what they wrote');
    if (!set) {
      // Other engines: the rig cannot answer the browser's question, so the state is whatever the engine allows.
      expect(status()).to.match(/^(Notices are (off|blocked)|This browser cannot show notices)/);
      return;
    }
    expect(text(widget)).to.contain('Notices are blocked for this site in your browser’s settings');
    expect(widget.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('says so when the service worker is not where the page says, and stays off', async function () {
    if (!chromium) this.skip(); // the browser's question is answered through Chromium's DevTools protocol
    await executeServerCommand('push-permission', { origin: location.origin, setting: 'granted' });
    const jo = await bearerSession('supporter', 'jo-lindqvist');
    configure({ headers: jo.headers });
    const widget = await fixture<PeerNotifications>(html`<peer-notifications endpoint=${API_URL} service-worker-url="/nowhere/peer-support-sw.js"></peer-notifications>`);
    await waitUntil(() => text(widget).includes('Notices are off for this browser'), 'not off at first');
    button(widget, 'Turn on notices').click();
    await waitUntil(() => widget.shadowRoot!.querySelector('.message.problem'), 'no problem said');
    expect(text(widget)).to.contain('The notice helper could not be loaded on this page');
    expect(text(widget)).to.contain('Notices are off for this browser');
  });

  it('turning it on stores the subscription; a request made then reaches the service worker as the notice the server sent', async function () {
    if (!chromium) this.skip(); // the permission and the push delivery need Chromium's DevTools protocol
    await executeServerCommand('push-permission', { origin: location.origin, setting: 'granted' });
    const local = await localSubscriptions();
    try {
      const hana = await bearerSession('supporter', 'hana-kim');
      configure({ headers: hana.headers });
      const widget = await fixture<PeerNotifications>(html`<peer-notifications endpoint=${API_URL} service-worker-url=${WORKER_URL}></peer-notifications>`);
      await waitUntil(() => text(widget).includes('Notices are off for this browser'), 'not off at first');
      button(widget, 'Turn on notices').click();
      await waitUntil(() => text(widget).includes('Notices are on') || widget.shadowRoot!.querySelector('.message.problem'), 'neither on nor a problem');
      expect(text(widget)).to.contain('Notices are on for this browser on this device');
      const registration = (await navigator.serviceWorker.getRegistration(SCOPE))!;
      expect(registration.active?.scriptURL).to.equal(new URL(WORKER_URL, location.href).href);

      // A request for Hana, as the request form sends it, with words that must never travel.
      const request = { id: crypto.randomUUID(), supporterId: 'hana-kim', name: 'Orsolya Brightwater', channel: { kind: 'phone', value: '555-0147' }, message: 'Quintessa keeps replaying the Millbrook call', urgency: 'few-days', acknowledgedConfidentiality: true };
      const stored = await fetch(`${API_URL}requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': request.id }, body: JSON.stringify(request) });
      expect(stored.status).to.equal(201);
      const { respondBy } = await stored.json();

      // What the server sent the push service, decrypted with this subscription's key, as the browser would.
      const { data, headers } = await executeServerCommand<{ data: string; headers: { urgency: string; contentEncoding: string; vapid: boolean } }, { endpoint: string; privateKey: string; auth: string }>('push-received', { endpoint: local.endpoint, privateKey: local.privateKey, auth: local.auth });
      expect(headers).to.include({ urgency: 'normal', contentEncoding: 'aes128gcm', vapid: true });
      const payload = JSON.parse(data);
      expect(Object.keys(payload).sort()).to.deep.equal(['body', 'inboxUrl', 'kind', 'respondBy', 'title']);
      expect([payload.kind, payload.respondBy, payload.inboxUrl]).to.deep.equal(['request-waiting', respondBy, `${location.origin}/supporter.html`]);
      for (const secret of [request.id, 'Orsolya', 'Brightwater', '555-0147', 'Quintessa', 'Millbrook']) expect(data).not.to.contain(secret);

      // Delivered to the service worker as the push service would: it shows the server's words.
      const { shown } = await executeServerCommand<{ shown: { title: string; body: string; data: { inboxUrl: string } } }, { scope: string; data: string }>('push-deliver', { scope: SCOPE, data });
      expect([shown.title, shown.body, shown.data.inboxUrl]).to.deep.equal([payload.title, payload.body, payload.inboxUrl]);
      expect(shown.body).to.contain('Please respond by');

      // The page opened again: the element finds the subscription, stores it again and says it is on.
      const again = await fixture<PeerNotifications>(html`<peer-notifications endpoint=${API_URL} service-worker-url=${WORKER_URL}></peer-notifications>`);
      await waitUntil(() => text(again).includes('Notices are on for this browser on this device'), 'not on after a reload');
      again.remove();

      // Off again, on this device (the server's side of it: server/test/notifications.test.ts).
      button(widget, 'Turn off notices').click();
      await waitUntil(() => text(widget).includes('Notices are off for this browser'), 'not off');
      expect(await registration.pushManager.getSubscription()).to.equal(null);
    } finally {
      local.restore();
    }
  });
});
