import { PeerElement } from '../core/peer-element.js';
/**
 * @tag peer-crisis-line
 * @summary The crisis line from the page's configuration (988 by default), with links a phone can use.
 * Every widget shows the same notice; this element places it anywhere on a page.
 *
 * @csspart base - The whole notice.
 * @csspart crisis-heading - "Need to talk to someone right now?"
 * @csspart crisis-message - The sentence naming the line.
 * @csspart crisis-actions - The row of links.
 * @csspart crisis-link - Each call / text / web link (also `crisis-call`, `crisis-text`, `crisis-web`).
 */
export declare class PeerCrisisLine extends PeerElement {
    static styles: import("lit").CSSResult[];
    /** One line instead of a block, for tight spaces such as a card footer. */
    compact: boolean;
    render(): import("lit-html").TemplateResult<1>;
}
