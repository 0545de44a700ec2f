import type { FastifyPluginAsync } from 'fastify';
import type { AccountsRepository } from '../db/accounts-repository.js';
export declare const sessionRoutes: FastifyPluginAsync<{
    accounts: AccountsRepository;
    now: () => Date;
    secureCookies: boolean;
}>;
