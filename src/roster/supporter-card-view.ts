/**
 * One supporter's card, as a template function shared by `<peer-roster>` (which renders many cards
 * inside its own shadow root: far cheaper than a thousand shadow roots) and `<peer-supporter-card>`.
 */
import { css, html, nothing } from 'lit';
import { panelBox, statusColor } from '../core/styles.js';
import { msg, str } from '@lit/localize';
import type { Channel, Supporter } from '../core/contract.js';
import { PeerRequestContactEvent } from '../core/events.js';
import { channelActionLabel } from '../core/labels.js';
import { dateTime, initials, languageName, relativeTime } from '../core/format.js';
import type { ShownAvailability, ShownAvailabilityState } from '../core/read-fallbacks.js';
import { sourceOf } from '../core/record-source.js';
import { channelHref, safeUrl } from '../core/safe-url.js';

export type CardLayout = 'grid' | 'list' | 'compact';

export interface CardContext {
  locale: string;
  layout: CardLayout;
  /** The photo failed to load: show initials instead. */
  photoFailed: boolean;
  onPhotoError: (supporter: Supporter) => void;
  onRequestContact: (supporter: Supporter) => void;
  /** Offered on cards of supporters who are away: narrows the roster to who is available now. */
  onShowAvailable?: () => void;
}

function availabilityLabel(state: ShownAvailabilityState): string {
  switch (state) {
    case 'unknown':
      // The server sent a status the contract does not know (IT sees which in the console).
      return msg('Availability not known');
    case 'available':
      return msg('Available now');
    case 'busy':
      return msg('Busy right now');
    case 'on-break':
      return msg('On a break');
    case 'off-duty':
      return msg('Off duty');
  }
}

function availabilityNote(state: ShownAvailabilityState): string | undefined {
  switch (state) {
    case 'busy':
      return msg('They will see your request when they are free.');
    case 'on-break':
      return msg('Taking time to recharge. Someone else on the team can help now, or use the crisis line below if you need someone right away.');
    case 'off-duty':
      return msg('Leave a request and they will get back to you when they are back on, or reach someone who is on now.');
    default:
      return undefined;
  }
}

/** A contact link for one channel (`channelHref`); unusable values become plain text. */
function channelLink(channel: Channel, supporter: Supporter) {
  const name = supporter.displayName;
  const href = channelHref(channel);
  const label = channelActionLabel(channel);
  // The visible words start the accessible name (WCAG 2.5.3); the name tells cards apart for screen readers.
  const whom = html`<span class="visually-hidden"> (${name})</span>`;
  const note = channel.label ? html` <span class="channel-label">(${channel.label})</span>` : nothing;
  return href
    ? html`<li><a part="channel channel-${channel.kind}" href=${href} rel="noopener noreferrer" target=${channel.kind === 'video' ? '_blank' : nothing}>${label}${whom}</a>${note}</li>`
    : html`<li part="channel channel-${channel.kind}">${label}${note}</li>`;
}

export function renderSupporterCard(supporter: Supporter, context: CardContext) {
  // The reader may hand over an availability it could not read as "unknown" (see read-fallbacks.ts).
  const availability: ShownAvailability = supporter.availability;
  // A photo path is the API's, not the intranet page's: resolved against where the record was read.
  const photo = context.photoFailed ? undefined : safeUrl(supporter.photoUrl, sourceOf(supporter));
  const note = context.layout === 'compact' ? undefined : availabilityNote(availability.status);
  const away = availability.status === 'on-break' || availability.status === 'off-duty';
  const since = relativeTime(availability.since, context.locale);
  return html`<article part="card" class="card" data-status=${availability.status} aria-label=${supporter.displayName}>
    <div class="card-header">
      <span part="avatar" class="avatar" aria-hidden="true">
        ${photo
          ? html`<img src=${photo} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${() => context.onPhotoError(supporter)} />`
          : initials(supporter.displayName)}
      </span>
      <div class="identity">
        <h3 part="name" class="name">
          <span class="display-name">${supporter.displayName}</span>${supporter.pronouns ? html` <span part="pronouns" class="pronouns">(${supporter.pronouns})</span>` : nothing}
        </h3>
        ${supporter.role || supporter.team
          ? html`<p part="role" class="role">${[supporter.role, supporter.team].filter(Boolean).join(' · ')}</p>`
          : nothing}
        <p part="availability" class="availability">
          <span class="status-dot" aria-hidden="true"></span>
          <span>${availabilityLabel(availability.status)}</span>${availability.until && Date.parse(availability.until) > Date.now()
            ? html`<span class="until">${msg(str`until ${dateTime(availability.until, context.locale)}`)}</span>`
            : nothing}${since
            ? html`<span class="since">${msg(str`Updated ${since}`)}</span>`
            : nothing}
        </p>
      </div>
    </div>
    ${note
      ? html`<p part="availability-note" class="availability-note">
          ${note}
          ${away && context.onShowAvailable
            ? html`<button type="button" part="button show-available" class="link-button" @click=${context.onShowAvailable}>
                ${msg('Show who is available now')}
              </button>`
            : nothing}
        </p>`
      : nothing}
    ${supporter.bio && context.layout !== 'compact' ? html`<p part="bio" class="bio">${supporter.bio}</p>` : nothing}
    ${supporter.experiences.length && context.layout !== 'compact'
      ? html`<div class="facet">
          <span class="facet-label">${msg('Lived experience')}</span>
          <ul part="experiences" class="tags">
            ${supporter.experiences.map((tag) => html`<li part="experience" class="tag">${tag}</li>`)}
          </ul>
        </div>`
      : nothing}
    ${supporter.languages.length
      ? html`<p part="languages" class="languages">
          <span class="facet-label">${msg('Speaks')}</span> ${supporter.languages.map((tag) => languageName(tag, context.locale)).join(', ')}
        </p>`
      : nothing}
    <div class="actions">
      ${supporter.channels.length
        ? html`<ul part="channels" class="channels" aria-label=${msg(str`Ways to reach ${supporter.displayName}`)}>
            ${supporter.channels.map((channel) => channelLink(channel, supporter))}
          </ul>`
        : nothing}
      ${supporter.acceptsRequests === false
        ? // No account yet: a request would reach nobody, so the card does not offer one.
          html`<p part="no-requests" class="no-requests">${msg('Not taking requests through this page yet. Use the ways to reach them above, or ask anyone on the team.')}</p>`
        : html`<button type="button" part="button request-contact" class="button request" @click=${() => context.onRequestContact(supporter)}>
            ${msg('Ask them to contact me')}<span class="visually-hidden"> (${supporter.displayName})</span>
          </button>`}
    </div>
  </article>`;
}

/**
 * Emits `peer-request-contact` from `host`. When no page script handled it (called
 * `preventDefault()`), goes to `requestUrl` if the editor set one, else returns a sentence saying
 * where to go instead.
 */
export function requestContact(host: HTMLElement, supporter: Supporter, requestUrl: string | undefined): string | undefined {
  const event = new PeerRequestContactEvent(supporter);
  host.dispatchEvent(event);
  if (event.defaultPrevented) return undefined;
  const target = requestUrl ? safeUrl(requestUrl) : undefined;
  if (target) {
    const url = new URL(target);
    url.searchParams.set('supporter', supporter.id);
    globalThis.location.assign(url.href);
    return undefined;
  }
  return msg(
    str`To ask ${supporter.displayName} to get in touch, use your peer support team's request page, or reach them directly with the options on their card.`,
  );
}

export const supporterCardStyles = css`
  .card {
    ${panelBox}
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    height: 100%;
  }
  .card-header {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
  }
  .avatar {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 3.5em;
    height: 3.5em;
    border-radius: 50%;
    overflow: hidden;
    background: var(--peer-color-accent, #1d5b8f);
    color: var(--peer-color-on-accent, #fff);
    font-weight: 700;
    font-size: 1em;
  }
  .avatar img {
    display: block;
    width: 100%;
    height: 100%;
    max-width: none;
    object-fit: cover;
  }
  .identity {
    min-width: 0;
  }
  .name {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
    font-weight: 700;
  }
  .pronouns,
  .role,
  .since,
  .facet-label,
  .channel-label {
    color: var(--peer-color-muted, #4b5563);
    font-weight: 400;
  }
  .pronouns {
    font-size: 0.85em;
  }
  .role,
  .availability,
  .availability-note,
  .bio,
  .languages {
    margin: 0;
  }
  .availability {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.35em;
    font-weight: 600;
  }
  .status-dot {
    display: inline-block;
    width: 0.7em;
    height: 0.7em;
    border-radius: 50%;
    border: 2px solid currentColor;
  }
  [data-status='available'] .status-dot {
    background: ${statusColor.available};
    border-color: ${statusColor.available};
  }
  [data-status='busy'] .status-dot {
    background: linear-gradient(90deg, ${statusColor.busy} 50%, transparent 50%);
    border-color: ${statusColor.busy};
  }
  [data-status='on-break'] .status-dot {
    border-color: ${statusColor.onBreak};
    border-style: double;
  }
  [data-status='off-duty'] .status-dot {
    border-color: ${statusColor.offDuty};
  }
  [data-status='unknown'] .status-dot {
    border-color: ${statusColor.unknown};
    border-style: dotted;
  }
  .availability-note {
    font-size: 0.9em;
  }
  .no-requests {
    margin: 0;
    font-size: 0.9em;
    color: var(--peer-color-muted, #4b5563);
  }
  .since {
    flex-basis: 100%;
    font-size: 0.85em;
  }
  .facet-label {
    font-size: 0.85em;
    margin-inline-end: 0.35em;
  }
  .tags,
  .channels {
    list-style: none;
    margin: 0.25em 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 0.5em;
  }
  .tag {
    border: 1px solid var(--peer-color-border, #c9ced6);
    border-radius: 999px;
    padding: 0.05em 0.6em;
    font-size: 0.85em;
  }
  .actions {
    margin-top: auto;
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .channels a {
    display: inline-flex;
    align-items: center;
    min-height: 24px;
  }
  .request {
    align-self: flex-start;
  }
  .link-button {
    font: inherit;
    cursor: pointer;
    display: inline;
    border: 0;
    padding: 0;
    background: none;
    color: var(--peer-color-accent, #1d5b8f);
    text-decoration: underline;
    min-height: 24px;
  }
  :host([layout='list']) .card {
    display: grid;
    grid-template-columns: minmax(12rem, 1fr) 2fr;
    column-gap: 1.5em;
  }
  :host([layout='list']) .card > :not(.card-header):not(.actions) {
    grid-column: 2;
  }
  :host([layout='list']) .actions {
    grid-column: 1;
    grid-row: 2 / span 4;
  }
  :host([layout='compact']) .card {
    padding: calc(var(--peer-space, 1rem) * 0.6);
  }
  :host([layout='compact']) .avatar {
    width: 2.5em;
    height: 2.5em;
  }
`;
