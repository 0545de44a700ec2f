import { NoContentSchema, SessionSchema, SignInSchema, SignOutEverywhereSchema } from '../../src/core/contract.js';
import type { Session } from '../../src/core/contract.js';
import { accountOf, requireAccount, sessionCookie, signedInOf } from '../auth.js';
import type { Account, AccountsRepository } from '../db/accounts-repository.js';
import { HttpProblem, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas.js';
import type { ContractRoutes } from '../type-provider.js';

const SESSION_SECONDS = 12 * 3600;

const sessionBody = (account: Account, csrfToken: string): Session => ({
  accountId: account.id,
  role: account.role,
  displayName: account.displayName,
  csrfToken,
  ...(account.supporterId ? { supporterId: account.supporterId } : {}),
});

export const sessionRoutes: ContractRoutes<{ accounts: AccountsRepository; now: () => Date; secureCookies: boolean }> = async (app, { accounts, now, secureCookies }) => {
  app.post(
    '/session',
    {
      schema: {
        summary: 'Sign in with a one-time link token',
        description: 'Sets an HttpOnly, SameSite=Strict cookie (mode "cookie", the default) or returns a bearer token (mode "bearer"). Each link works once, for 15 minutes.',
        tags: ['supporter side'],
        body: ref(SignInSchema),
        response: { 200: ref(SessionSchema), ...problemResponses(400, 401) },
      },
    },
    async (request, reply) => {
      const redeemed = await accounts.redeem(request.body.token, now());
      if (!redeemed) throw new HttpProblem(problem(401, 'This sign-in link has expired or was already used. Ask your coordinator for a new one.'));
      const body = sessionBody(redeemed.session.account, redeemed.session.csrfToken);
      if (request.body.mode === 'bearer') return { ...body, sessionToken: redeemed.sessionToken };
      reply.header('Set-Cookie', sessionCookie(redeemed.sessionToken, SESSION_SECONDS, secureCookies));
      return body;
    },
  );

  app.get('/session', { onRequest: requireAccount(accounts, now), schema: { summary: 'Who is signed in', tags: ['supporter side'], response: { 200: ref(SessionSchema), ...problemResponses(401) } } }, async (request) => {
    const { account, csrfToken } = signedInOf(request);
    return sessionBody(account, csrfToken);
  });

  app.delete('/session', { onRequest: requireAccount(accounts, now), schema: { summary: 'Sign out', tags: ['supporter side'], response: { 204: NoContentSchema, ...problemResponses(401, 403) } } }, async (request, reply) => {
    await accounts.endSession(signedInOf(request).token);
    reply.header('Set-Cookie', sessionCookie('', 0, secureCookies));
    return reply.code(204).send();
  });

  // A separate operation rather than a flag on DELETE /session: a dropped query string must never
  // quietly turn "sign out everywhere" into "sign out here", and OpenAPI lists it on its own.
  app.post(
    '/session/sign-out-everywhere',
    {
      onRequest: requireAccount(accounts, now),
      schema: {
        summary: 'Sign out everywhere',
        description:
          'Ends every session of the signed-in account: this browser, other devices and bearer sessions. With the session cookie it needs the X-CSRF-Token header, like every write.',
        tags: ['supporter side'],
        response: { 200: ref(SignOutEverywhereSchema), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const endedSessions = await accounts.endAllSessions(accountOf(request).id);
      reply.header('Set-Cookie', sessionCookie('', 0, secureCookies));
      return { endedSessions };
    },
  );
};
