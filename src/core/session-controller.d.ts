import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Session } from './contract.js';
import type { PeerConfig } from './config.js';
import type { PeerError } from './errors.js';
import { PeerHttpClient } from './http-client.js';
export type SessionStatus = 'checking' | 'signed-in' | 'signed-out';
/**
 * Who is signed in, for the supporter-side widgets. Redeems a one-time link found in the page
 * address (`#sign-in=…`, then removed from the address bar and history), or asks the server for
 * the current session. Its `client` adds the session's CSRF token to every write.
 */
export declare class SessionController implements ReactiveController {
    private readonly host;
    private readonly config;
    status: SessionStatus;
    session?: Session;
    error?: PeerError;
    constructor(host: ReactiveControllerHost, config: () => PeerConfig);
    hostConnected(): void;
    /** An HTTP client that sends the CSRF token of this session on writes. */
    get client(): PeerHttpClient;
    check(): Promise<void>;
}
