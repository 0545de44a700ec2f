import type { ContactLog } from '../../src/core/contract.js';
import type { Db } from './database.js';
/** The only code that reads or writes anonymous contact tallies. */
export declare class ContactsRepository {
    private readonly db;
    private readonly insertStatement;
    private readonly everyContact;
    constructor(db: Db);
    findHash(id: string): string | undefined;
    insert(contact: ContactLog, bodyHash: string): void;
    /** Every contact, one at a time (the stats read the log in one pass without holding it all). */
    each(): Generator<ContactLog>;
    transaction<T>(work: () => T): T;
}
