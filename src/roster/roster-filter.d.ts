import type { ChannelKind, Supporter } from '../core/contract.js';
/** What a person narrowed the roster to. Empty strings and `false` mean "any". */
export interface RosterFilter {
    /** Free text over name, role, bio and lived-experience tags; every word must match. */
    text: string;
    /** A lived-experience tag. */
    experience: string;
    /** A BCP 47 language tag. */
    language: string;
    /** A way to reach them. */
    channel: ChannelKind | '';
    /** Only supporters whose status is `available`. */
    availableNow: boolean;
    /** Only supporters outside the viewer's team. */
    notMyTeam: boolean;
    /** The viewer's team (from `viewer-team`, or picked in the filters). */
    viewerTeam: string;
}
export declare const EMPTY_FILTER: Readonly<RosterFilter>;
/**
 * The supporters that match every part of the filter, in their original order. `presetExperiences`
 * (an editor's page for, say, veterans) keeps those who share at least one of them.
 */
export declare function filterSupporters(supporters: readonly Supporter[], filter: RosterFilter, presetExperiences?: readonly string[]): Supporter[];
/** The choices the filters offer, taken from the data itself, sorted for people. */
export declare function filterOptions(supporters: readonly Supporter[], locale: string): {
    experiences: string[];
    languages: string[];
    teams: string[];
};
/** Names of the active parts of a filter, to say what could be loosened. */
export declare function activeFilterKeys(filter: RosterFilter): (keyof RosterFilter)[];
