import type { PropertyValues } from 'lit';
import { PeerElement } from '../core/peer-element.js';
import type { RosterFilter } from './roster-filter.js';
import type { CardLayout } from './supporter-card-view.js';
/**
 * @tag peer-roster
 * @summary The peer support team as cards: find someone you relate to (lived experience, language,
 * not on your own team) and reach them directly or ask them to get in touch.
 *
 * Pasted alone, it reads `GET supporters` from the page's configured endpoint. When the backend is
 * down it shows the last roster seen on this device with its date, or a clear message and the
 * crisis line. Everything from the server is rendered as text; links go through `safeUrl`.
 *
 * @event {PeerRequestContactEvent} peer-request-contact - "Ask them to contact me" was pressed; `event.supporter` is the supporter. Bubbles and is composed. Call `preventDefault()` to say the page handled it (e.g. opened `<peer-request-form>`); otherwise the roster goes to `request-url` or says where to go.
 *
 * @csspart base - The whole roster.
 * @csspart filters - The filter form.
 * @csspart search - The search field.
 * @csspart select - Each filter's drop-down.
 * @csspart count - "12 supporters" / "3 of 12 supporters match" (announced politely).
 * @csspart notice - Messages: offline copy, where to ask, nothing matches.
 * @csspart list - The list of cards.
 * @csspart card - Each supporter's card (also `avatar`, `name`, `pronouns`, `role`, `availability`, `availability-note`, `bio`, `experiences`, `experience`, `languages`, `channels`, `channel`, `no-requests`: the note shown instead of the request button when requests cannot reach this supporter).
 * @csspart button - Every button (also `request-contact`, `show-available`, `show-more`, `retry`, `clear-filters`, `loosen`).
 * @csspart skeleton - Placeholder cards while loading.
 * @csspart crisis - The crisis line notice.
 */
export declare class PeerRoster extends PeerElement {
    static styles: import("lit").CSSResult[];
    /** Card layout: `grid` (default), `list` or `compact`. */
    layout: CardLayout;
    /** The viewer's own team (set by IT), for "not on my team". When empty the viewer can pick it. */
    viewerTeam: string;
    /** Show the search and filters; on unless set to `"false"`. */
    showFilters: boolean;
    /** Comma-separated lived-experience tags this page is for (e.g. `"veteran"`): shows supporters sharing any of them. */
    experiences: string;
    /** Show at most this many matching supporters, with no "show more". */
    limit?: number;
    /** How many cards to show at first and per "Show more": keeps a 1,000-person roster quick on any device. */
    pageSize: number;
    /** Page with the request form; "Ask them to contact me" goes there with `?supporter=<id>` when no script handles the event. */
    requestUrl?: string;
    /** Supporters passed in directly (no network). Read by the contract like server data. */
    supporters?: unknown[];
    /** The current filter; set it to preset or restore one. */
    filter: RosterFilter;
    private brokenPhotos;
    private notice?;
    private pages;
    private readonly list;
    private given;
    private optionsFor?;
    protected willUpdate(changed: PropertyValues<this>): void;
    /** Fetches the roster again (also what "Try again" does). */
    refresh(): Promise<void>;
    private get all();
    private get presetExperiences();
    private get effectiveFilter();
    private updateFilter;
    private readonly onPhotoError;
    private readonly onRequestContact;
    private readonly onShowAvailable;
    render(): import("lit-html").TemplateResult<1>;
    private renderFilters;
    private renderSelect;
    private renderOfflineNotice;
    private renderFailure;
    private renderSkeleton;
    private renderList;
    private renderNoMatches;
}
