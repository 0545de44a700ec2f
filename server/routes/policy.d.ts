import type { FastifyPluginAsync } from 'fastify';
import type { ProgramPolicy } from '../../src/core/contract.js';
/** The facts the request form states about confidentiality, from the server that enforces them. */
export declare const policyRoutes: FastifyPluginAsync<{
    policy: ProgramPolicy;
}>;
