/**
 * Runs `work` as if this browser refused IndexedDB (private window, full disk): opening the database
 * throws `error`. The widgets' own connection is closed first and again afterwards.
 */
export declare function withoutIndexedDB(work: () => Promise<void>, error?: DOMException): Promise<void>;
