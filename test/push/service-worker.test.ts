// The service worker shows a pushed notice (Chromium: a real push message delivered to it through the
// DevTools protocol, as a push service would); every engine installs it and reads payloads safely.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { GENERIC_NOTICE, noticeFromPayload } from '../../src/push/push-notice.js';

const SCOPE = new URL('/src/push/', location.href).href;

/** What `push-deliver` answers: whether it could deliver (Chromium only), and what the worker showed. */
type Delivery = { delivered: boolean; shown?: { title: string; body: string; tag: string; data: { inboxUrl?: string } } };

// The test page enforces Trusted Types with the one policy name its CSP allows.
type ScriptUrlPolicy = { createScriptURL(input: string): string };
const policy = (window as unknown as { trustedTypes: { createPolicy(name: string, rules: ScriptUrlPolicy): ScriptUrlPolicy } }).trustedTypes.createPolicy('lit-html', {
  createScriptURL: (input) => {
    if (input !== '/src/push/service-worker.ts') throw new TypeError(`not the service worker: ${input}`);
    return input;
  },
});

async function registerWorker(): Promise<ServiceWorkerRegistration> {
  const registration = await navigator.serviceWorker.register(policy.createScriptURL('/src/push/service-worker.ts'), { type: 'module', scope: '/src/push/' });
  const worker = registration.installing ?? registration.waiting ?? registration.active!;
  if (worker.state !== 'activated') await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
  return registration;
}

describe('push notices: the service worker', () => {
  after(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  });

  it('shows the pushed notice with its own words, one at a time (Chromium delivers a real push; other engines install the worker only)', async () => {
    const registration = await registerWorker();
    expect(registration.active?.state).to.equal('activated');
    const payload = JSON.stringify({
      kind: 'request-waiting',
      respondBy: '2026-11-28T15:30:00.000Z',
      inboxUrl: 'https://intranet.example.org/peer-support/inbox',
      title: 'A peer support request is waiting',
      body: 'Someone asked for a peer to get in touch. Please respond by Nov 28, 2026, 9:30 AM CST.',
    });
    // What the worker showed, as it called showNotification (headless Chromium often keeps no
    // notification for getNotifications() to read back; see test/rig/push-plugin.mjs).
    const first = await executeServerCommand<Delivery, { scope: string; data: string }>('push-deliver', { scope: SCOPE, data: payload });
    if (!first.delivered) {
      expect(navigator.userAgent).not.to.contain('Chrome/');
      return;
    }
    expect(first.shown).to.deep.equal({
      title: 'A peer support request is waiting',
      body: 'Someone asked for a peer to get in touch. Please respond by Nov 28, 2026, 9:30 AM CST.',
      tag: 'peer-support-request',
      data: { inboxUrl: 'https://intranet.example.org/peer-support/inbox' },
    });
    // A second push carries the same tag, so the browser replaces the first rather than stacking up on a lock screen.
    const second = await executeServerCommand<Delivery, { scope: string; data: string }>('push-deliver', { scope: SCOPE, data: '{"kind":"request-overdue","title":"Past due","body":"Nobody has been in touch yet."}' });
    expect(second.shown).to.deep.equal({ title: 'Past due', body: 'Nobody has been in touch yet.', tag: 'peer-support-request', data: {} });
  });

  it('reads a payload like any other input: unknown kinds, long words and odd links get the generic notice', () => {
    expect(noticeFromPayload('not json')).to.deep.equal(GENERIC_NOTICE);
    expect(noticeFromPayload('{"kind":"marketing","title":"Buy","body":"now"}')).to.deep.equal(GENERIC_NOTICE);
    expect(noticeFromPayload(JSON.stringify({ kind: 'request-waiting', title: 'x'.repeat(500), body: 'b', inboxUrl: 'javascript:alert(1)' }))).to.deep.equal({ ...GENERIC_NOTICE, inboxUrl: undefined });
    expect(noticeFromPayload(JSON.stringify({ kind: 'request-due-soon', title: 'T', body: 'B', inboxUrl: 'https://intranet.example.org/inbox' }))).to.deep.equal({ title: 'T', body: 'B', inboxUrl: 'https://intranet.example.org/inbox' });
  });
});
