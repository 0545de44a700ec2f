import { AccountsRepository } from './db/accounts-repository.js';
import { RequestsRepository } from './db/requests-repository.js';
import { SupportersRepository } from './db/supporters-repository.js';
export function applyRoster(db, supporters, now) {
    const roster = new SupportersRepository(db);
    const requests = new RequestsRepository(db);
    const accounts = new AccountsRepository(db);
    return db
        .transaction(() => {
        const incoming = new Set(supporters.map((supporter) => supporter.id));
        const removed = roster.ids().filter((id) => !incoming.has(id));
        let returnedRequests = 0;
        let disabledAccounts = 0;
        for (const id of removed) {
            returnedRequests += requests.returnToTeam(id, 'supporter-left');
            disabledAccounts += accounts.disableForSupporter(id, now);
        }
        // `acceptsRequests` is the server's to say, never the file's.
        const { added, updated } = roster.upsert(supporters.map(({ acceptsRequests: _ignored, ...supporter }) => supporter), now);
        roster.remove(removed);
        return { added, updated, removed, returnedRequests, disabledAccounts };
    })
        .immediate();
}
