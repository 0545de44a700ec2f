import type { PropertyValues } from 'lit';
import { PeerElement } from '../core/peer-element.js';
import type { ResourceFilter } from './resource-filter.js';
/**
 * @tag peer-resource-directory
 * @summary Where to turn beyond the peer team: crisis lines (always first), EAP, counseling,
 * chaplains, support groups, financial and legal help, each actionable in a tap.
 *
 * Reads `GET resources` (or the `resources` property). When the backend is down it shows the last
 * directory seen on this device with its date, and the configured crisis line is always shown.
 *
 * @csspart base - The whole directory.
 * @csspart filters - The search and filters.
 * @csspart search - The search field.
 * @csspart count - How many listings match (announced politely).
 * @csspart notice - Offline copy, nothing matches, or nothing to show.
 * @csspart list - The list of listings.
 * @csspart listing - Each listing (also `crisis-listing` for crisis lines).
 * @csspart name - A listing's name.
 * @csspart badge - Open now / closed / 24/7 / confidential / possibly out of date.
 * @csspart hours - The weekly hours, with today's highlighted.
 * @csspart contact - Each call / text / web / email link.
 * @csspart button - Every button.
 * @csspart crisis - The configured crisis line, always at the top.
 */
export declare class PeerResourceDirectory extends PeerElement {
    static styles: import("lit").CSSResult[];
    /** Comma-separated categories to show (e.g. `"crisis-line,eap,counseling"`); all when empty. */
    categories: string;
    /** `list` (default) or `grid`. */
    layout: 'list' | 'grid';
    /** How many listings to show at first and per "Show more". */
    pageSize: number;
    /** Listings last verified longer ago than this many days are marked as possibly out of date. */
    verifiedWithinDays: number;
    /** Listings passed in directly (no network). Read by the contract like server data. */
    resources?: unknown[];
    /** The current filter; set it to preset or restore one. */
    filter: ResourceFilter;
    /** The clock used for "open now" (tests and kiosks can set it). */
    clock: () => Date;
    private pages;
    /** Listings whose weekly hours are open; the others render only their summary (less DOM per keystroke). */
    private hoursShown;
    private readonly list;
    private given;
    private optionsFor?;
    protected willUpdate(changed: PropertyValues<this>): void;
    /** With `resources-format="hsds"`, an HSDS `/services` answer is mapped to listings here. */
    private fromHsdsIfConfigured;
    /** Fetches the directory again. */
    refresh(): Promise<void>;
    private fetched?;
    private get all();
    private get allowed();
    private updateFilter;
    render(): import("lit-html").TemplateResult<1>;
    private renderOffline;
    private renderDirectory;
    private renderListing;
    private renderOpenBadge;
    private renderContacts;
    private renderHours;
    private toggleHours;
    private renderWeek;
}
