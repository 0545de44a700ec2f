import type { FastifyPluginAsync } from 'fastify';
import type { AccountsRepository } from '../db/accounts-repository.js';
import type { ContactsRepository } from '../db/contacts-repository.js';
import type { StatsReaders } from '../stats.js';
export interface ActivityOptions {
    accounts: AccountsRepository;
    contacts: ContactsRepository;
    now: () => Date;
    /** Weeks before the current one that can still be logged (CONTACT_WEEKS_BACK); older weeks are closed for good. */
    contactWeeksBack?: number;
    /** Who may read program stats (STATS_READERS): coordinators only, or every signed-in account. */
    statsReaders?: StatsReaders;
}
export declare const activityRoutes: FastifyPluginAsync<ActivityOptions>;
