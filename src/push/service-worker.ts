/**
 * The service worker that shows a supporter's request notices while no page is open
 * (`dist/peer-support-sw.js`). Host it on the intranet page's own origin, at or above the supporter
 * page's path: a browser runs a service worker only from the origin and scope of the page that
 * registers it. It holds no state, caches nothing and makes no request of its own: it shows what the
 * server pushed, and opens the inbox when the notice is clicked.
 * What it shows comes from the push payload, read like any other input (push-notice.ts).
 */
import { httpUrl, noticeFromPayload } from './push-notice.js';

interface PushNoticeEvent extends Event {
  data: { text(): string } | null;
  waitUntil(promise: Promise<unknown>): void;
}
interface NoticeClickEvent extends Event {
  notification: { close(): void; data?: { inboxUrl?: string } };
  waitUntil(promise: Promise<unknown>): void;
}
interface WindowClient {
  url: string;
  focus(): Promise<unknown>;
  navigate(url: string): Promise<unknown>;
}
interface WorkerScope {
  addEventListener(type: 'push', listener: (event: PushNoticeEvent) => void): void;
  addEventListener(type: 'notificationclick', listener: (event: NoticeClickEvent) => void): void;
  addEventListener(type: 'install' | 'activate', listener: (event: Event & { waitUntil(promise: Promise<unknown>): void }) => void): void;
  registration: { showNotification(title: string, options: { body: string; tag: string; data: { inboxUrl?: string }; lang: string }): Promise<void> };
  clients: { matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<WindowClient[]>; openWindow(url: string): Promise<unknown>; claim(): Promise<void> };
  skipWaiting(): Promise<void>;
}
declare const self: WorkerScope;

self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('push', (event) => {
  const notice = noticeFromPayload(event.data?.text());
  // One notice at a time: a newer one replaces the older instead of stacking up on a lock screen.
  event.waitUntil(self.registration.showNotification(notice.title, { body: notice.body, tag: 'peer-support-request', data: { inboxUrl: notice.inboxUrl }, lang: 'en' }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const inboxUrl = httpUrl(event.notification.data?.inboxUrl);
  if (!inboxUrl) return;
  event.waitUntil(
    (async () => {
      const open = (await self.clients.matchAll({ type: 'window', includeUncontrolled: true })).find((client) => client.url === inboxUrl);
      if (open) await open.focus();
      else await self.clients.openWindow(inboxUrl);
    })(),
  );
});
