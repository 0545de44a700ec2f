import type { FastifyPluginAsync } from 'fastify';
import type { AccountsRepository } from '../db/accounts-repository.js';
import type { SupportersRepository } from '../db/supporters-repository.js';
export declare const availabilityRoutes: FastifyPluginAsync<{
    accounts: AccountsRepository;
    supporters: SupportersRepository;
    now: () => Date;
}>;
