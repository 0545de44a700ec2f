/**
 * Schema migrations, applied in order inside one transaction; `PRAGMA user_version` records how
 * many have run. Append only: never edit a migration that has shipped.
 */
export declare const migrations: string[];
