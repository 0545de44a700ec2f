import { SessionSchema } from '../../src/core/contract.js';
import { requireAccount, sessionCookie, sessionTokenOf } from '../auth.js';
import { HttpProblem, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas.js';
const SESSION_SECONDS = 12 * 3600;
export const sessionRoutes = async (app, { accounts, now, secureCookies }) => {
    app.post('/session', {
        schema: {
            summary: 'Sign in with a one-time link token',
            description: 'Sets an HttpOnly, SameSite=Strict cookie (mode "cookie", the default) or returns a bearer token (mode "bearer"). Each link works once, for 15 minutes.',
            tags: ['supporter side'],
            body: {
                type: 'object',
                additionalProperties: false,
                required: ['token'],
                properties: { token: { type: 'string', minLength: 20, maxLength: 100 }, mode: { type: 'string', enum: ['cookie', 'bearer'] } },
            },
            response: { 200: ref(SessionSchema), ...problemResponses(400, 401) },
        },
    }, async (request, reply) => {
        const redeemed = accounts.redeem(request.body.token, now());
        if (!redeemed)
            throw new HttpProblem(problem(401, 'This sign-in link has expired or was already used. Ask your coordinator for a new one.'));
        const { account, csrfToken } = redeemed.session;
        const body = { accountId: account.id, role: account.role, displayName: account.displayName, csrfToken, ...(account.supporterId ? { supporterId: account.supporterId } : {}) };
        if (request.body.mode === 'bearer')
            return { ...body, sessionToken: redeemed.sessionToken };
        reply.header('Set-Cookie', sessionCookie(redeemed.sessionToken, SESSION_SECONDS, secureCookies));
        return body;
    });
    app.get('/session', { onRequest: requireAccount(accounts, now), schema: { summary: 'Who is signed in', tags: ['supporter side'], response: { 200: ref(SessionSchema), ...problemResponses(401) } } }, async (request) => {
        const presented = sessionTokenOf(request);
        const session = accounts.session(presented.token, now());
        const account = session.account;
        return { accountId: account.id, role: account.role, displayName: account.displayName, csrfToken: session.csrfToken, ...(account.supporterId ? { supporterId: account.supporterId } : {}) };
    });
    app.delete('/session', { onRequest: requireAccount(accounts, now), schema: { summary: 'Sign out', tags: ['supporter side'], response: { 204: { type: 'null' }, ...problemResponses(401, 403) } } }, async (request, reply) => {
        accounts.endSession(sessionTokenOf(request).token);
        reply.header('Set-Cookie', sessionCookie('', 0, secureCookies));
        return reply.code(204).send();
    });
    // A separate operation rather than a flag on DELETE /session: a dropped query string must never
    // quietly turn "sign out everywhere" into "sign out here", and OpenAPI lists it on its own.
    app.post('/session/sign-out-everywhere', {
        onRequest: requireAccount(accounts, now),
        schema: {
            summary: 'Sign out everywhere',
            description: 'Ends every session of the signed-in account: this browser, other devices and bearer sessions. With the session cookie it needs the X-CSRF-Token header, like every write.',
            tags: ['supporter side'],
            response: {
                200: {
                    type: 'object',
                    additionalProperties: false,
                    required: ['endedSessions'],
                    properties: { endedSessions: { type: 'integer', minimum: 0, description: 'How many sessions were ended, this one included.' } },
                },
                ...problemResponses(401, 403),
            },
        },
    }, async (request, reply) => {
        const endedSessions = accounts.endAllSessions(request.account.id);
        reply.header('Set-Cookie', sessionCookie('', 0, secureCookies));
        return { endedSessions };
    });
};
