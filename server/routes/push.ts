import { NoContentSchema, PushKeySchema, PushSubscriptionBodySchema, PushUnsubscribeSchema } from '../../src/core/contract.js';
import { accountOf, requireAccount } from '../auth.js';
import { PushRepository } from '../db/push-repository.js';
import type { Store } from '../db/store.js';
import type { Notifications } from '../notify/notifications.js';
import { acceptablePushEndpoint } from '../notify/web-push.js';
import { HttpProblem, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas.js';
import type { ContractRoutes } from '../type-provider.js';

export interface PushRouteOptions {
  store: Store;
  now: () => Date;
  notifications: Notifications;
  /** Push services accepted besides the browsers' own (tests; a private push service). */
  pushOrigins: readonly string[];
}

const notSetUp = () =>
  new HttpProblem(problem(404, 'This program has not turned on notices yet (the server has no NOTIFY_INBOX_URL). Your coordinator can ask IT to set it up.'));

/**
 * Web Push for the signed-in account: the server's public key, and each browser's subscription. A
 * subscription is stored only for an https endpoint on a browser's push service (the server will
 * send to it, so never to an address a client chose), and ends when the person turns it off, when
 * the push service forgets it, and when the account is disabled.
 */
export const pushRoutes: ContractRoutes<PushRouteOptions> = async (app, { store, now, notifications, pushOrigins }) => {
  const push = new PushRepository(store.sql);
  const signedIn = requireAccount(store.accounts, now);

  app.get(
    '/push/key',
    {
      onRequest: signedIn,
      schema: { summary: 'The server’s Web Push (VAPID) public key', tags: ['supporter side'], response: { 200: ref(PushKeySchema), ...problemResponses(401, 404) } },
    },
    async () => {
      if (!notifications.enabled) throw notSetUp();
      return { publicKey: (await push.vapidKeys()).publicKey };
    },
  );

  app.post(
    '/push/subscriptions',
    {
      onRequest: signedIn,
      schema: {
        summary: 'Tell me on this browser: store its push subscription',
        description: `At most a few browsers per account: subscribing another replaces the oldest. The endpoint must be https on a browser's push service.`,
        tags: ['supporter side'],
        body: ref(PushSubscriptionBodySchema),
        response: { 204: NoContentSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (request, reply) => {
      if (!notifications.enabled) throw notSetUp();
      const { endpoint, keys } = request.body;
      if (!acceptablePushEndpoint(endpoint, pushOrigins)) {
        throw new HttpProblem(
          problem(422, 'This browser’s push service is not one the server sends to. Notices can still reach you by e-mail, if your coordinator adds your address.', {
            errors: [{ field: 'endpoint', message: 'not a known push service' }],
          }),
        );
      }
      await push.save(accountOf(request).id, { endpoint, keys: { p256dh: keys.p256dh.replace(/=+$/, ''), auth: keys.auth.replace(/=+$/, '') } }, now());
      return reply.code(204).send();
    },
  );

  app.delete(
    '/push/subscriptions',
    {
      onRequest: signedIn,
      schema: {
        summary: 'Stop telling me on this browser',
        description: 'Answers 204 whether or not the subscription was stored: afterwards it is not.',
        tags: ['supporter side'],
        body: ref(PushUnsubscribeSchema),
        response: { 204: NoContentSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      await push.remove(accountOf(request).id, request.body.endpoint);
      return reply.code(204).send();
    },
  );
};
