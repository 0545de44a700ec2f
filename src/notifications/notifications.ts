import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import type { PushKey } from '../core/contract.js';
import { messageForPerson } from '../core/errors.js';
import { PeerApiElement } from '../core/api-element.js';
import { SessionController } from '../core/session-controller.js';
import { renderSignedOut, supporterSideStyles } from '../core/signed-out.js';
import { renderSupporterBackup } from '../core/safety-net.js';
import { baseStyles, controlStyles } from '../core/styles.js';

/**
 * The Trusted Types policy that turns `service-worker-url` into a script URL under a strict CSP
 * (`require-trusted-types-for 'script'`). A name of its own, so a page allows exactly this, and only
 * same-origin `.js` addresses pass it: `trusted-types lit-html peer-support-sw 'allow-duplicates'`.
 */
export const SERVICE_WORKER_POLICY = 'peer-support-sw';

type ScriptUrlPolicy = { createScriptURL(input: string): unknown };

/** `service-worker-url` names something a browser will not run as this page's service worker. */
class WorkerUrlError extends TypeError {}
let policy: ScriptUrlPolicy | undefined;

/** The worker's URL as the browser will accept it: a TrustedScriptURL where Trusted Types are on. Throws for another origin. */
function serviceWorkerScriptUrl(url: string): string {
  const trustedTypes = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(input: string): string }): ScriptUrlPolicy } }).trustedTypes;
  const check = (input: string) => {
    const resolved = new URL(input, location.href);
    if (resolved.origin !== location.origin || !/\.js$/.test(resolved.pathname)) throw new WorkerUrlError('The service worker must be a .js file on this page’s own origin.');
    return resolved.href;
  };
  if (!trustedTypes) return check(url);
  policy ??= trustedTypes.createPolicy(SERVICE_WORKER_POLICY, { createScriptURL: check });
  // A TrustedScriptURL; `register` takes it where a string is typed.
  return policy.createScriptURL(url) as string;
}

/** `applicationServerKey` from the server's base64url public key. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

const sameKey = (subscription: PushSubscription, key: Uint8Array) => {
  const current = subscription.options.applicationServerKey;
  if (!current) return false;
  const bytes = new Uint8Array(current);
  return bytes.length === key.length && bytes.every((byte, index) => byte === key[index]);
};

/** A browser that cannot reach its push service (an intranet that blocks it) never answers `subscribe`. */
const SUBSCRIBE_TIMEOUT_MS = 30_000;

type Phase = 'checking' | 'unsupported' | 'not-set-up' | 'blocked' | 'off' | 'on' | 'working';

/**
 * @tag peer-notifications
 * @summary "Tell me on this device when a request is waiting": Web Push notices for a signed-in supporter or coordinator.
 * It checks that the browser can show notices (service worker, Push API, notifications), asks for
 * permission only when the person presses the button, registers the notices' service worker
 * (`peer-support-sw.js`, from the build), subscribes with the server's key and stores the
 * subscription on the server; the same button turns it off. It says plainly what a notice holds (that
 * a request is waiting, the respond-by time and a link to the inbox) and what it never holds (who
 * asked, how to reach them, what they wrote), and which state it is in: on, off, blocked by the
 * browser, not possible in this browser, or not turned on by the program.
 *
 * Under a strict CSP with Trusted Types, the page must allow the policy `peer-support-sw`
 * (`trusted-types lit-html peer-support-sw 'allow-duplicates'`); the service worker is a file on the
 * page's own origin (`worker-src` or `script-src 'self'`).
 *
 * @csspart base - The whole widget.
 * @csspart status - Which state notices are in, or what went wrong.
 * @csspart toggle - The button that turns notices on or off.
 * @csspart backup - "Heard something heavy?": the supporter's own safety net (see `supporterBackup`); also `backup-summary`, `backup-steps`, `backup-link`.
 */
@localized()
export class PeerNotifications extends PeerApiElement {
  static override styles = [baseStyles, controlStyles, supporterSideStyles];

  /**
   * Where the notices' service worker is, relative to the page: the build's `peer-support-sw.js`,
   * copied to the intranet page's own origin (a browser runs a service worker only from the page's
   * origin). Its folder is its scope.
   */
  @property({ attribute: 'service-worker-url' }) serviceWorkerUrl = 'peer-support-sw.js';

  @state() private phase: Phase = 'checking';
  @state() private message?: { text: string; problem: boolean };

  private readonly session = new SessionController(this, () => this.config.value);
  private checkedFor?: string;

  private get supported(): boolean {
    return 'serviceWorker' in navigator && 'PushManager' in globalThis && 'Notification' in globalThis;
  }

  protected override willUpdate(): void {
    if (this.session.status !== 'signed-in') return;
    const account = this.session.session?.accountId;
    if (this.checkedFor === account) return;
    this.checkedFor = account;
    void this.check();
  }

  /** What is true now, without asking the person anything. */
  private async check(): Promise<void> {
    if (!this.supported) return void (this.phase = 'unsupported');
    if (Notification.permission === 'denied') return void (this.phase = 'blocked');
    try {
      // A program that has not turned notices on answers 404 here: said at once, not after a press.
      const { publicKey } = await this.session.client.request<PushKey>('push', { action: 'key' });
      const registration = await navigator.serviceWorker.getRegistration(new URL(this.serviceWorkerUrl, location.href).href);
      const subscription = await registration?.pushManager.getSubscription();
      // A subscription made with another server key (a new database) would never be delivered: off, until turned on again.
      if (!subscription || Notification.permission !== 'granted' || !sameKey(subscription, keyBytes(publicKey))) return void (this.phase = 'off');
      // Stored again: the server may have dropped it (the push service forgot it, or this is another account).
      await this.session.client.request('push', { action: 'subscriptions', body: subscription.toJSON() });
      this.phase = 'on';
    } catch (error) {
      this.failed(error);
    }
  }

  private async turnOn(): Promise<void> {
    this.phase = 'working';
    this.message = undefined;
    try {
      // Asked only now, because the person pressed the button.
      const permission = await Notification.requestPermission();
      if (permission === 'denied') return void (this.phase = 'blocked');
      if (permission !== 'granted') {
        this.phase = 'off';
        this.message = { text: msg('The browser’s question was closed without an answer, so nothing changed.'), problem: false };
        return;
      }
      const { publicKey } = await this.session.client.request<PushKey>('push', { action: 'key' });
      const key = keyBytes(publicKey);
      const registration = await navigator.serviceWorker.register(serviceWorkerScriptUrl(this.serviceWorkerUrl));
      if (!registration.active) await activated(registration);
      let subscription = await registration.pushManager.getSubscription();
      if (subscription && !sameKey(subscription, key)) {
        await subscription.unsubscribe();
        subscription = null;
      }
      subscription ??= await withTimeout(registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }), SUBSCRIBE_TIMEOUT_MS);
      await this.session.client.request('push', { action: 'subscriptions', body: subscription.toJSON() });
      this.phase = 'on';
      this.message = { text: msg('On. Notices about waiting requests will come to this browser on this device.'), problem: false };
    } catch (error) {
      this.failed(error);
    }
  }

  private async turnOff(): Promise<void> {
    this.phase = 'working';
    this.message = undefined;
    try {
      const registration = await navigator.serviceWorker.getRegistration(new URL(this.serviceWorkerUrl, location.href).href);
      const subscription = await registration?.pushManager.getSubscription();
      if (subscription) {
        await this.session.client.request('push', { method: 'DELETE', action: 'subscriptions', body: { endpoint: subscription.endpoint } });
        await subscription.unsubscribe();
      }
      this.phase = 'off';
      this.message = { text: msg('Off. This browser will not show request notices any more.'), problem: false };
    } catch (error) {
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    const status = (error as { status?: number }).status;
    if (status === 404) {
      this.phase = 'not-set-up';
      return;
    }
    this.phase = this.supported && Notification.permission === 'denied' ? 'blocked' : 'off';
    let text: string;
    if (error instanceof WorkerUrlError) text = msg('The notice helper must be a .js file on this page’s own site. Please tell whoever looks after this page.');
    else if (error instanceof Error && /ServiceWorker/.test(error.message)) text = msg('The notice helper could not be loaded on this page. Please tell whoever looks after this page (it needs peer-support-sw.js beside it).');
    else if (error instanceof DOMException && error.name === 'TimeoutError') text = msg('This browser could not reach its notice service (some workplace networks block it). Please try again later, or ask your coordinator about e-mail notices.');
    else if (isTrustedTypesRefusal(error)) text = msg('This page’s security settings do not allow the notice helper yet. Please tell whoever looks after this page: its Content-Security-Policy needs “peer-support-sw” in trusted-types.');
    else text = messageForPerson(error, () => msg('Notices could not be turned on in this browser. Please try again.'));
    this.message = { text, problem: true };
  }

  private stateWords(): string {
    switch (this.phase) {
      case 'checking':
      case 'working':
        return msg('One moment…');
      case 'unsupported':
        return msg('This browser cannot show notices from this page. Your inbox still shows every request when you open it.');
      case 'not-set-up':
        return msg('Your program has not turned on notices yet. Your inbox still shows every request when you open it.');
      case 'blocked':
        return msg('Notices are blocked for this site in your browser’s settings. To get them, allow notifications for this site there, then come back.');
      case 'on':
        return msg('Notices are on for this browser on this device.');
      case 'off':
        return msg('Notices are off for this browser.');
    }
  }

  override render() {
    if (this.session.status !== 'signed-in') return html`<div part="base">${renderSignedOut(this.session)}</div>`;
    const canToggle = this.phase === 'on' || this.phase === 'off' || this.phase === 'working';
    return html`<section part="base" class="panel" aria-labelledby="notifications-title" aria-busy=${this.phase === 'working' ? 'true' : 'false'}>
      <h2 id="notifications-title">${msg('Tell me on this device when a request is waiting')}</h2>
      <p class="hint">
        ${msg('A notice says only that a request is waiting or nearly due, when to respond by, and links to your inbox. It never shows who asked, how to reach them or what they wrote: you see that in the inbox, once signed in. It can appear on this device’s lock screen, even while this page is closed.')}
      </p>
      ${renderSupporterBackup(this.config.value)}
      <p part="status" class="status-line" role="status">${this.stateWords()}</p>
      ${canToggle
        ? html`<div class="actions">
            <button part="toggle" type="button" class="button" ?disabled=${this.phase === 'working'} @click=${this.phase === 'on' ? this.turnOff : this.turnOn}>
              ${this.phase === 'on' ? msg('Turn off notices on this device') : msg('Turn on notices on this device')}
            </button>
          </div>`
        : nothing}
      <p class="status-line message ${this.message?.problem ? 'problem' : ''}" role="status">${this.message?.text ?? ''}</p>
    </section>`;
  }
}

function activated(registration: ServiceWorkerRegistration): Promise<ServiceWorker> {
  const worker = (registration.installing ?? registration.waiting)!;
  return new Promise((resolve, reject) => {
    const changed = () => {
      if (worker.state === 'activated') resolve(worker);
      else if (worker.state === 'redundant') reject(new Error('The notice helper could not start.'));
    };
    worker.addEventListener('statechange', changed);
    changed();
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DOMException('No answer from the push service', 'TimeoutError')), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

function isTrustedTypesRefusal(error: unknown): boolean {
  return error instanceof Error && /trusted ?types|TrustedScriptURL|createPolicy|Policy/i.test(`${error.name} ${error.message}`);
}
