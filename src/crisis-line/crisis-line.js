var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { property } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { renderCrisisNotice, crisisNoticeStyles } from '../core/crisis-notice.js';
import { PeerElement } from '../core/peer-element.js';
import { baseStyles } from '../core/styles.js';
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
let PeerCrisisLine = class PeerCrisisLine extends PeerElement {
    constructor() {
        super(...arguments);
        /** One line instead of a block, for tight spaces such as a card footer. */
        this.compact = false;
    }
    static { this.styles = [baseStyles, crisisNoticeStyles]; }
    render() {
        return renderCrisisNotice(this.config.value.crisisLine, { compact: this.compact, part: 'base' });
    }
};
__decorate([
    property({ type: Boolean, reflect: true })
], PeerCrisisLine.prototype, "compact", void 0);
PeerCrisisLine = __decorate([
    localized()
], PeerCrisisLine);
export { PeerCrisisLine };
