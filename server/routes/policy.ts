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
        summary: 'Who can read a request, and when it is erased',
        description:
          'Public. The request form builds its confidentiality notice from these facts, so it never promises more than this server does. `notes` are program-specific limits added by the program.',
        tags: ['requests'],
        response: { 200: ref(ProgramPolicySchema) },
      },
    },
    async () => policy,
  );
};
