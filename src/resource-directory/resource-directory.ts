import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { RESOURCE_AUDIENCES, RESOURCE_CATEGORIES, ResourceSchema } from '../core/contract.js';
import type { Resource, ResourceCategory } from '../core/contract.js';
import { conformList } from '../core/conform.js';
import { PeerBadResponseError } from '../core/errors.js';
import { mapHsds } from '../core/hsds.js';
import { crisisNoticeStyles, renderCrisisNotice } from '../core/crisis-notice.js';
import { calendarDate, dateTime, languageName, relativeTime, weekdayName } from '../core/format.js';
import { channelActionLabel, plural, resourceCategoryLabel } from '../core/labels.js';
import { ListController } from '../core/list-controller.js';
import { PeerApiElement } from '../core/api-element.js';
import { channelHref, safeUrl } from '../core/safe-url.js';
import { baseStyles, controlStyles, filterBarStyles } from '../core/styles.js';
import { openState, todayFor } from './opening-hours.js';
import type { OpenState } from './opening-hours.js';
import { EMPTY_RESOURCE_FILTER, filterResources } from './resource-filter.js';
import type { ResourceFilter } from './resource-filter.js';
import { resourceDirectoryStyles } from './resource-directory.styles.js';

const DAY_MS = 86_400_000;

function costLabel(cost: Resource['cost']): string {
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

function audienceLabel(audience: string): string {
  return audience === 'staff' ? msg('Staff') : audience === 'family' ? msg('Family members') : msg('Retirees');
}

/** Keeps the first of records that share an id: a portal's duplicate must not show twice. */
function withoutDuplicates(resources: Resource[]): Resource[] {
  const seen = new Set<string>();
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
 *
 * @cssprop [--peer-color-open-now=#1e6b30] - The "Open now" badge.
 * @cssprop [--peer-color-stale=#8a4b00] - The "Possibly out of date" badge.
 * @cssprop [--peer-color-warning=#9a5b00] - Border of a warning (offline, waiting to retry).
 * @cssprop [--peer-color-warning-surface=#fff8eb] - Background of a warning.
 */
@localized()
export class PeerResourceDirectory extends PeerApiElement {
  static override styles = [baseStyles, controlStyles, filterBarStyles, crisisNoticeStyles, resourceDirectoryStyles];

  /** Comma-separated categories to show (e.g. `"crisis-line,eap,counseling"`); all when empty. */
  @property() categories = '';

  /** `list` (default) or `grid`. */
  @property({ reflect: true }) layout: 'list' | 'grid' = 'list';

  /** How many listings to show at first and per "Show more". */
  @property({ attribute: 'page-size', type: Number }) pageSize = 25;

  /** Listings last verified longer ago than this many days are marked as possibly out of date. */
  @property({ attribute: 'verified-within-days', type: Number }) verifiedWithinDays = 365;

  /** Listings passed in directly (no network). Read by the contract like server data. */
  @property({ attribute: false }) resources?: unknown[];

  /** The current filter; set it to preset or restore one. */
  @property({ attribute: false }) filter: ResourceFilter = { ...EMPTY_RESOURCE_FILTER };

  /** The clock used for "open now" (tests and kiosks can set it). */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  @state() private pages = 1;
  /** Listings whose weekly hours are open; the others render only their summary (less DOM per keystroke). */
  @state() private hoursShown = new Set<string>();

  private readonly list = new ListController<Resource>(this, 'resources', ResourceSchema, (json) => this.fromHsdsIfConfigured(json));
  private given: Resource[] = [];
  private optionsFor?: { all: Resource[]; languages: string[]; categories: ResourceCategory[] };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('resources')) this.given = this.resources ? withoutDuplicates(conformList<Resource>(ResourceSchema, this.resources).items) : [];
    if (!this.resources) this.list.loadIfSourceChanged(this.api.client);
  }

  /** With `resources-format="hsds"`, an HSDS `/services` answer is mapped to listings here. */
  private fromHsdsIfConfigured(json: unknown): unknown {
    if (this.config.value.resourcesFormat !== 'hsds') return json;
    const mapping = mapHsds(json);
    if (!mapping) throw new PeerBadResponseError('Expected an HSDS services list ("contents", "services" or an array).');
    const skipped = mapping.services.filter((service) => !service.resource);
    if (skipped.length) console.warn('[peer-support] HSDS services left out:', skipped.flatMap((service) => service.errors));
    return { items: mapping.services.flatMap((service) => (service.resource ? [service.resource] : [])) };
  }

  /** Fetches the directory again. */
  async refresh(): Promise<void> {
    if (!this.resources) await this.list.load(this.api.client);
  }

  private fetched?: { items: Resource[]; unique: Resource[] };

  private get all(): Resource[] {
    if (this.resources) return this.given;
    if (this.fetched?.items !== this.list.items) this.fetched = { items: this.list.items, unique: withoutDuplicates(this.list.items) };
    return this.fetched.unique;
  }

  private get allowed(): string[] {
    return this.categories
      .split(',')
      .map((category) => category.trim())
      .filter(Boolean);
  }

  private updateFilter(changes: Partial<ResourceFilter>): void {
    this.filter = { ...this.filter, ...changes };
    this.pages = 1;
  }

  override render() {
    const status = this.resources ? 'ready' : this.list.status;
    return html`<section part="base" class="directory" aria-label=${msg('Where to find help')} aria-busy=${status === 'loading' || status === 'idle' ? 'true' : 'false'}>
      ${renderCrisisNotice(this.config.value.crisisLine, { compact: true })}
      ${status === 'offline' ? this.renderOffline() : nothing}
      ${status === 'idle' || status === 'loading'
        ? html`<p class="visually-hidden" role="status">${msg('Loading the directory…')}</p><div part="skeleton" class="skeleton" aria-hidden="true"></div>`
        : status === 'failed'
          ? html`<div part="notice" class="notice" role="alert">
              <p><strong>${msg('We could not load the directory right now.')}</strong> ${this.list.error?.userMessage ?? ''}</p>
              <p>${msg('The crisis line above is there any hour.')}</p>
              <button type="button" part="button retry" class="button secondary" @click=${() => this.refresh()}>${msg('Try again')}</button>
            </div>`
          : this.renderDirectory()}
    </section>`;
  }

  private renderOffline() {
    const locale = this.config.value.locale;
    return html`<div part="notice" class="notice offline" role="status">
      <p>${msg(str`You are seeing the directory as it was ${relativeTime(this.list.updatedAt, locale)} (last updated ${dateTime(this.list.updatedAt, locale)}).`)} ${this.list.error?.userMessage ?? ''}</p>
      <button type="button" part="button retry" class="button secondary" @click=${() => this.refresh()}>${msg('Try again')}</button>
    </div>`;
  }

  private renderDirectory() {
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
    return html`<form part="filters" class="filters" role="search" aria-label=${msg('Find help')} @submit=${(event: Event) => event.preventDefault()}>
        <label class="field search">
          <span>${msg('Search')}</span>
          <input part="search" class="control" type="search" autocomplete="off" .value=${filter.text} placeholder=${msg('For example: grief, money, counseling')} @input=${(event: Event) => this.updateFilter({ text: (event.target as HTMLInputElement).value })} />
        </label>
        <label class="field">
          <span>${msg('Kind of help')}</span>
          <select class="control" @change=${(event: Event) => this.updateFilter({ category: (event.target as HTMLSelectElement).value as ResourceCategory | '' })}>
            <option value="">${msg('All kinds')}</option>
            ${categories.map((category) => html`<option value=${category} ?selected=${filter.category === category}>${resourceCategoryLabel(category)}</option>`)}
          </select>
        </label>
        <label class="field">
          <span>${msg('Language')}</span>
          <select class="control" @change=${(event: Event) => this.updateFilter({ language: (event.target as HTMLSelectElement).value })}>
            <option value="">${msg('Any')}</option>
            ${languages.map((tag) => html`<option value=${tag} ?selected=${filter.language === tag}>${languageName(tag, locale)}</option>`)}
          </select>
        </label>
        <label class="field">
          <span>${msg('For')}</span>
          <select class="control" @change=${(event: Event) => this.updateFilter({ audience: (event.target as HTMLSelectElement).value })}>
            <option value="">${msg('Anyone')}</option>
            ${RESOURCE_AUDIENCES.map((audience) => html`<option value=${audience} ?selected=${filter.audience === audience}>${audienceLabel(audience)}</option>`)}
          </select>
        </label>
        ${(
          [
            ['openNow', msg('Open now')],
            ['always', msg('Open 24/7')],
            ['confidential', msg('Confidential')],
            ['freeOrCovered', msg('Free or covered')],
          ] as const
        ).map(
          ([key, label]) => html`<label class="check">
            <input type="checkbox" .checked=${filter[key]} @change=${(event: Event) => this.updateFilter({ [key]: (event.target as HTMLInputElement).checked })} />
            <span>${label}</span>
          </label>`,
        )}
      </form>
      <p part="count" class="count" role="status" aria-live="polite">
        ${filtered
          ? plural(total, locale, { one: () => msg(str`${matches.length} of ${total} listing match`), other: () => msg(str`${matches.length} of ${total} listings match`) })
          : plural(total, locale, { one: () => msg(str`${total} listing`), other: () => msg(str`${total} listings`) })}
      </p>
      ${matches.length === 0
        ? html`<div part="notice" class="notice">
            <p>${total ? msg('Nothing matches all of these. Try fewer filters, or another word.') : msg('No listings yet. Your program coordinator can add them.')}</p>
            ${total ? html`<button type="button" part="button clear-filters" class="button secondary" @click=${() => this.updateFilter({ ...EMPTY_RESOURCE_FILTER })}>${msg('Clear all filters')}</button>` : nothing}
          </div>`
        : nothing}
      <ul part="list" class="list">
        ${repeat(shown, (resource) => resource.id, (resource) => html`<li>${this.renderListing(resource, now, locale)}</li>`)}
      </ul>
      ${matches.length > shown.length
        ? html`<button type="button" part="button show-more" class="button secondary show-more" @click=${() => this.pages++}>
            ${msg(str`Show ${Math.min(this.pageSize, matches.length - shown.length)} more (${matches.length - shown.length} not shown yet)`)}
          </button>`
        : nothing}`;
  }

  private renderListing(resource: Resource, now: Date, locale: string) {
    const crisis = resource.category === 'crisis-line';
    const state = openState(resource.hours, now);
    const verified = Date.parse(resource.verifiedOn);
    const stale = Number.isFinite(verified) && now.getTime() - verified > this.verifiedWithinDays * DAY_MS;
    const verifiedDate = calendarDate(resource.verifiedOn, locale);
    return html`<article part=${crisis ? 'listing crisis-listing' : 'listing'} class="listing ${crisis ? 'crisis-listing' : ''}" aria-label=${resource.name}>
      <p class="category">${resourceCategoryLabel(resource.category)}</p>
      <h3 part="name" class="name">${resource.name}</h3>
      <p class="badges">
        ${this.renderOpenBadge(state)}
        ${resource.confidential ? html`<span part="badge" class="badge">${msg('Confidential')}</span>` : nothing}
        ${stale
          ? html`<span part="badge" class="badge stale">${msg(str`Possibly out of date: last checked ${verifiedDate}`)}</span>`
          : verifiedDate
            ? html`<span class="verified">${msg(str`Verified on ${verifiedDate}`)}</span>`
            : nothing /* the server's date could not be read (see conform.ts) */}
      </p>
      ${resource.description ? html`<p class="description">${resource.description}</p>` : nothing}
      ${this.renderContacts(resource)}
      ${this.renderHours(resource, now, locale)}
      <p class="facts">
        <span>${costLabel(resource.cost)}${resource.costNote ? html` — ${resource.costNote}` : nothing}</span>
        ${resource.languages.length ? html`<span>${msg('Languages:')} ${resource.languages.map((tag) => languageName(tag, locale)).join(', ')}</span>` : nothing}
        ${resource.audiences.length ? html`<span>${msg('For:')} ${resource.audiences.map(audienceLabel).join(', ')}</span>` : nothing}
      </p>
    </article>`;
  }

  private renderOpenBadge(state: OpenState) {
    switch (state) {
      case 'always':
        return html`<span part="badge" class="badge open">${msg('Open 24/7')}</span>`;
      case 'open':
        return html`<span part="badge" class="badge open">${msg('Open now')}</span>`;
      case 'closed':
        return html`<span part="badge" class="badge closed">${msg('Closed now')}</span>`;
      default:
        return nothing;
    }
  }

  private renderContacts(resource: Resource) {
    const links = [
      ...resource.phones.map((phone) => {
        const channel = { kind: phone.kind === 'text' ? 'text' : 'phone', value: phone.number } as const;
        return [channelHref(channel), channelActionLabel(channel), phone.label, phone.kind === 'text' ? 'text' : 'call'] as const;
      }),
      [safeUrl(resource.url), msg('Website'), undefined, 'web'] as const,
      [channelHref({ kind: 'email', value: resource.email ?? '' }), resource.email ? channelActionLabel({ kind: 'email', value: resource.email }) : '', undefined, 'email'] as const,
    ].filter(([href, label]) => href && label);
    if (!links.length) return nothing;
    return html`<ul class="contacts" aria-label=${msg(str`Ways to reach ${resource.name}`)}>
      ${links.map(
        ([href, label, note, kind]) => html`<li>
          <a part="contact contact-${kind}" href=${href!} rel="noopener noreferrer" target=${kind === 'web' ? '_blank' : nothing}>${label}<span class="visually-hidden"> (${resource.name})</span></a>${note
            ? html` <span class="note">(${note})</span>`
            : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private renderHours(resource: Resource, now: Date, locale: string) {
    const { hours } = resource;
    if (hours.is24x7) return hours.note ? html`<p class="hours-note">${hours.note}</p>` : nothing;
    const schedule = hours.schedule ?? [];
    if (!schedule.length) return hours.note ? html`<p class="hours-note">${hours.note}</p>` : nothing;
    const today = todayFor(hours, now);
    const days = [0, 1, 2, 3, 4, 5, 6].filter((day) => schedule.some((entry) => entry.day === day));
    const open = this.hoursShown.has(resource.id);
    const todays = schedule.filter((entry) => entry.day === today).map((entry) => `${entry.opens}–${entry.closes}`).join(', ');
    return html`<details part="hours" class="hours" ?open=${open} @toggle=${(event: Event) => this.toggleHours(resource.id, (event.target as HTMLDetailsElement).open)}>
      <summary>${todays ? msg(str`Today ${todays}`) : msg('Closed today')}${hours.timeZone ? html` <span class="zone">(${hours.timeZone})</span>` : nothing} · ${msg('all hours')}</summary>
      ${open ? this.renderWeek(days, schedule, today, locale) : nothing}
      ${hours.note ? html`<p class="hours-note">${hours.note}</p>` : nothing}
    </details>`;
  }

  private toggleHours(id: string, open: boolean): void {
    if (open === this.hoursShown.has(id)) return;
    const next = new Set(this.hoursShown);
    if (open) next.add(id);
    else next.delete(id);
    this.hoursShown = next;
  }

  private renderWeek(days: number[], schedule: NonNullable<Resource['hours']['schedule']>, today: number | undefined, locale: string) {
    return html`<dl>
        ${days.map(
          (day) => html`<div class="day ${day === today ? 'today' : ''}" aria-current=${day === today ? 'date' : nothing}>
            <dt>${weekdayName(day, locale)}${day === today ? html` <span class="today-label">${msg('(today)')}</span>` : nothing}</dt>
            <dd>${schedule.filter((entry) => entry.day === day).map((entry) => `${entry.opens}–${entry.closes}`).join(', ')}</dd>
          </div>`,
        )}
      </dl>`;
  }
}
