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
import { RESOURCE_AUDIENCES, RESOURCE_CATEGORIES, ResourceSchema } from '../core/contract.js';
import { conformList } from '../core/conform.js';
import { PeerBadResponseError } from '../core/errors.js';
import { mapHsds } from '../core/hsds.js';
import { crisisNoticeStyles, renderCrisisNotice } from '../core/crisis-notice.js';
import { calendarDate, dateTime, languageName, relativeTime, weekdayName } from '../core/format.js';
import { resourceCategoryLabel } from '../core/labels.js';
import { ListController } from '../core/list-controller.js';
import { PeerElement } from '../core/peer-element.js';
import { mailtoUrl, safeUrl, smsUrl, telUrl } from '../core/safe-url.js';
import { baseStyles, controlStyles, filterBarStyles } from '../core/styles.js';
import { openState, todayFor } from './opening-hours.js';
import { EMPTY_RESOURCE_FILTER, filterResources } from './resource-filter.js';
import { resourceDirectoryStyles } from './resource-directory.styles.js';
const DAY_MS = 86_400_000;
function costLabel(cost) {
    switch (cost) {
        case 'free':
            return msg('Free');
        case 'covered':
            return msg('Covered by your benefits');
        case 'low-cost':
            return msg('Low cost');
        case 'paid':
            return msg('Paid');
    }
}
function audienceLabel(audience) {
    return audience === 'staff' ? msg('Staff') : audience === 'family' ? msg('Family members') : msg('Retirees');
}
/** Keeps the first of records that share an id: a portal's duplicate must not show twice. */
function withoutDuplicates(resources) {
    const seen = new Set();
    return resources.filter((resource) => !seen.has(resource.id) && seen.add(resource.id));
}
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
let PeerResourceDirectory = class PeerResourceDirectory extends PeerElement {
    constructor() {
        super(...arguments);
        /** Comma-separated categories to show (e.g. `"crisis-line,eap,counseling"`); all when empty. */
        this.categories = '';
        /** `list` (default) or `grid`. */
        this.layout = 'list';
        /** How many listings to show at first and per "Show more". */
        this.pageSize = 25;
        /** Listings last verified longer ago than this many days are marked as possibly out of date. */
        this.verifiedWithinDays = 365;
        /** The current filter; set it to preset or restore one. */
        this.filter = { ...EMPTY_RESOURCE_FILTER };
        /** The clock used for "open now" (tests and kiosks can set it). */
        this.clock = () => new Date();
        this.pages = 1;
        /** Listings whose weekly hours are open; the others render only their summary (less DOM per keystroke). */
        this.hoursShown = new Set();
        this.list = new ListController(this, 'resources', ResourceSchema, (json) => this.fromHsdsIfConfigured(json));
        this.given = [];
    }
    static { this.styles = [baseStyles, controlStyles, filterBarStyles, crisisNoticeStyles, resourceDirectoryStyles]; }
    willUpdate(changed) {
        if (changed.has('resources'))
            this.given = this.resources ? withoutDuplicates(conformList(ResourceSchema, this.resources).items) : [];
        if (!this.resources)
            this.list.loadIfSourceChanged(this.config.client);
    }
    /** With `resources-format="hsds"`, an HSDS `/services` answer is mapped to listings here. */
    fromHsdsIfConfigured(json) {
        if (this.config.value.resourcesFormat !== 'hsds')
            return json;
        const mapping = mapHsds(json);
        if (!mapping)
            throw new PeerBadResponseError('Expected an HSDS services list ("contents", "services" or an array).');
        const skipped = mapping.services.filter((service) => !service.resource);
        if (skipped.length)
            console.warn('[peer-support] HSDS services left out:', skipped.flatMap((service) => service.errors));
        return { items: mapping.services.flatMap((service) => (service.resource ? [service.resource] : [])) };
    }
    /** Fetches the directory again. */
    async refresh() {
        if (!this.resources)
            await this.list.load(this.config.client);
    }
    get all() {
        if (this.resources)
            return this.given;
        if (this.fetched?.items !== this.list.items)
            this.fetched = { items: this.list.items, unique: withoutDuplicates(this.list.items) };
        return this.fetched.unique;
    }
    get allowed() {
        return this.categories
            .split(',')
            .map((category) => category.trim())
            .filter(Boolean);
    }
    updateFilter(changes) {
        this.filter = { ...this.filter, ...changes };
        this.pages = 1;
    }
    render() {
        const status = this.resources ? 'ready' : this.list.status;
        return html `<section part="base" class="directory" aria-label=${msg('Where to find help')} aria-busy=${status === 'loading' || status === 'idle' ? 'true' : 'false'}>
      ${renderCrisisNotice(this.config.value.crisisLine, { compact: true })}
      ${status === 'offline' ? this.renderOffline() : nothing}
      ${status === 'idle' || status === 'loading'
            ? html `<p class="visually-hidden" role="status">${msg('Loading the directory…')}</p><div part="skeleton" class="skeleton" aria-hidden="true"></div>`
            : status === 'failed'
                ? html `<div part="notice" class="notice" role="alert">
              <p><strong>${msg('We could not load the directory right now.')}</strong> ${this.list.error?.userMessage ?? ''}</p>
              <p>${msg('The crisis line above is there any hour.')}</p>
              <button type="button" part="button retry" class="button secondary" @click=${() => this.refresh()}>${msg('Try again')}</button>
            </div>`
                : this.renderDirectory()}
    </section>`;
    }
    renderOffline() {
        const locale = this.config.value.locale;
        return html `<div part="notice" class="notice offline" role="status">
      <p>${msg(str `You are seeing the directory as it was ${relativeTime(this.list.updatedAt, locale)} (last updated ${dateTime(this.list.updatedAt, locale)}).`)} ${this.list.error?.userMessage ?? ''}</p>
      <button type="button" part="button retry" class="button secondary" @click=${() => this.refresh()}>${msg('Try again')}</button>
    </div>`;
    }
    renderDirectory() {
        const locale = this.config.value.locale;
        const now = this.clock();
        const all = this.all;
        if (this.optionsFor?.all !== all) {
            this.optionsFor = {
                all,
                languages: [...new Set(all.flatMap((resource) => resource.languages))].sort(),
                categories: RESOURCE_CATEGORIES.filter((category) => all.some((resource) => resource.category === category)),
            };
        }
        const allowed = this.allowed;
        const { languages } = this.optionsFor;
        const categories = this.optionsFor.categories.filter((category) => !allowed.length || allowed.includes(category));
        const filter = this.filter;
        const matches = filterResources(all, filter, now, allowed);
        const total = allowed.length ? all.filter((resource) => allowed.includes(resource.category)).length : all.length;
        const shown = matches.slice(0, this.pageSize > 0 ? this.pageSize * this.pages : undefined);
        const filtered = JSON.stringify(filter) !== JSON.stringify(EMPTY_RESOURCE_FILTER);
        return html `<form part="filters" class="filters" role="search" aria-label=${msg('Find help')} @submit=${(event) => event.preventDefault()}>
        <label class="field search">
          <span>${msg('Search')}</span>
          <input part="search" class="control" type="search" autocomplete="off" .value=${filter.text} placeholder=${msg('For example: grief, money, chaplain')} @input=${(event) => this.updateFilter({ text: event.target.value })} />
        </label>
        <label class="field">
          <span>${msg('Kind of help')}</span>
          <select class="control" @change=${(event) => this.updateFilter({ category: event.target.value })}>
            <option value="">${msg('All kinds')}</option>
            ${categories.map((category) => html `<option value=${category} ?selected=${filter.category === category}>${resourceCategoryLabel(category)}</option>`)}
          </select>
        </label>
        <label class="field">
          <span>${msg('Language')}</span>
          <select class="control" @change=${(event) => this.updateFilter({ language: event.target.value })}>
            <option value="">${msg('Any')}</option>
            ${languages.map((tag) => html `<option value=${tag} ?selected=${filter.language === tag}>${languageName(tag, locale)}</option>`)}
          </select>
        </label>
        <label class="field">
          <span>${msg('For')}</span>
          <select class="control" @change=${(event) => this.updateFilter({ audience: event.target.value })}>
            <option value="">${msg('Anyone')}</option>
            ${RESOURCE_AUDIENCES.map((audience) => html `<option value=${audience} ?selected=${filter.audience === audience}>${audienceLabel(audience)}</option>`)}
          </select>
        </label>
        ${[
            ['openNow', msg('Open now')],
            ['always', msg('Open 24/7')],
            ['confidential', msg('Confidential')],
            ['freeOrCovered', msg('Free or covered')],
        ].map(([key, label]) => html `<label class="check">
            <input type="checkbox" .checked=${filter[key]} @change=${(event) => this.updateFilter({ [key]: event.target.checked })} />
            <span>${label}</span>
          </label>`)}
      </form>
      <p part="count" class="count" role="status" aria-live="polite">
        ${filtered ? msg(str `${matches.length} of ${total} listings match`) : msg(str `${total} listings`)}
      </p>
      ${matches.length === 0
            ? html `<div part="notice" class="notice">
            <p>${total ? msg('Nothing matches all of these. Try fewer filters, or another word.') : msg('No listings yet. Your program coordinator can add them.')}</p>
            ${total ? html `<button type="button" part="button clear-filters" class="button secondary" @click=${() => this.updateFilter({ ...EMPTY_RESOURCE_FILTER })}>${msg('Clear all filters')}</button>` : nothing}
          </div>`
            : nothing}
      <ul part="list" class="list">
        ${repeat(shown, (resource) => resource.id, (resource) => html `<li>${this.renderListing(resource, now, locale)}</li>`)}
      </ul>
      ${matches.length > shown.length
            ? html `<button type="button" part="button show-more" class="button secondary show-more" @click=${() => this.pages++}>
            ${msg(str `Show ${Math.min(this.pageSize, matches.length - shown.length)} more (${matches.length - shown.length} not shown yet)`)}
          </button>`
            : nothing}`;
    }
    renderListing(resource, now, locale) {
        const crisis = resource.category === 'crisis-line';
        const state = openState(resource.hours, now);
        const verified = Date.parse(resource.verifiedOn);
        const stale = Number.isFinite(verified) && now.getTime() - verified > this.verifiedWithinDays * DAY_MS;
        const verifiedDate = calendarDate(resource.verifiedOn, locale);
        return html `<article part=${crisis ? 'listing crisis-listing' : 'listing'} class="listing ${crisis ? 'crisis-listing' : ''}" aria-label=${resource.name}>
      <p class="category">${resourceCategoryLabel(resource.category)}</p>
      <h3 part="name" class="name">${resource.name}</h3>
      <p class="badges">
        ${this.renderOpenBadge(state)}
        ${resource.confidential ? html `<span part="badge" class="badge">${msg('Confidential')}</span>` : nothing}
        ${stale
            ? html `<span part="badge" class="badge stale">${msg(str `Possibly out of date: last checked ${verifiedDate}`)}</span>`
            : verifiedDate
                ? html `<span class="verified">${msg(str `Verified on ${verifiedDate}`)}</span>`
                : nothing /* the server's date could not be read (see conform.ts) */}
      </p>
      ${resource.description ? html `<p class="description">${resource.description}</p>` : nothing}
      ${this.renderContacts(resource)}
      ${this.renderHours(resource, now, locale)}
      <p class="facts">
        <span>${costLabel(resource.cost)}${resource.costNote ? html ` — ${resource.costNote}` : nothing}</span>
        ${resource.languages.length ? html `<span>${msg('Languages:')} ${resource.languages.map((tag) => languageName(tag, locale)).join(', ')}</span>` : nothing}
        ${resource.audiences.length ? html `<span>${msg('For:')} ${resource.audiences.map(audienceLabel).join(', ')}</span>` : nothing}
      </p>
    </article>`;
    }
    renderOpenBadge(state) {
        switch (state) {
            case 'always':
                return html `<span part="badge" class="badge open">${msg('Open 24/7')}</span>`;
            case 'open':
                return html `<span part="badge" class="badge open">${msg('Open now')}</span>`;
            case 'closed':
                return html `<span part="badge" class="badge closed">${msg('Closed now')}</span>`;
            default:
                return nothing;
        }
    }
    renderContacts(resource) {
        const links = [
            ...resource.phones.map((phone) => {
                const href = phone.kind === 'text' ? smsUrl(phone.number) : telUrl(phone.number);
                const label = phone.kind === 'text' ? msg(str `Text ${phone.number}`) : msg(str `Call ${phone.number}`);
                return [href, label, phone.label, phone.kind === 'text' ? 'text' : 'call'];
            }),
            [safeUrl(resource.url), msg('Website'), undefined, 'web'],
            [mailtoUrl(resource.email), resource.email ? msg(str `Email ${resource.email}`) : '', undefined, 'email'],
        ].filter(([href, label]) => href && label);
        if (!links.length)
            return nothing;
        return html `<ul class="contacts" aria-label=${msg(str `Ways to reach ${resource.name}`)}>
      ${links.map(([href, label, note, kind]) => html `<li>
          <a part="contact contact-${kind}" href=${href} rel="noopener noreferrer" target=${kind === 'web' ? '_blank' : nothing}>${label}<span class="visually-hidden"> (${resource.name})</span></a>${note
            ? html ` <span class="note">(${note})</span>`
            : nothing}
        </li>`)}
    </ul>`;
    }
    renderHours(resource, now, locale) {
        const { hours } = resource;
        if (hours.is24x7)
            return hours.note ? html `<p class="hours-note">${hours.note}</p>` : nothing;
        const schedule = hours.schedule ?? [];
        if (!schedule.length)
            return hours.note ? html `<p class="hours-note">${hours.note}</p>` : nothing;
        const today = todayFor(hours, now);
        const days = [0, 1, 2, 3, 4, 5, 6].filter((day) => schedule.some((entry) => entry.day === day));
        const open = this.hoursShown.has(resource.id);
        const todays = schedule.filter((entry) => entry.day === today).map((entry) => `${entry.opens}–${entry.closes}`).join(', ');
        return html `<details part="hours" class="hours" ?open=${open} @toggle=${(event) => this.toggleHours(resource.id, event.target.open)}>
      <summary>${todays ? msg(str `Today ${todays}`) : msg('Closed today')}${hours.timeZone ? html ` <span class="zone">(${hours.timeZone})</span>` : nothing} · ${msg('all hours')}</summary>
      ${open ? this.renderWeek(days, schedule, today, locale) : nothing}
      ${hours.note ? html `<p class="hours-note">${hours.note}</p>` : nothing}
    </details>`;
    }
    toggleHours(id, open) {
        if (open === this.hoursShown.has(id))
            return;
        const next = new Set(this.hoursShown);
        if (open)
            next.add(id);
        else
            next.delete(id);
        this.hoursShown = next;
    }
    renderWeek(days, schedule, today, locale) {
        return html `<dl>
        ${days.map((day) => html `<div class="day ${day === today ? 'today' : ''}" aria-current=${day === today ? 'date' : nothing}>
            <dt>${weekdayName(day, locale)}${day === today ? html ` <span class="today-label">${msg('(today)')}</span>` : nothing}</dt>
            <dd>${schedule.filter((entry) => entry.day === day).map((entry) => `${entry.opens}–${entry.closes}`).join(', ')}</dd>
          </div>`)}
      </dl>`;
    }
};
__decorate([
    property()
], PeerResourceDirectory.prototype, "categories", void 0);
__decorate([
    property({ reflect: true })
], PeerResourceDirectory.prototype, "layout", void 0);
__decorate([
    property({ attribute: 'page-size', type: Number })
], PeerResourceDirectory.prototype, "pageSize", void 0);
__decorate([
    property({ attribute: 'verified-within-days', type: Number })
], PeerResourceDirectory.prototype, "verifiedWithinDays", void 0);
__decorate([
    property({ attribute: false })
], PeerResourceDirectory.prototype, "resources", void 0);
__decorate([
    property({ attribute: false })
], PeerResourceDirectory.prototype, "filter", void 0);
__decorate([
    property({ attribute: false })
], PeerResourceDirectory.prototype, "clock", void 0);
__decorate([
    state()
], PeerResourceDirectory.prototype, "pages", void 0);
__decorate([
    state()
], PeerResourceDirectory.prototype, "hoursShown", void 0);
PeerResourceDirectory = __decorate([
    localized()
], PeerResourceDirectory);
export { PeerResourceDirectory };
