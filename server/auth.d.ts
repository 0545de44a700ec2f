/**
 * Who is asking. Supporters and coordinators sign in with a one-time link (made by
 * `npm run accounts:create`); the session travels as an `HttpOnly`, `SameSite=Strict` cookie, or as
 * a bearer token when an HR portal supplies its own through the widgets' header provider. Every
 * write made with the cookie must carry the session's CSRF token. There are no passwords to leak.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Account, AccountsRepository } from './db/accounts-repository.js';
export declare const SESSION_COOKIE = "peer_session";
declare module 'fastify' {
    interface FastifyRequest {
        account?: Account;
    }
}
export declare function sessionTokenOf(request: FastifyRequest): {
    token: string;
    via: 'cookie' | 'bearer';
} | undefined;
export declare function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string;
/**
 * A preHandler: 401 without a valid session (expired, signed out, or its account disabled: checked on
 * every request, so a revoke takes effect at once), 403 for the wrong role, 403 for a cookie write
 * without the CSRF token.
 */
export declare function requireAccount(accounts: AccountsRepository, now: () => Date, roles?: Account['role'][]): (request: FastifyRequest, _reply: FastifyReply) => Promise<void>;
