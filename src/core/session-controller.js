import { SessionSchema } from './contract.js';
import { conformRecord } from './conform.js';
import { PeerBadResponseError, isPeerError } from './errors.js';
import { PeerHttpClient } from './http-client.js';
const SIGN_IN_HASH = /(?:^#|&)sign-in=([A-Za-z0-9_-]{20,100})/;
// One redemption per link, however many widgets on the page read it (a link works once).
const redemptions = new Map();
/**
 * Who is signed in, for the supporter-side widgets. Redeems a one-time link found in the page
 * address (`#sign-in=…`, then removed from the address bar and history), or asks the server for
 * the current session. Its `client` adds the session's CSRF token to every write.
 */
export class SessionController {
    constructor(host, config) {
        this.host = host;
        this.config = config;
        this.status = 'checking';
        host.addController(this);
    }
    hostConnected() {
        void this.check();
    }
    /** An HTTP client that sends the CSRF token of this session on writes. */
    get client() {
        const config = this.config();
        const csrf = this.session?.csrfToken;
        const base = config.headers;
        return new PeerHttpClient({
            ...config,
            headers: async () => ({ ...(typeof base === 'function' ? await base() : base), ...(csrf ? { 'X-CSRF-Token': csrf } : {}) }),
        });
    }
    async check() {
        const plain = new PeerHttpClient(this.config());
        const decode = (json) => {
            const session = conformRecord(SessionSchema, json);
            if (!session)
                throw new PeerBadResponseError('The sign-in answer is not a session.');
            return session;
        };
        try {
            const token = SIGN_IN_HASH.exec(globalThis.location?.hash ?? '')?.[1];
            if (token) {
                if (!redemptions.has(token))
                    redemptions.set(token, plain.request('session', { method: 'POST', body: { token } }));
                this.session = decode(await redemptions.get(token));
                history.replaceState(history.state, '', location.pathname + location.search);
            }
            else {
                this.session = await plain.request('session', { decode });
            }
            this.status = 'signed-in';
            this.error = undefined;
        }
        catch (caught) {
            this.session = undefined;
            this.status = 'signed-out';
            this.error = isPeerError(caught) && caught.kind !== 'sign-in' ? caught : undefined;
        }
        this.host.requestUpdate();
    }
}
