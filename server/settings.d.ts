/** Settings read from the environment, shared by the server and the CLIs. */
export declare const repositoryRoot: string;
export declare const databaseFile: () => string;
/** `SAMPLE_DATA=0` keeps a new database empty: no fictional roster, accounts or contacts. */
export declare const sampleDataWanted: () => boolean;
