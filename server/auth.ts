/**
 * Who is asking. Supporters and coordinators sign in with a one-time link (made by
 * `npm run accounts:create`); the session travels as an `HttpOnly`, `SameSite=Strict` cookie, or as
 * a bearer token when an HR portal supplies its own through the widgets' header provider. Every
 * write made with the cookie must carry the session's CSRF token. There are no passwords to leak.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Account, AccountsRepository, SessionRecord } from './db/accounts-repository.js';
import { HttpProblem, problem } from './problem.js';

export const SESSION_COOKIE = 'peer_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The session a request was made with, as `requireAccount` found it. */
export interface SignedIn extends SessionRecord {
  token: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `requireAccount`; routes read it through `signedInOf()` or `accountOf()`. */
    signedIn?: SignedIn;
  }
}

/**
 * A route read the signed-in account without `requireAccount` among its hooks: a bug in the route,
 * never the caller's fault. It has no `statusCode`, so the error handler answers the generic 500 and
 * logs only this type and code; nothing runs as if someone were signed in.
 */
export class MissingAccountHook extends Error {
  readonly code = 'PSW_MISSING_ACCOUNT_HOOK';
  constructor(route: string) {
    super(`${route} reads the signed-in account but has no requireAccount hook.`);
    this.name = 'MissingAccountHook';
  }
}

/** The session of a request that passed `requireAccount`. */
export function signedInOf(request: FastifyRequest): SignedIn {
  if (!request.signedIn) throw new MissingAccountHook(`${request.method} ${request.routeOptions.url ?? 'this route'}`);
  return request.signedIn;
}

/** The account of a request that passed `requireAccount`. */
export const accountOf = (request: FastifyRequest): Account => signedInOf(request).account;

export function sessionTokenOf(request: FastifyRequest): { token: string; via: 'cookie' | 'bearer' } | undefined {
  const authorization = request.headers.authorization;
  if (authorization?.startsWith('Bearer ')) return { token: authorization.slice(7).trim(), via: 'bearer' };
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value.length) return { token: decodeURIComponent(value.join('=')), via: 'cookie' };
  }
  return undefined;
}

export function sessionCookie(token: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/api; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/**
 * A preHandler: 401 without a valid session (expired, signed out, or its account disabled: checked on
 * every request, so a revoke takes effect at once), 403 for the wrong role, 403 for a cookie write
 * without the CSRF token.
 */
export function requireAccount(accounts: AccountsRepository, now: () => Date, roles: Account['role'][] = ['supporter', 'coordinator']) {
  return async (request: FastifyRequest, _reply: FastifyReply) => {
    const presented = sessionTokenOf(request);
    const session: SessionRecord | undefined = presented && (await accounts.session(presented.token, now()));
    if (!presented || !session) throw new HttpProblem(problem(401, 'Please sign in with the link your coordinator sent you.'));
    if (presented.via === 'cookie' && UNSAFE.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw new HttpProblem(problem(403, 'This change was refused because it did not carry the page’s security token. Reload the page and try again.'));
    }
    if (!roles.includes(session.account.role)) throw new HttpProblem(problem(403, 'Your account cannot do this.'));
    request.signedIn = { ...session, token: presented.token };
  };
}
