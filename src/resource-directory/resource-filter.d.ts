import type { Resource, ResourceCategory } from '../core/contract.js';
/** What a person narrowed the directory to. Empty strings and `false` mean "any". */
export interface ResourceFilter {
    text: string;
    category: ResourceCategory | '';
    openNow: boolean;
    always: boolean;
    confidential: boolean;
    freeOrCovered: boolean;
    language: string;
    audience: string;
}
export declare const EMPTY_RESOURCE_FILTER: Readonly<ResourceFilter>;
/** Matches in order, crisis lines pinned first. `allowed` is the editor's `categories`, if any. */
export declare function filterResources(resources: readonly Resource[], filter: ResourceFilter, now: Date, allowed?: readonly string[]): Resource[];
