var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { CHANNEL_KINDS, SupporterSchema } from '../core/contract.js';
import { conformList } from '../core/conform.js';
import { channelLabel } from '../core/labels.js';
import { crisisNoticeStyles, renderCrisisNotice } from '../core/crisis-notice.js';
import { dateTime, languageName, relativeTime } from '../core/format.js';
import { ListController } from '../core/list-controller.js';
import { PeerElement } from '../core/peer-element.js';
import { baseStyles, controlStyles, filterBarStyles } from '../core/styles.js';
import { EMPTY_FILTER, activeFilterKeys, filterOptions, filterSupporters } from './roster-filter.js';
import { rosterStyles } from './roster.styles.js';
import { renderSupporterCard, requestContact, supporterCardStyles } from './supporter-card-view.js';
const LAYOUTS = ['grid', 'list', 'compact'];
/** `show-filters` is on unless set to "false" or "none", so a bare `<peer-roster>` offers them. */
const onUnlessFalse = {
    fromAttribute: (value) => value === null || !['false', 'none', 'off', '0'].includes(value.trim().toLowerCase()),
    toAttribute: (value) => (value ? null : 'false'),
};
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
let PeerRoster = class PeerRoster extends PeerElement {
    constructor() {
        super(...arguments);
        /** Card layout: `grid` (default), `list` or `compact`. */
        this.layout = 'grid';
        /** The viewer's own team (set by IT), for "not on my team". When empty the viewer can pick it. */
        this.viewerTeam = '';
        /** Show the search and filters; on unless set to `"false"`. */
        this.showFilters = true;
        /** Comma-separated lived-experience tags this page is for (e.g. `"veteran"`): shows supporters sharing any of them. */
        this.experiences = '';
        /** How many cards to show at first and per "Show more": keeps a 1,000-person roster quick on any device. */
        this.pageSize = 30;
        /** The current filter; set it to preset or restore one. */
        this.filter = { ...EMPTY_FILTER };
        this.brokenPhotos = new Set();
        this.pages = 1;
        this.list = new ListController(this, 'supporters', SupporterSchema);
        this.given = [];
        this.onPhotoError = (supporter) => {
            if (supporter.photoUrl)
                this.brokenPhotos = new Set(this.brokenPhotos).add(supporter.photoUrl);
        };
        this.onRequestContact = (supporter) => {
            this.notice = requestContact(this, supporter, this.requestUrl);
        };
        this.onShowAvailable = () => this.updateFilter({ availableNow: true });
    }
    static { this.styles = [baseStyles, controlStyles, filterBarStyles, crisisNoticeStyles, supporterCardStyles, rosterStyles]; }
    willUpdate(changed) {
        if (changed.has('supporters')) {
            this.given = this.supporters ? conformList(SupporterSchema, this.supporters).items : [];
        }
        if (!this.supporters)
            this.list.loadIfSourceChanged(this.config.client);
    }
    /** Fetches the roster again (also what "Try again" does). */
    async refresh() {
        if (!this.supporters)
            await this.list.load(this.config.client);
    }
    get all() {
        return this.supporters ? this.given : this.list.items;
    }
    get presetExperiences() {
        return this.experiences
            .split(',')
            .map((tag) => tag.trim())
            .filter(Boolean);
    }
    get effectiveFilter() {
        return { ...this.filter, viewerTeam: this.viewerTeam || this.filter.viewerTeam };
    }
    updateFilter(changes) {
        this.filter = { ...this.filter, ...changes };
        this.notice = undefined;
        this.pages = 1;
    }
    render() {
        const locale = this.config.value.locale;
        const status = this.supporters ? 'ready' : this.list.status;
        return html `<section part="base" class="roster" aria-label=${msg('Peer supporters')} aria-busy=${status === 'loading' || status === 'idle' ? 'true' : 'false'}>
      ${this.showFilters && (status === 'ready' || status === 'offline') && this.all.length ? this.renderFilters(locale) : nothing}
      ${status === 'offline' ? this.renderOfflineNotice(locale) : nothing}
      ${this.notice ? html `<p part="notice" class="notice" role="status">${this.notice}</p>` : nothing}
      ${status === 'idle' || status === 'loading'
            ? this.renderSkeleton()
            : status === 'failed'
                ? this.renderFailure()
                : this.renderList(locale)}
      ${status === 'failed' ? nothing : renderCrisisNotice(this.config.value.crisisLine, { compact: true })}
    </section>`;
    }
    renderFilters(locale) {
        if (this.optionsFor?.all !== this.all || this.optionsFor.locale !== locale) {
            this.optionsFor = { all: this.all, locale, options: filterOptions(this.all, locale) };
        }
        const { options } = this.optionsFor;
        const filter = this.effectiveFilter;
        const askTeam = filter.notMyTeam && !this.viewerTeam;
        return html `<form part="filters" class="filters" role="search" aria-label=${msg('Find a supporter')} @submit=${(event) => event.preventDefault()}>
      <label class="field search">
        <span>${msg('Search')}</span>
        <input
          part="search"
          class="control"
          type="search"
          autocomplete="off"
          .value=${filter.text}
          placeholder=${msg('Name, role or experience')}
          @input=${(event) => this.updateFilter({ text: event.target.value })}
        />
      </label>
      ${this.renderSelect(msg('Lived experience'), 'experience', filter.experience, options.experiences.map((tag) => [tag, tag]))}
      ${this.renderSelect(msg('Language'), 'language', filter.language, options.languages.map((tag) => [tag, languageName(tag, locale)]))}
      ${this.renderSelect(msg('Way to reach them'), 'channel', filter.channel, CHANNEL_KINDS.map((kind) => [kind, channelLabel(kind)]))}
      <label class="check">
        <input type="checkbox" .checked=${filter.availableNow} @change=${(event) => this.updateFilter({ availableNow: event.target.checked })} />
        <span>${msg('Available now')}</span>
      </label>
      <label class="check">
        <input type="checkbox" .checked=${filter.notMyTeam} @change=${(event) => this.updateFilter({ notMyTeam: event.target.checked })} />
        <span>${msg('Not on my team')}</span>
      </label>
      ${askTeam ? this.renderSelect(msg('My team'), 'viewerTeam', filter.viewerTeam, options.teams.map((team) => [team, team]), msg('Choose your team')) : nothing}
    </form>`;
    }
    renderSelect(label, key, value, options, anyLabel = msg('Any')) {
        return html `<label class="field">
      <span>${label}</span>
      <select part="select" class="control" @change=${(event) => this.updateFilter({ [key]: event.target.value })}>
        <option value="" ?selected=${value === ''}>${anyLabel}</option>
        ${options.map(([optionValue, optionLabel]) => html `<option value=${optionValue} ?selected=${optionValue === value}>${optionLabel}</option>`)}
      </select>
    </label>`;
    }
    renderOfflineNotice(locale) {
        const updated = this.list.updatedAt;
        return html `<div part="notice" class="notice offline" role="status">
      <p>
        ${msg(str `You are seeing the team as it was ${relativeTime(updated, locale)} (last updated ${dateTime(updated, locale)}). Availability may have changed.`)}
        ${this.list.error?.userMessage ?? ''}
      </p>
      <button type="button" part="button retry" class="button secondary" @click=${() => this.refresh()}>${msg('Try again')}</button>
    </div>`;
    }
    renderFailure() {
        return html `<div part="notice" class="notice failed" role="alert">
        <p><strong>${msg('We could not load the peer support team right now.')}</strong></p>
        <p>${this.list.error?.userMessage ?? ''}</p>
        <button type="button" part="button retry" class="button secondary" @click=${() => this.refresh()}>${msg('Try again')}</button>
      </div>
      ${renderCrisisNotice(this.config.value.crisisLine)}`;
    }
    renderSkeleton() {
        return html `<p class="visually-hidden" role="status">${msg('Loading the peer support team…')}</p>
      <ul part="list" class="list skeletons" aria-hidden="true">
        ${[0, 1, 2].map(() => html `<li part="skeleton" class="skeleton"><span></span><span></span><span></span></li>`)}
      </ul>`;
    }
    renderList(locale) {
        const all = this.all;
        const filter = this.effectiveFilter;
        const matches = filterSupporters(all, filter, this.presetExperiences);
        const limit = this.limit && this.limit > 0 ? this.limit : Infinity;
        const pageSize = this.pageSize > 0 ? this.pageSize : Infinity;
        const shown = matches.slice(0, Math.min(limit, pageSize * this.pages));
        const more = Math.min(limit, matches.length) - shown.length;
        const total = this.presetExperiences.length ? filterSupporters(all, EMPTY_FILTER, this.presetExperiences).length : all.length;
        const filtered = activeFilterKeys(filter).length > 0;
        const count = filtered ? msg(str `${matches.length} of ${total} supporters match`) : msg(str `${total} supporters`);
        const layout = LAYOUTS.includes(this.layout) ? this.layout : 'grid';
        return html `<p part="count" class="count" role="status" aria-live="polite">${count}</p>
      ${matches.length === 0 ? this.renderNoMatches(filter, total) : nothing}
      <ul part="list" class="list">
        ${repeat(shown, (supporter) => supporter.id, (supporter) => html `<li>
              ${renderSupporterCard(supporter, {
            locale,
            layout,
            photoFailed: !!supporter.photoUrl && this.brokenPhotos.has(supporter.photoUrl),
            onPhotoError: this.onPhotoError,
            onRequestContact: this.onRequestContact,
            onShowAvailable: filter.availableNow ? undefined : this.onShowAvailable,
        })}
            </li>`)}
      </ul>
      ${more > 0
            ? html `<button type="button" part="button show-more" class="button secondary show-more" @click=${() => this.pages++}>
            ${msg(str `Show ${Math.min(more, pageSize)} more (${more} not shown yet)`)}
          </button>`
            : nothing}`;
    }
    renderNoMatches(filter, total) {
        if (total === 0) {
            return html `<p part="notice" class="notice">${msg('No supporters are listed yet. Your peer support coordinator can add the team.')}</p>`;
        }
        const loosen = activeFilterKeys(filter).map((key) => [
            key,
            key === 'text'
                ? msg(str `Clear the search "${filter.text}"`)
                : key === 'experience'
                    ? msg(str `Any lived experience instead of "${filter.experience}"`)
                    : key === 'language'
                        ? msg('Any language')
                        : key === 'channel'
                            ? msg('Any way to reach them')
                            : key === 'availableNow'
                                ? msg('Include people who are busy, on a break or off duty')
                                : msg('Include people on my team'),
        ]);
        return html `<div part="notice" class="notice empty">
      <p>${msg('No one matches all of these. Try loosening one:')}</p>
      <ul class="loosen">
        ${loosen.map(([key, label]) => html `<li><button type="button" part="button loosen" class="link-button" @click=${() => this.updateFilter({ [key]: EMPTY_FILTER[key] })}>${label}</button></li>`)}
        <li>
          <button type="button" part="button clear-filters" class="link-button" @click=${() => this.updateFilter({ ...EMPTY_FILTER, viewerTeam: this.filter.viewerTeam })}>
            ${msg('Clear all filters')}
          </button>
        </li>
      </ul>
    </div>`;
    }
};
__decorate([
    property({ reflect: true })
], PeerRoster.prototype, "layout", void 0);
__decorate([
    property({ attribute: 'viewer-team' })
], PeerRoster.prototype, "viewerTeam", void 0);
__decorate([
    property({ attribute: 'show-filters', converter: onUnlessFalse, reflect: true })
], PeerRoster.prototype, "showFilters", void 0);
__decorate([
    property()
], PeerRoster.prototype, "experiences", void 0);
__decorate([
    property({ type: Number })
], PeerRoster.prototype, "limit", void 0);
__decorate([
    property({ attribute: 'page-size', type: Number })
], PeerRoster.prototype, "pageSize", void 0);
__decorate([
    property({ attribute: 'request-url' })
], PeerRoster.prototype, "requestUrl", void 0);
__decorate([
    property({ attribute: false })
], PeerRoster.prototype, "supporters", void 0);
__decorate([
    property({ attribute: false })
], PeerRoster.prototype, "filter", void 0);
__decorate([
    state()
], PeerRoster.prototype, "brokenPhotos", void 0);
__decorate([
    state()
], PeerRoster.prototype, "notice", void 0);
__decorate([
    state()
], PeerRoster.prototype, "pages", void 0);
PeerRoster = __decorate([
    localized()
], PeerRoster);
export { PeerRoster };
