import { ProgramPolicySchema } from '../../src/core/contract.js';
import type { ProgramPolicy } from '../../src/core/contract.js';
import { ref } from '../schemas.js';
import type { ContractRoutes } from '../type-provider.js';

/** The facts the request form states about confidentiality, from the server that enforces them. */
export const policyRoutes: ContractRoutes<{ policy: ProgramPolicy }> = async (app, { policy }) => {
  app.get(
    '/policy',
    {
      schema: {
        summary: 'Who can read a request, when it is erased, and how soon someone gets in touch',
        description:
          'Public. The request form builds its confidentiality notice from these facts, so it never promises more than this server does. `respondWithinHours` gives the hours per urgency and `maxAttempts` the tries before a request goes back; `responseWindowHours` is the shortest of those hours, for forms that know only it. `notes` are program-specific limits added by the program.',
        tags: ['requests'],
        response: { 200: ref(ProgramPolicySchema) },
      },
    },
    async () => policy,
  );
};
