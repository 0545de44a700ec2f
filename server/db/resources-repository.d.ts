import type { Resource } from '../../src/core/contract.js';
import type { Db } from './database.js';
/** The only code that reads or writes the `resources` table. A listing is kept whole as JSON. */
export declare class ResourcesRepository {
    private readonly db;
    constructor(db: Db);
    /** Crisis lines first, then by name. */
    list(): {
        items: Resource[];
        updatedAt?: string;
    };
    count(): number;
    replaceAll(resources: Resource[], now: Date): void;
}
