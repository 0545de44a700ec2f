import type { Db } from './database.js';
export declare function seedSampleDataOnce(db: Db, now: Date): void;
