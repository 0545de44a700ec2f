/**
 * State that every copy of this library on one page shares (an intranet may well load two bundles,
 * each with its own modules). Kept on `globalThis` under one registered symbol; the version in its
 * name changes whenever the shape below does, so copies of different shapes never mix.
 */
export interface PageRegistry {
    /** List loads shared by every element that shows them, by share key (see `shared-lists.ts`). */
    readonly lists: Map<string, unknown>;
    /** A number for each header provider function, so that a share key can name it. */
    readonly providerIds: WeakMap<object, number>;
    nextProviderId: number;
    /** What IT has already been told in the console (a warning per endpoint, not per request). */
    readonly toldIt: Set<string>;
}
export declare function pageRegistry(): PageRegistry;
