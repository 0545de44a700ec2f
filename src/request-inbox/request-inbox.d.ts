import { PeerElement } from '../core/peer-element.js';
/**
 * @tag peer-request-inbox
 * @summary Requests for a supporter (addressed to them or to anyone) or, for a coordinator, all open
 * ones: oldest first, with the time left to answer, and claim / contacted / hand back / close.
 *
 * @csspart base - The whole inbox.
 * @csspart request - Each request.
 * @csspart button - Every button.
 * @csspart status - What just happened, or why not.
 */
export declare class PeerRequestInbox extends PeerElement {
    static styles: import("lit").CSSResult[];
    private items;
    private eraseAfterMinutes;
    private loaded;
    private message?;
    private assignees;
    private readonly session;
    private loadedFor?;
    protected willUpdate(): void;
    /** Reads the inbox again. */
    refresh(): Promise<void>;
    private act;
    private assign;
    render(): import("lit-html").TemplateResult<1>;
    /** The display name behind a roster id, from the assignee list (coordinators only). */
    private supporterName;
    private renderItem;
}
