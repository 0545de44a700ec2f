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

/**
 * Who is signed in, for the supporter-side widgets. Redeems a one-time link found in the page
 * address (`#sign-in=…`, then removed from the address bar and history), or asks the server for
 * the current session. Its `client` adds the session's CSRF token to every write.
 */
export class SessionController implements ReactiveController {
  status: SessionStatus = 'checking';
  session?: Session;
  error?: PeerError;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: () => PeerConfig,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.check();
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

  async check(): Promise<void> {
    const plain = new PeerHttpClient(this.config());
    const decode = (json: unknown) => {
      const session = conformRecord<Session>(SessionSchema, json);
      if (!session) throw new PeerBadResponseError('The sign-in answer is not a session.');
      return session;
    };
    try {
      const token = SIGN_IN_HASH.exec(globalThis.location?.hash ?? '')?.[1];
      if (token) {
        if (!redemptions.has(token)) redemptions.set(token, plain.request('session', { method: 'POST', body: { token } }));
        this.session = decode(await redemptions.get(token));
        history.replaceState(history.state, '', location.pathname + location.search);
      } else {
        this.session = await plain.request('session', { decode });
      }
      this.status = 'signed-in';
      this.error = undefined;
    } catch (caught) {
      this.session = undefined;
      this.status = 'signed-out';
      this.error = isPeerError(caught) && caught.kind !== 'sign-in' ? caught : undefined;
    }
    this.host.requestUpdate();
  }
}
