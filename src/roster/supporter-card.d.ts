import type { PropertyValues } from 'lit';
import { PeerElement } from '../core/peer-element.js';
import type { CardLayout } from './supporter-card-view.js';
/**
 * @tag peer-supporter-card
 * @summary One supporter's card on its own, e.g. on a station's page: `<peer-supporter-card supporter-id="s-ana">`.
 *
 * @event {PeerRequestContactEvent} peer-request-contact - "Ask them to contact me" was pressed; `event.supporter` is the supporter. Call `preventDefault()` when the page handles it.
 *
 * @csspart base - The wrapper.
 * @csspart card - The card (also `avatar`, `name`, `pronouns`, `role`, `availability`, `availability-note`, `bio`, `experiences`, `experience`, `languages`, `channels`, `channel`, `no-requests`: the note shown instead of the request button when requests cannot reach this supporter).
 * @csspart button - Every button (also `request-contact`).
 * @csspart notice - Where to go when no page script handles the request, or why the card is missing.
 * @csspart crisis - The crisis line, shown when the card cannot be.
 */
export declare class PeerSupporterCard extends PeerElement {
    static styles: import("lit").CSSResult[];
    /** Id of the supporter to show, looked up in `GET supporters`. */
    supporterId: string;
    /** `grid` (default), `list` or `compact`. */
    layout: CardLayout;
    /** Page with the request form; used with `?supporter=<id>` when no script handles the event. */
    requestUrl?: string;
    /** The supporter, passed in directly (no network). Read by the contract like server data. */
    supporter?: unknown;
    private photoFailed;
    private notice?;
    private readonly list;
    protected willUpdate(changed: PropertyValues<this>): void;
    private get shown();
    render(): import("lit-html").TemplateResult<1>;
}
