import type { FastifyPluginAsync } from 'fastify';
import type { AccountsRepository } from '../db/accounts-repository.js';
import type { RequestsRepository } from '../db/requests-repository.js';
import type { SupportersRepository } from '../db/supporters-repository.js';
export interface RequestsRouteOptions {
    requests: RequestsRepository;
    supporters: SupportersRepository;
    accounts: AccountsRepository;
    now: () => Date;
    responseWindowHours: number;
}
export declare const requestsRoutes: FastifyPluginAsync<RequestsRouteOptions>;
