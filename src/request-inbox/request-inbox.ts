import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { AssigneesSchema, InboxItemSchema, InboxSchema } from '../core/contract.js';
import type { Assignee, InboxItem } from '../core/contract.js';
import { conformList, conformRecord } from '../core/conform.js';
import { messageForPerson } from '../core/errors.js';
import { dateTime, relativeTime } from '../core/format.js';
import { channelLabel } from '../core/labels.js';
import { PeerApiElement } from '../core/api-element.js';
import { channelHref } from '../core/safe-url.js';
import {
  PeerRequestAssignedEvent,
  PeerRequestClaimedEvent,
  PeerRequestClosedEvent,
  PeerRequestContactedEvent,
  PeerRequestReleasedEvent,
} from '../core/events.js';
import type { PeerRequestActionEvent } from '../core/events.js';
import { SessionController } from '../core/session-controller.js';
import { renderSignedOut, supporterSideStyles } from '../core/signed-out.js';
import { baseStyles, controlStyles, panelBox, statusColor } from '../core/styles.js';

type Action = 'claim' | 'contacted' | 'release' | 'close';

/** The inbox answer's erase delay, read by its own schema (the items are read one by one). */
const ERASE_DELAY_ONLY = { type: 'object', properties: { eraseAfterMinutes: InboxSchema.properties.eraseAfterMinutes } } as const;

/**
 * @tag peer-request-inbox
 * @summary Requests for a supporter (addressed to them or to anyone) or, for a coordinator, all open
 * ones: oldest first, with the time left to answer, and claim / contacted / hand back / close.
 *
 * Each action the server accepts is announced with a typed event carrying the request's id only
 * (never who asked or how to reach them), e.g. to update a count elsewhere on the page.
 *
 * @event {PeerRequestClaimedEvent} peer-request-claimed - A supporter took a request (`requestId`).
 * @event {PeerRequestContactedEvent} peer-request-contacted - The supporter who took it has been in touch (`requestId`).
 * @event {PeerRequestReleasedEvent} peer-request-released - A request was handed back to the team (`requestId`).
 * @event {PeerRequestClosedEvent} peer-request-closed - A request was closed; its details are erased after `eraseAfterMinutes` (`requestId`, `eraseAfterMinutes`).
 * @event {PeerRequestAssignedEvent} peer-request-assigned - A coordinator assigned a request (`requestId`, `accountId`).
 *
 * @csspart base - The whole inbox.
 * @csspart notice - The sign-in notice shown while nobody is signed in.
 * @csspart requests - The list of requests.
 * @csspart request - Each request.
 * @csspart channel - How to reach the person (once taken).
 * @csspart button - Every button; each action's button also has its own part: `claim`, `contacted`, `release`, `close`, `refresh`.
 * @csspart assign - The coordinator's "Assign to" choice.
 * @csspart status - What just happened, or why not.
 *
 * @cssprop [--peer-color-overdue=var(--peer-color-crisis, #9b1c1c)] - Border and words of a request past the time someone should have been in touch.
 */
@localized()
export class PeerRequestInbox extends PeerApiElement {
  static override styles = [
    baseStyles,
    controlStyles,
    supporterSideStyles,
    css`
      ul.requests {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75em;
      }
      .request {
        ${panelBox}
        padding: 0.75em 1em;
        display: flex;
        flex-direction: column;
        gap: 0.35em;
      }
      .request.overdue {
        border-color: ${statusColor.overdue};
        border-width: 2px;
      }
      .due.overdue {
        color: ${statusColor.overdue};
        font-weight: 700;
      }
      .message {
        white-space: pre-wrap;
      }
    `,
  ];

  @state() private items: InboxItem[] = [];
  @state() private eraseAfterMinutes = 0;
  @state() private loaded = false;
  @state() private message?: { text: string; problem: boolean };
  @state() private assignees: Assignee[] = [];

  private readonly session = new SessionController(this, () => this.config.value);
  private loadedFor?: string;
  /** The read under way: a newer `refresh()`, or leaving the page, cancels it. */
  private reading?: AbortController;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.reading?.abort();
    this.loadedFor = undefined;
  }

  protected override willUpdate(): void {
    if (this.session.status === 'signed-in' && this.loadedFor !== this.session.session?.accountId) {
      this.loadedFor = this.session.session?.accountId;
      void this.refresh();
    }
  }

  /** Reads the inbox again; a read still under way is cancelled (its answer would be older). */
  async refresh(): Promise<void> {
    this.reading?.abort();
    const reading = (this.reading = new AbortController());
    const { signal } = reading;
    try {
      const client = this.session.client;
      const inbox = await client.request<{ items: InboxItem[]; eraseAfterMinutes: number }>('inbox', {
        signal,
        // Both parts read through the contract's schemas: items one by one (a bad one is left out),
        // the erase delay as the schema says it is.
        decode: (json) => ({
          items: conformList<InboxItem>(InboxItemSchema, json).items,
          eraseAfterMinutes: conformRecord<{ eraseAfterMinutes?: number }>(ERASE_DELAY_ONLY, json)?.eraseAfterMinutes ?? 0,
        }),
      });
      this.items = inbox.items;
      this.eraseAfterMinutes = inbox.eraseAfterMinutes;
      if (this.session.session?.role === 'coordinator' && !this.assignees.length) {
        this.assignees = await client.request('inbox', { action: 'assignees', signal, decode: (json) => conformList<Assignee>(AssigneesSchema.properties.items.items, json).items });
      }
    } catch (error) {
      if (signal.aborted) return;
      this.message = { text: messageForPerson(error), problem: true };
    } finally {
      if (this.reading === reading) this.reading = undefined;
    }
    this.loaded = true;
  }

  /** The event that announces an action the server accepted. */
  private actionEvent(item: InboxItem, action: Action): PeerRequestActionEvent {
    switch (action) {
      case 'claim':
        return new PeerRequestClaimedEvent(item.id);
      case 'contacted':
        return new PeerRequestContactedEvent(item.id);
      case 'release':
        return new PeerRequestReleasedEvent(item.id);
      case 'close':
        return new PeerRequestClosedEvent(item.id, this.eraseAfterMinutes);
    }
  }

  private async act(item: InboxItem, action: Action): Promise<void> {
    try {
      await this.session.client.request('inbox', { method: 'POST', id: item.id, action });
      this.dispatchEvent(this.actionEvent(item, action));
      const who = item.name ?? msg('this person');
      this.message = {
        text:
          action === 'claim'
            ? msg(str`You took the request from ${who}.`)
            : action === 'contacted'
              ? msg('Marked as contacted.')
              : action === 'release'
                ? msg('Handed back to the team.')
                : this.eraseAfterMinutes
                  ? msg(str`Closed. The name, contact details and message will be erased in ${this.eraseAfterMinutes} minutes.`)
                  : msg('Closed. The name, contact details and message are erased; only an anonymous count remains.'),
        problem: false,
      };
    } catch (error) {
      this.message = { text: messageForPerson(error), problem: true };
    }
    await this.refresh();
  }

  private async assign(item: InboxItem, accountId: string): Promise<void> {
    if (!accountId) return;
    try {
      await this.session.client.request('inbox', { method: 'POST', id: item.id, action: 'assign', body: { accountId } });
      this.dispatchEvent(new PeerRequestAssignedEvent(item.id, accountId));
      const who = this.assignees.find((assignee) => assignee.accountId === accountId)?.displayName ?? accountId;
      this.message = { text: msg(str`Assigned to ${who}.`), problem: false };
    } catch (error) {
      this.message = { text: messageForPerson(error), problem: true };
    }
    await this.refresh();
  }

  override render() {
    if (this.session.status !== 'signed-in') return html`<div part="base">${renderSignedOut(this.session)}</div>`;
    const coordinator = this.session.session?.role === 'coordinator';
    return html`<section part="base" class="panel" aria-labelledby="inbox-title">
      <h2 id="inbox-title">${coordinator ? msg('All open requests') : msg('Requests for me')}</h2>
      <p class="hint">
        ${this.eraseAfterMinutes
          ? msg(str`Closing a request erases the person’s name, contact details and message from the server ${this.eraseAfterMinutes} minutes later. Only an anonymous count remains.`)
          : msg('Closing a request erases the person’s name, contact details and message from the server at once. Only an anonymous count remains.')}
      </p>
      <p part="status" class="status-line ${this.message?.problem ? 'problem' : ''}" role="status">${this.message?.text ?? ''}</p>
      ${!this.loaded
        ? html`<p role="status">${msg('Loading…')}</p>`
        : this.items.length
          ? html`<ul part="requests" class="requests">
              ${repeat(this.items, (item) => item.id, (item) => html`<li>${this.renderItem(item, coordinator)}</li>`)}
            </ul>`
          : html`<p>${msg('Nothing waiting. Thank you for being there.')}</p>`}
      <div class="actions"><button type="button" part="button refresh" class="button secondary" @click=${() => this.refresh()}>${msg('Check again')}</button></div>
    </section>`;
  }

  /** The display name behind a roster id, from the assignee list (coordinators only). */
  private supporterName(supporterId: string): string | undefined {
    return this.assignees.find((assignee) => assignee.supporterId === supporterId)?.displayName;
  }

  private renderItem(item: InboxItem, coordinator: boolean) {
    const locale = this.config.value.locale;
    const view = item.view ?? 'full';
    const addressedTo = item.supporterId ? (this.supporterName(item.supporterId) ?? msg('one supporter, by name')) : undefined;
    const who =
      view === 'summary' ? (addressedTo ? msg(str`A request for ${addressedTo}`) : msg('A request for anyone on the team')) : (item.name ?? msg('Someone'));
    const channel = item.channel;
    const href = channel ? channelHref(channel) : undefined;
    const button = (action: Action, label: string, secondary = false) =>
      html`<button type="button" part="button ${action}" class="button ${secondary ? 'secondary' : ''}" @click=${() => this.act(item, action)}>${label}<span class="visually-hidden"> (${who})</span></button>`;
    // A named request can only go to the supporter it was addressed to: the person chose them.
    const assignable = item.supporterId ? this.assignees.filter((assignee) => assignee.supporterId === item.supporterId) : this.assignees;
    return html`<article part="request" class="request ${item.overdue ? 'overdue' : ''}" aria-label=${who} data-request-id=${item.id}>
      <h3>${who}${item.referral ? html` <span class="hint">${msg('(referred by a colleague)')}</span>` : nothing}</h3>
      <p class="due ${item.overdue ? 'overdue' : ''}">
        ${item.overdue
          ? msg(str`Overdue: someone should have been in touch ${relativeTime(item.respondBy, locale)}.`)
          : msg(str`Get in touch ${relativeTime(item.respondBy, locale)} (by ${dateTime(item.respondBy, locale)}).`)}
        ${coordinator && item.status === 'open' ? html` <strong>${msg('Nobody has taken it yet.')}</strong>` : nothing}
      </p>
      <p class="hint">${msg(str`Asked ${relativeTime(item.receivedAt, locale)}.`)} ${item.supporterId || view === 'summary' ? '' : msg('For anyone on the team.')}</p>
      ${item.returnedReason === 'supporter-left' ? html`<p class="hint"><strong>${msg('Back with the team: the supporter it was for has left the roster.')}</strong></p>` : nothing}
      ${view === 'preview' ? html`<p class="hint">${msg('You will see how to reach them, and their message, once you take it.')}</p>` : nothing}
      ${view === 'summary' ? html`<p class="hint">${msg('Only the supporter who takes it sees who asked and how to reach them.')}</p>` : nothing}
      ${channel
        ? html`<p part="channel">${channelLabel(channel.kind)}: ${href ? html`<a href=${href}>${channel.value}</a>` : channel.value}${item.bestTimes ? html` · ${msg(str`best ${item.bestTimes}`)}` : nothing}</p>`
        : nothing}
      ${item.message ? html`<p class="message">${item.message}</p>` : nothing}
      <div class="actions">
        ${!coordinator && item.status === 'open' ? button('claim', msg('I’ll take this')) : nothing}
        ${item.claimedByMe && item.status === 'claimed' ? button('contacted', msg('I’ve been in touch')) : nothing}
        ${item.claimedByMe || (coordinator && item.status !== 'open') ? button('release', msg('Hand back'), true) : nothing}
        ${item.claimedByMe || coordinator ? button('close', msg('Close and erase'), true) : nothing}
      </div>
      ${coordinator && assignable.length
        ? html`<label class="field" for="assign-${item.id}">${msg('Assign to')}</label>
            <select id="assign-${item.id}" part="assign" class="control" @change=${(event: Event) => this.assign(item, (event.target as HTMLSelectElement).value)}>
              <option value="">${msg('Choose a supporter')}</option>
              ${assignable.map((assignee) => html`<option value=${assignee.accountId} ?selected=${assignee.accountId === item.claimedBy}>${assignee.displayName}</option>`)}
            </select>`
        : nothing}
    </article>`;
  }
}
