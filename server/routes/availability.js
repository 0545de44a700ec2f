import { AvailabilityUpdateSchema } from '../../src/core/contract.js';
import { requireAccount } from '../auth.js';
import { HttpProblem, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas.js';
export const availabilityRoutes = async (app, { accounts, supporters, now }) => {
    app.put('/availability', {
        onRequest: requireAccount(accounts, now, ['supporter']),
        schema: { summary: 'Set my availability', tags: ['supporter side'], body: ref(AvailabilityUpdateSchema), response: { 204: { type: 'null' }, ...problemResponses(400, 401, 403) } },
    }, async (request, reply) => {
        const supporterId = request.account.supporterId;
        if (!supporterId || !supporters.exists(supporterId))
            throw new HttpProblem(problem(403, 'Your account is not linked to anyone on the roster.'));
        supporters.setAvailability(supporterId, { ...request.body, since: now().toISOString() }, now());
        return reply.code(204).send();
    });
};
