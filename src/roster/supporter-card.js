var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { SupporterSchema } from '../core/contract.js';
import { conformRecord } from '../core/conform.js';
import { crisisNoticeStyles, renderCrisisNotice } from '../core/crisis-notice.js';
import { ListController } from '../core/list-controller.js';
import { PeerElement } from '../core/peer-element.js';
import { baseStyles, controlStyles } from '../core/styles.js';
import { renderSupporterCard, requestContact, supporterCardStyles } from './supporter-card-view.js';
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
let PeerSupporterCard = class PeerSupporterCard extends PeerElement {
    constructor() {
        super(...arguments);
        /** Id of the supporter to show, looked up in `GET supporters`. */
        this.supporterId = '';
        /** `grid` (default), `list` or `compact`. */
        this.layout = 'grid';
        this.photoFailed = false;
        this.list = new ListController(this, 'supporters', SupporterSchema);
    }
    static { this.styles = [
        baseStyles,
        controlStyles,
        crisisNoticeStyles,
        supporterCardStyles,
        css `
      .notice {
        margin: 0.5em 0 0;
      }
    `,
    ]; }
    willUpdate(changed) {
        if (changed.has('supporter') || changed.has('supporterId'))
            this.photoFailed = false;
        if (this.supporter === undefined)
            this.list.loadIfSourceChanged(this.config.client);
    }
    get shown() {
        if (this.supporter !== undefined)
            return conformRecord(SupporterSchema, this.supporter);
        return this.list.items.find((candidate) => candidate.id === this.supporterId);
    }
    render() {
        const supporter = this.shown;
        const loading = this.supporter === undefined && (this.list.status === 'idle' || this.list.status === 'loading');
        if (loading)
            return html `<div part="base" aria-busy="true"><p class="visually-hidden" role="status">${msg('Loading…')}</p></div>`;
        if (!supporter) {
            return html `<div part="base">
        <p part="notice" class="notice" role="status">
          ${this.list.status === 'failed' ? (this.list.error?.userMessage ?? '') : msg('This supporter is not on the team list any more.')}
        </p>
        ${renderCrisisNotice(this.config.value.crisisLine)}
      </div>`;
        }
        return html `<div part="base">
      ${renderSupporterCard(supporter, {
            locale: this.config.value.locale,
            layout: this.layout,
            photoFailed: this.photoFailed,
            onPhotoError: () => (this.photoFailed = true),
            onRequestContact: (chosen) => (this.notice = requestContact(this, chosen, this.requestUrl)),
        })}
      ${this.notice ? html `<p part="notice" class="notice" role="status">${this.notice}</p>` : nothing}
    </div>`;
    }
};
__decorate([
    property({ attribute: 'supporter-id' })
], PeerSupporterCard.prototype, "supporterId", void 0);
__decorate([
    property({ reflect: true })
], PeerSupporterCard.prototype, "layout", void 0);
__decorate([
    property({ attribute: 'request-url' })
], PeerSupporterCard.prototype, "requestUrl", void 0);
__decorate([
    property({ attribute: false })
], PeerSupporterCard.prototype, "supporter", void 0);
__decorate([
    state()
], PeerSupporterCard.prototype, "photoFailed", void 0);
__decorate([
    state()
], PeerSupporterCard.prototype, "notice", void 0);
PeerSupporterCard = __decorate([
    localized()
], PeerSupporterCard);
export { PeerSupporterCard };
