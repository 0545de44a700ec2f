import type { FastifyPluginAsync } from 'fastify';
import { HttpProblem, problem } from '../problem.js';
import { problemResponses } from '../schemas.js';

const NOT_YET = 'Anonymous activity logging arrives with the supporter-side release.';

/** Declared now so the contract is complete; filled in with the supporter side (issue #8). */
export const activityRoutes: FastifyPluginAsync = async (app) => {
  app.post('/contacts', { schema: { summary: 'Log an anonymous support contact (not yet available)', tags: ['activity'], response: problemResponses(501) } }, async () => {
    throw new HttpProblem(problem(501, NOT_YET));
  });
  app.get('/stats', { schema: { summary: 'Program impact, small cells suppressed (not yet available)', tags: ['activity'], response: problemResponses(501) } }, async () => {
    throw new HttpProblem(problem(501, NOT_YET));
  });
};
