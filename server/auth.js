import { HttpProblem, problem } from './problem.js';
export const SESSION_COOKIE = 'peer_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export function sessionTokenOf(request) {
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer '))
        return { token: authorization.slice(7).trim(), via: 'bearer' };
    for (const part of (request.headers.cookie ?? '').split(';')) {
        const [name, ...value] = part.trim().split('=');
        if (name === SESSION_COOKIE && value.length)
            return { token: decodeURIComponent(value.join('=')), via: 'cookie' };
    }
    return undefined;
}
export function sessionCookie(token, maxAgeSeconds, secure) {
    return `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/api; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}
/**
 * A preHandler: 401 without a valid session (expired, signed out, or its account disabled: checked on
 * every request, so a revoke takes effect at once), 403 for the wrong role, 403 for a cookie write
 * without the CSRF token.
 */
export function requireAccount(accounts, now, roles = ['supporter', 'coordinator']) {
    return async (request, _reply) => {
        const presented = sessionTokenOf(request);
        const session = presented && accounts.session(presented.token, now());
        if (!presented || !session)
            throw new HttpProblem(problem(401, 'Please sign in with the link your coordinator sent you.'));
        if (presented.via === 'cookie' && UNSAFE.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
            throw new HttpProblem(problem(403, 'This change was refused because it did not carry the page’s security token. Reload the page and try again.'));
        }
        if (!roles.includes(session.account.role))
            throw new HttpProblem(problem(403, 'Your account cannot do this.'));
        request.account = session.account;
    };
}
