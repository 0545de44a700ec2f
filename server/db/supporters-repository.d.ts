import type { Supporter } from '../../src/core/contract.js';
import type { Db } from './database.js';
/** The only code that reads or writes the `supporters` table. */
export declare class SupportersRepository {
    private readonly db;
    constructor(db: Db);
    list(): {
        items: Supporter[];
        updatedAt?: string;
    };
    exists(id: string): boolean;
    setAvailability(id: string, availability: Supporter['availability'], now: Date): void;
    count(): number;
    ids(): string[];
    /** The roster team of each id (for "not on my team"). */
    teams(): Map<string, string | undefined>;
    /**
     * Adds new supporters and updates existing ones by id, in place, so that requests and accounts
     * that point at them stay linked. A supporter's availability is theirs to set: an import keeps the
     * current one and uses the file's only for someone new. Call inside the caller's transaction.
     */
    upsert(supporters: Supporter[], now: Date): {
        added: number;
        updated: number;
    };
    /** Removes supporters; the caller first hands their requests back and disables their accounts. */
    remove(ids: string[]): void;
}
