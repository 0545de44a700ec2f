import type { FastifyPluginAsync } from 'fastify';
import type { CoordinatorReads } from '../../src/core/contract.js';
import type { AccountsRepository } from '../db/accounts-repository.js';
import type { RequestsRepository } from '../db/requests-repository.js';
import type { SupportersRepository } from '../db/supporters-repository.js';
import type { MaintenanceParts } from '../maintenance.js';
export interface InboxRouteOptions {
    requests: RequestsRepository;
    accounts: AccountsRepository;
    supporters: SupportersRepository;
    now: () => Date;
    eraseAfterMinutes: number;
    coordinatorReads: CoordinatorReads;
    maintenance: MaintenanceParts;
}
export declare const inboxRoutes: FastifyPluginAsync<InboxRouteOptions>;
