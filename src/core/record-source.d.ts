export declare function rememberSource(records: readonly unknown[], url: string): void;
/** The absolute URL the record was read from, if it came from a server. */
export declare function sourceOf(record: object): string | undefined;
