import { css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { SupporterSchema } from '../core/contract.js';
import type { Supporter } from '../core/contract.js';
import { conformRecord } from '../core/conform.js';
import { crisisNoticeStyles, renderCrisisNotice } from '../core/crisis-notice.js';
import { ListController } from '../core/list-controller.js';
import { PeerApiElement } from '../core/api-element.js';
import { baseStyles, controlStyles } from '../core/styles.js';
import { renderSupporterCard, requestContact, supporterCardStyles } from './supporter-card-view.js';
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
 *
 * @cssprop [--peer-color-available=#1e7b34] - Availability dot of a supporter who is available now.
 * @cssprop [--peer-color-busy=#9a5b00] - Availability dot of a supporter who is busy.
 * @cssprop [--peer-color-on-break=#5b4a8a] - Availability dot of a supporter on a break.
 * @cssprop [--peer-color-off-duty=var(--peer-color-muted, #4b5563)] - Availability dot of a supporter who is off duty.
 * @cssprop [--peer-color-unknown=var(--peer-color-muted, #4b5563)] - Availability dot when the status is not known.
 */
@localized()
export class PeerSupporterCard extends PeerApiElement {
  static override styles = [
    baseStyles,
    controlStyles,
    crisisNoticeStyles,
    supporterCardStyles,
    css`
      .notice {
        margin: 0.5em 0 0;
      }
    `,
  ];

  /** Id of the supporter to show, looked up in `GET supporters`. */
  @property({ attribute: 'supporter-id' }) supporterId = '';

  /** `grid` (default), `list` or `compact`. */
  @property({ reflect: true }) layout: CardLayout = 'grid';

  /** Page with the request form; used with `?supporter=<id>` when no script handles the event. */
  @property({ attribute: 'request-url' }) requestUrl?: string;

  /** The supporter, passed in directly (no network). Read by the contract like server data. */
  @property({ attribute: false }) supporter?: unknown;

  @state() private photoFailed = false;
  @state() private notice?: string;

  private readonly list = new ListController<Supporter>(this, 'supporters', SupporterSchema);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('supporter') || changed.has('supporterId')) this.photoFailed = false;
    if (this.supporter === undefined) this.list.loadIfSourceChanged(this.api.client);
  }

  private get shown(): Supporter | undefined {
    if (this.supporter !== undefined) return conformRecord<Supporter>(SupporterSchema, this.supporter);
    return this.list.items.find((candidate) => candidate.id === this.supporterId);
  }

  override render() {
    const supporter = this.shown;
    const loading = this.supporter === undefined && (this.list.status === 'idle' || this.list.status === 'loading');
    if (loading) return html`<div part="base" aria-busy="true"><p class="visually-hidden" role="status">${msg('Loading…')}</p></div>`;
    if (!supporter) {
      return html`<div part="base">
        <p part="notice" class="notice" role="status">
          ${this.list.status === 'failed' ? (this.list.error?.userMessage ?? '') : msg('This supporter is not on the team list any more.')}
        </p>
        ${renderCrisisNotice(this.config.value.crisisLine)}
      </div>`;
    }
    return html`<div part="base">
      ${renderSupporterCard(supporter, {
        locale: this.config.value.locale,
        layout: this.layout,
        photoFailed: this.photoFailed,
        onPhotoError: () => (this.photoFailed = true),
        onRequestContact: (chosen) => (this.notice = requestContact(this, chosen, this.requestUrl)),
      })}
      <div role="status">${this.notice ? html`<p part="notice" class="notice">${this.notice}</p>` : nothing}</div>
    </div>`;
  }
}
