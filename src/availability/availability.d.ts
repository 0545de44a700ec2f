import { PeerElement } from '../core/peer-element.js';
/**
 * @tag peer-availability
 * @summary A supporter sets themselves available, busy, on a break or off duty, optionally until a time; the roster shows it.
 *
 * @csspart base - The whole widget.
 * @csspart status - What was saved, or why not.
 */
export declare class PeerAvailability extends PeerElement {
    static styles: import("lit").CSSResult[];
    private chosen;
    private until;
    private message?;
    private saving;
    private readonly session;
    private save;
    render(): import("lit-html").TemplateResult<1>;
}
