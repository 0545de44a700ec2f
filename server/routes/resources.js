import { ResourceListSchema } from '../../src/core/contract.js';
import { ref } from '../schemas.js';
export const resourcesRoutes = async (app, { resources }) => {
    app.get('/resources', {
        schema: {
            summary: 'The resource directory',
            description: 'Crisis lines first, then by name: EAP, counseling, chaplains, support groups, financial and legal help.',
            tags: ['directory'],
            response: { 200: ref(ResourceListSchema) },
        },
    }, async () => resources.list());
};
