import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { CHANNEL_KINDS, SupporterSchema } from '../core/contract.js';
import type { Supporter } from '../core/contract.js';
import { conformList } from '../core/conform.js';
import { channelLabel } from '../core/labels.js';
import { crisisNoticeStyles, renderCrisisNotice } from '../core/crisis-notice.js';
import { dateTime, languageName, relativeTime } from '../core/format.js';
import { ListController } from '../core/list-controller.js';
import { PeerApiElement } from '../core/api-element.js';
import { baseStyles, controlStyles, filterBarStyles } from '../core/styles.js';
import { EMPTY_FILTER, activeFilterKeys, filterOptions, filterSupporters } from './roster-filter.js';
import type { RosterFilter } from './roster-filter.js';
import { rosterStyles } from './roster.styles.js';
import { renderSupporterCard, requestContact, supporterCardStyles } from './supporter-card-view.js';
import type { CardLayout } from './supporter-card-view.js';

const LAYOUTS: readonly CardLayout[] = ['grid', 'list', 'compact'];

/** `show-filters` is on unless set to "false" or "none", so a bare `<peer-roster>` offers them. */
const onUnlessFalse = {
  fromAttribute: (value: string | null) => value === null || !['false', 'none', 'off', '0'].includes(value.trim().toLowerCase()),
  toAttribute: (value: boolean) => (value ? null : 'false'),
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
 *
 * @cssprop [--peer-color-available=#1e7b34] - Availability dot of a supporter who is available now.
 * @cssprop [--peer-color-busy=#9a5b00] - Availability dot of a supporter who is busy.
 * @cssprop [--peer-color-on-break=#5b4a8a] - Availability dot of a supporter on a break.
 * @cssprop [--peer-color-off-duty=var(--peer-color-muted, #4b5563)] - Availability dot of a supporter who is off duty.
 * @cssprop [--peer-color-unknown=var(--peer-color-muted, #4b5563)] - Availability dot when the status is not known.
 * @cssprop [--peer-color-warning=#9a5b00] - Border of a warning (offline, waiting to retry).
 * @cssprop [--peer-color-warning-surface=#fff8eb] - Background of a warning.
 */
@localized()
export class PeerRoster extends PeerApiElement {
  static override styles = [baseStyles, controlStyles, filterBarStyles, crisisNoticeStyles, supporterCardStyles, rosterStyles];

  /** Card layout: `grid` (default), `list` or `compact`. */
  @property({ reflect: true }) layout: CardLayout = 'grid';

  /** The viewer's own team (set by IT), for "not on my team". When empty the viewer can pick it. */
  @property({ attribute: 'viewer-team' }) viewerTeam = '';

  /** Show the search and filters; on unless set to `"false"`. */
  @property({ attribute: 'show-filters', converter: onUnlessFalse, reflect: true }) showFilters = true;

  /** Comma-separated lived-experience tags this page is for (e.g. `"veteran"`): shows supporters sharing any of them. */
  @property() experiences = '';

  /** Show at most this many matching supporters, with no "show more". */
  @property({ type: Number }) limit?: number;

  /** How many cards to show at first and per "Show more": keeps a 1,000-person roster quick on any device. */
  @property({ attribute: 'page-size', type: Number }) pageSize = 30;

  /** Page with the request form; "Ask them to contact me" goes there with `?supporter=<id>` when no script handles the event. */
  @property({ attribute: 'request-url' }) requestUrl?: string;

  /** Supporters passed in directly (no network). Read by the contract like server data. */
  @property({ attribute: false }) supporters?: unknown[];

  /** The current filter; set it to preset or restore one. */
  @property({ attribute: false }) filter: RosterFilter = { ...EMPTY_FILTER };

  @state() private brokenPhotos = new Set<string>();
  @state() private notice?: string;
  @state() private pages = 1;

  private readonly list = new ListController<Supporter>(this, 'supporters', SupporterSchema);
  private given: Supporter[] = [];
  // The filter choices only change with the data, not with each keystroke.
  private optionsFor?: { all: Supporter[]; locale: string; options: ReturnType<typeof filterOptions> };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('supporters')) {
      this.given = this.supporters ? conformList<Supporter>(SupporterSchema, this.supporters).items : [];
    }
    if (!this.supporters) this.list.loadIfSourceChanged(this.api.client);
  }

  /** Fetches the roster again (also what "Try again" does). */
  async refresh(): Promise<void> {
    if (!this.supporters) await this.list.load(this.api.client);
  }

  private get all(): Supporter[] {
    return this.supporters ? this.given : this.list.items;
  }

  private get presetExperiences(): string[] {
    return this.experiences
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
  }

  private get effectiveFilter(): RosterFilter {
    return { ...this.filter, viewerTeam: this.viewerTeam || this.filter.viewerTeam };
  }

  private updateFilter(changes: Partial<RosterFilter>): void {
    this.filter = { ...this.filter, ...changes };
    this.notice = undefined;
    this.pages = 1;
  }

  private readonly onPhotoError = (supporter: Supporter) => {
    if (supporter.photoUrl) this.brokenPhotos = new Set(this.brokenPhotos).add(supporter.photoUrl);
  };

  private readonly onRequestContact = (supporter: Supporter) => {
    this.notice = requestContact(this, supporter, this.requestUrl);
  };

  private readonly onShowAvailable = () => this.updateFilter({ availableNow: true });

  override render() {
    const locale = this.config.value.locale;
    const status = this.supporters ? 'ready' : this.list.status;
    return html`<section part="base" class="roster" aria-label=${msg('Peer supporters')} aria-busy=${status === 'loading' || status === 'idle' ? 'true' : 'false'}>
      ${this.showFilters && (status === 'ready' || status === 'offline') && this.all.length ? this.renderFilters(locale) : nothing}
      ${status === 'offline' ? this.renderOfflineNotice(locale) : nothing}
      <div class="notice-region" role="status">${this.notice ? html`<p part="notice" class="notice">${this.notice}</p>` : nothing}</div>
      ${status === 'idle' || status === 'loading'
        ? this.renderSkeleton()
        : status === 'failed'
          ? this.renderFailure()
          : this.renderList(locale)}
      ${status === 'failed' ? nothing : renderCrisisNotice(this.config.value.crisisLine, { compact: true })}
    </section>`;
  }

  private renderFilters(locale: string) {
    if (this.optionsFor?.all !== this.all || this.optionsFor.locale !== locale) {
      this.optionsFor = { all: this.all, locale, options: filterOptions(this.all, locale) };
    }
    const { options } = this.optionsFor;
    const filter = this.effectiveFilter;
    const askTeam = filter.notMyTeam && !this.viewerTeam;
    return html`<form part="filters" class="filters" role="search" aria-label=${msg('Find a supporter')} @submit=${(event: Event) => event.preventDefault()}>
      <label class="field search">
        <span>${msg('Search')}</span>
        <input
          part="search"
          class="control"
          type="search"
          autocomplete="off"
          .value=${filter.text}
          placeholder=${msg('Name, role or experience')}
          @input=${(event: InputEvent) => this.updateFilter({ text: (event.target as HTMLInputElement).value })}
        />
      </label>
      ${this.renderSelect(msg('Lived experience'), 'experience', filter.experience, options.experiences.map((tag) => [tag, tag]))}
      ${this.renderSelect(msg('Language'), 'language', filter.language, options.languages.map((tag) => [tag, languageName(tag, locale)]))}
      ${this.renderSelect(msg('Way to reach them'), 'channel', filter.channel, CHANNEL_KINDS.map((kind) => [kind, channelLabel(kind)]))}
      <label class="check">
        <input type="checkbox" .checked=${filter.availableNow} @change=${(event: Event) => this.updateFilter({ availableNow: (event.target as HTMLInputElement).checked })} />
        <span>${msg('Available now')}</span>
      </label>
      <label class="check">
        <input type="checkbox" .checked=${filter.notMyTeam} @change=${(event: Event) => this.updateFilter({ notMyTeam: (event.target as HTMLInputElement).checked })} />
        <span>${msg('Not on my team')}</span>
      </label>
      ${askTeam ? this.renderSelect(msg('My team'), 'viewerTeam', filter.viewerTeam, options.teams.map((team) => [team, team]), msg('Choose your team')) : nothing}
    </form>`;
  }

  private renderSelect(label: string, key: 'experience' | 'language' | 'channel' | 'viewerTeam', value: string, options: [string, string][], anyLabel = msg('Any')) {
    return html`<label class="field">
      <span>${label}</span>
      <select part="select" class="control" @change=${(event: Event) => this.updateFilter({ [key]: (event.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${value === ''}>${anyLabel}</option>
        ${options.map(([optionValue, optionLabel]) => html`<option value=${optionValue} ?selected=${optionValue === value}>${optionLabel}</option>`)}
      </select>
    </label>`;
  }

  private renderOfflineNotice(locale: string) {
    const updated = this.list.updatedAt;
    return html`<div part="notice" class="notice offline" role="status">
      <p>
        ${msg(str`You are seeing the team as it was ${relativeTime(updated, locale)} (last updated ${dateTime(updated, locale)}). Availability may have changed.`)}
        ${this.list.error?.userMessage ?? ''}
      </p>
      <button type="button" part="button retry" class="button secondary" @click=${() => this.refresh()}>${msg('Try again')}</button>
    </div>`;
  }

  private renderFailure() {
    return html`<div part="notice" class="notice failed" role="alert">
        <p><strong>${msg('We could not load the peer support team right now.')}</strong></p>
        <p>${this.list.error?.userMessage ?? ''}</p>
        <button type="button" part="button retry" class="button secondary" @click=${() => this.refresh()}>${msg('Try again')}</button>
      </div>
      ${renderCrisisNotice(this.config.value.crisisLine)}`;
  }

  private renderSkeleton() {
    return html`<p class="visually-hidden" role="status">${msg('Loading the peer support team…')}</p>
      <ul part="list" class="list skeletons" aria-hidden="true">
        ${[0, 1, 2].map(() => html`<li part="skeleton" class="skeleton"><span></span><span></span><span></span></li>`)}
      </ul>`;
  }

  private renderList(locale: string) {
    const all = this.all;
    const filter = this.effectiveFilter;
    const matches = filterSupporters(all, filter, this.presetExperiences);
    const limit = this.limit && this.limit > 0 ? this.limit : Infinity;
    const pageSize = this.pageSize > 0 ? this.pageSize : Infinity;
    const shown = matches.slice(0, Math.min(limit, pageSize * this.pages));
    const more = Math.min(limit, matches.length) - shown.length;
    const total = this.presetExperiences.length ? filterSupporters(all, EMPTY_FILTER, this.presetExperiences).length : all.length;
    const filtered = activeFilterKeys(filter).length > 0;
    const count = filtered ? msg(str`${matches.length} of ${total} supporters match`) : msg(str`${total} supporters`);
    const layout = LAYOUTS.includes(this.layout) ? this.layout : 'grid';
    return html`<p part="count" class="count" role="status" aria-live="polite">${count}</p>
      ${matches.length === 0 ? this.renderNoMatches(filter, total) : nothing}
      <ul part="list" class="list">
        ${repeat(
          shown,
          (supporter) => supporter.id,
          (supporter) =>
            html`<li>
              ${renderSupporterCard(supporter, {
                locale,
                layout,
                photoFailed: !!supporter.photoUrl && this.brokenPhotos.has(supporter.photoUrl),
                onPhotoError: this.onPhotoError,
                onRequestContact: this.onRequestContact,
                onShowAvailable: filter.availableNow ? undefined : this.onShowAvailable,
              })}
            </li>`,
        )}
      </ul>
      ${more > 0
        ? html`<button type="button" part="button show-more" class="button secondary show-more" @click=${() => this.pages++}>
            ${msg(str`Show ${Math.min(more, pageSize)} more (${more} not shown yet)`)}
          </button>`
        : nothing}`;
  }

  private renderNoMatches(filter: RosterFilter, total: number) {
    if (total === 0) {
      return html`<p part="notice" class="notice">${msg('No supporters are listed yet. Your peer support coordinator can add the team.')}</p>`;
    }
    const loosen: [keyof RosterFilter, string][] = activeFilterKeys(filter).map((key) => [
      key,
      key === 'text'
        ? msg(str`Clear the search "${filter.text}"`)
        : key === 'experience'
          ? msg(str`Any lived experience instead of "${filter.experience}"`)
          : key === 'language'
            ? msg('Any language')
            : key === 'channel'
              ? msg('Any way to reach them')
              : key === 'availableNow'
                ? msg('Include people who are busy, on a break or off duty')
                : msg('Include people on my team'),
    ]);
    return html`<div part="notice" class="notice empty">
      <p>${msg('No one matches all of these. Try loosening one:')}</p>
      <ul class="loosen">
        ${loosen.map(
          ([key, label]) =>
            html`<li><button type="button" part="button loosen" class="link-button" @click=${() => this.updateFilter({ [key]: EMPTY_FILTER[key] })}>${label}</button></li>`,
        )}
        <li>
          <button type="button" part="button clear-filters" class="link-button" @click=${() => this.updateFilter({ ...EMPTY_FILTER, viewerTeam: this.filter.viewerTeam })}>
            ${msg('Clear all filters')}
          </button>
        </li>
      </ul>
    </div>`;
  }
}
