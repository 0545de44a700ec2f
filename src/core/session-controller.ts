import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SessionSchema } from './contract.js';
import type { Session } from './contract.js';
import { conformRecord } from './conform.js';
import type { PeerConfig } from './config.js';
import { PeerBadResponseError, isPeerError } from './errors.js';
import type { PeerError } from './errors.js';
import { PeerHttpClient } from './http-client.js';

export type SessionStatus = 'checking' | 'signed-in' | 'signed-out';

const SIGN_IN_HASH = /(?:^#|&)sign-in=([A-Za-z0-9_-]{20,100})/;
// One redemption per link, however many widgets on the page read it (a link works once).
const redemptions = new Map<string, Promise<unknown>>();

/** Who is signed in for one configuration scope, and every controller that shows it. */
interface SharedSession {
  status: SessionStatus;
  session?: Session;
  error?: PeerError;
  /** The check under way, if any: later widgets of the scope wait for it instead of asking again. */
  checking?: Promise<void>;
  /** Counts checks, so that only the newest one's answer is kept. */
  generation: number;
  readonly members: Set<SessionController>;
}

/** What a `SessionController` may be told by its host. */
export interface SessionControllerOptions {
  /**
   * This host is the place that tells the person how to sign in (`<peer-supporter-session>`): while
   * one is on the page for a scope, the other widgets of that scope say nothing of it.
   */
  announcesSignIn?: boolean;
}

// One session per configuration scope (session URL, credentials mode, extra headers; see
// `PeerHttpClient.shareKey`): four supporter-side widgets on a page ask `GET session` once. A scope
// lives while one of its widgets is on the page, so a widget added later to an empty page asks again.
const scopes = new Map<string, SharedSession>();

/**
 * Who is signed in, for the supporter-side widgets. Redeems a one-time link found in the page
 * address (`#sign-in=…`, then removed from the address bar and history), or asks the server for
 * the current session. Widgets with the same configuration share one answer (and one request). Its
 * `client` adds the session's CSRF token to every write.
 */
export class SessionController implements ReactiveController {
  private scopeKey?: string;
  private scope?: SharedSession;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: () => PeerConfig,
    private readonly options: SessionControllerOptions = {},
  ) {
    host.addController(this);
  }

  /**
   * Whether this widget is the one of its scope that says how to sign in while nobody is: the
   * `<peer-supporter-session>` of the scope if there is one, else the first widget of the scope in
   * page order. Four widgets on a page say it once.
   */
  get announcesSignIn(): boolean {
    const members = [...(this.scope?.members ?? [])];
    const announcers = members.filter((member) => member.options.announcesSignIn);
    const candidates = announcers.length ? announcers : members;
    const first = candidates.reduce<SessionController | undefined>((earliest, member) => (!earliest || precedes(member.host, earliest.host) ? member : earliest), undefined);
    return first === this || !first;
  }

  get status(): SessionStatus {
    return this.scope?.status ?? 'checking';
  }

  get session(): Session | undefined {
    return this.scope?.session;
  }

  get error(): PeerError | undefined {
    return this.scope?.error;
  }

  hostConnected(): void {
    this.join();
  }

  hostDisconnected(): void {
    this.leave();
  }

  /**
   * While nobody is signed in, a widget that does not say how to sign in has nothing to show: it
   * takes no room on the page either (`data-peer-quiet` on the host; see `supporterSideStyles`).
   */
  hostUpdate(): void {
    const host = this.host as unknown as Partial<Element>;
    host.toggleAttribute?.('data-peer-quiet', this.status !== 'signed-in' && !this.announcesSignIn);
  }

  /** An HTTP client that sends the CSRF token of this session on writes. */
  get client(): PeerHttpClient {
    const config = this.config();
    const csrf = this.session?.csrfToken;
    const base = config.headers;
    return new PeerHttpClient({
      ...config,
      headers: async () => ({ ...(typeof base === 'function' ? await base() : base), ...(csrf ? { 'X-CSRF-Token': csrf } : {}) }),
    });
  }

  /**
   * Signs out (`DELETE session`, with the session's CSRF token) and tells every widget of this
   * configuration scope at once. Rejects with a `PeerError` when the server could not be told; the
   * widgets then stay as they were. A session that had already ended counts as signed out.
   */
  async signOut(): Promise<void> {
    this.join();
    const scope = this.scope!;
    try {
      await this.client.request('session', { method: 'DELETE' });
    } catch (caught) {
      if (!(isPeerError(caught) && caught.kind === 'sign-in' && caught.status === 401)) throw caught;
    }
    scope.generation++;
    Object.assign(scope, { status: 'signed-out', session: undefined, error: undefined, checking: undefined });
    for (const member of scope.members) member.host.requestUpdate();
  }

  /**
   * Asks the server again who is signed in, for every widget of this configuration scope (the
   * configuration as it is now: a widget joins its scope when it is connected, and here).
   */
  async check(): Promise<void> {
    this.join();
    await this.ask(this.scope!);
  }

  private join(): void {
    const key = new PeerHttpClient(this.config()).shareKey('session');
    if (key === this.scopeKey && this.scope) return;
    this.leave();
    let scope = scopes.get(key);
    if (!scope) scopes.set(key, (scope = { status: 'checking', generation: 0, members: new Set() }));
    scope.members.add(this);
    this.scopeKey = key;
    this.scope = scope;
    // Who says how to sign in may have changed.
    for (const member of scope.members) if (member !== this) member.host.requestUpdate();
    if (scope.status === 'checking' && !scope.checking) void this.ask(scope);
  }

  private leave(): void {
    if (!this.scope) return;
    this.scope.members.delete(this);
    for (const member of this.scope.members) member.host.requestUpdate();
    if (this.scope.members.size === 0 && scopes.get(this.scopeKey!) === this.scope) scopes.delete(this.scopeKey!);
    this.scope = undefined;
    this.scopeKey = undefined;
  }

  private ask(scope: SharedSession): Promise<void> {
    const generation = ++scope.generation;
    return (scope.checking = this.answer(scope, generation));
  }

  private async answer(scope: SharedSession, generation: number): Promise<void> {
    const plain = new PeerHttpClient(this.config());
    const decode = (json: unknown) => {
      const session = conformRecord<Session>(SessionSchema, json);
      if (!session) throw new PeerBadResponseError('The sign-in answer is not a session.');
      return session;
    };
    let outcome: Pick<SharedSession, 'status' | 'session' | 'error'>;
    try {
      const token = SIGN_IN_HASH.exec(globalThis.location?.hash ?? '')?.[1];
      let session: Session;
      if (token) {
        if (!redemptions.has(token)) redemptions.set(token, plain.request('session', { method: 'POST', body: { token } }));
        session = decode(await redemptions.get(token));
        history.replaceState(history.state, '', location.pathname + location.search);
      } else {
        session = await plain.request('session', { decode });
      }
      outcome = { status: 'signed-in', session, error: undefined };
    } catch (caught) {
      outcome = { status: 'signed-out', session: undefined, error: isPeerError(caught) && caught.kind !== 'sign-in' ? caught : undefined };
    }
    // A newer check for the same scope has the last word.
    if (generation !== scope.generation) return;
    Object.assign(scope, outcome, { checking: undefined });
    for (const member of scope.members) member.host.requestUpdate();
  }
}

/** Whether `a` comes before `b` in the page (hosts that are not elements keep their order). */
function precedes(a: ReactiveControllerHost, b: ReactiveControllerHost): boolean {
  if (!(a instanceof Node) || !(b instanceof Node)) return false;
  return !!(b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_PRECEDING);
}
