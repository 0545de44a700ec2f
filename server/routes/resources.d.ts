import type { FastifyPluginAsync } from 'fastify';
import type { ResourcesRepository } from '../db/resources-repository.js';
export declare const resourcesRoutes: FastifyPluginAsync<{
    resources: ResourcesRepository;
}>;
