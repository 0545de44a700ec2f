/** The subset of JSON Schema the contract uses. */
type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';
export interface JsonSchema {
    /** One type, or a list such as `['integer', 'null']` (a number that may be withheld). */
    type?: JsonType | readonly JsonType[];
    /** `false` (ignored: unknown keys are dropped) or a schema for every other key (a map). */
    additionalProperties?: boolean | JsonSchema;
    properties?: Readonly<Record<string, JsonSchema>>;
    required?: readonly string[];
    items?: JsonSchema;
    maxItems?: number;
    enum?: readonly unknown[];
    const?: unknown;
    maxLength?: number;
    minLength?: number;
    pattern?: string;
    format?: string;
    minimum?: number;
    maximum?: number;
    [keyword: string]: unknown;
}
export interface ConformIssue {
    /** Where in the data, e.g. `items[3].bio`. */
    path: string;
    message: string;
    /** The `id` of the list entry it is in, when the entry has one (lists only). */
    recordId?: string;
}
/** Conforms one record; `undefined` when it cannot be used at all. */
export declare function conformRecord<T>(schema: JsonSchema, value: unknown, issues?: ConformIssue[], path?: string): T | undefined;
export interface ConformedList<T> {
    items: T[];
    /** How many records were dropped because they could not be used. */
    dropped: number;
    /** Every change made, for the console. */
    issues: ConformIssue[];
    updatedAt?: string;
}
/**
 * Reads a list response `{ items: [...] }` (a bare array is accepted too). Throws
 * `PeerBadResponseError` when there is no list at all, since an empty widget would then be a lie.
 */
export declare function conformList<T>(itemSchema: JsonSchema, body: unknown): ConformedList<T>;
export {};
