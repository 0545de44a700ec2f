import { AvailabilityUpdateSchema, NoContentSchema } from '../../src/core/contract.js';
import { accountOf, requireAccount } from '../auth.js';
import type { AccountsRepository } from '../db/accounts-repository.js';
import type { SupportersRepository } from '../db/supporters-repository.js';
import { HttpProblem, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas.js';
import type { ContractRoutes } from '../type-provider.js';

export const availabilityRoutes: ContractRoutes<{ accounts: AccountsRepository; supporters: SupportersRepository; now: () => Date }> = async (app, { accounts, supporters, now }) => {
  app.put(
    '/availability',
    {
      onRequest: requireAccount(accounts, now, ['supporter']),
      schema: { summary: 'Set my availability', tags: ['supporter side'], body: ref(AvailabilityUpdateSchema), response: { 204: NoContentSchema, ...problemResponses(400, 401, 403) } },
    },
    async (request, reply) => {
      const supporterId = accountOf(request).supporterId;
      if (!supporterId || !(await supporters.exists(supporterId))) throw new HttpProblem(problem(403, 'Your account is not linked to anyone on the roster.'));
      await supporters.setAvailability(supporterId, { ...request.body, since: now().toISOString() }, now());
      return reply.code(204).send();
    },
  );
};
