import { ResourceListSchema } from '../../src/core/contract.js';
import type { ResourcesRepository } from '../db/resources-repository.js';
import { ref } from '../schemas.js';
import type { ContractRoutes } from '../type-provider.js';

export const resourcesRoutes: ContractRoutes<{ resources: ResourcesRepository }> = async (app, { resources }) => {
  app.get(
    '/resources',
    {
      schema: {
        summary: 'The resource directory',
        description: 'Crisis lines first, then by name: EAP, counseling, chaplains, support groups, financial and legal help.',
        tags: ['directory'],
        response: { 200: ref(ResourceListSchema) },
      },
    },
    async () => await resources.list(),
  );
};
