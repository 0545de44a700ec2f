var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { InboxItemSchema } from '../core/contract.js';
import { conformList } from '../core/conform.js';
import { isPeerError } from '../core/errors.js';
import { dateTime, relativeTime } from '../core/format.js';
import { channelLabel } from '../core/labels.js';
import { PeerElement } from '../core/peer-element.js';
import { mailtoUrl, safeUrl, smsUrl, telUrl } from '../core/safe-url.js';
import { SessionController } from '../core/session-controller.js';
import { renderSignedOut, supporterSideStyles } from '../core/signed-out.js';
import { baseStyles, controlStyles } from '../core/styles.js';
/**
 * @tag peer-request-inbox
 * @summary Requests for a supporter (addressed to them or to anyone) or, for a coordinator, all open
 * ones: oldest first, with the time left to answer, and claim / contacted / hand back / close.
 *
 * @csspart base - The whole inbox.
 * @csspart request - Each request.
 * @csspart button - Every button.
 * @csspart status - What just happened, or why not.
 */
let PeerRequestInbox = class PeerRequestInbox extends PeerElement {
    constructor() {
        super(...arguments);
        this.items = [];
        this.eraseAfterMinutes = 0;
        this.loaded = false;
        this.assignees = [];
        this.session = new SessionController(this, () => this.config.value);
    }
    static { this.styles = [
        baseStyles,
        controlStyles,
        supporterSideStyles,
        css `
      ul.requests {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.75em;
      }
      .request {
        border: 1px solid var(--peer-color-border, #c9ced6);
        border-radius: var(--peer-radius, 0.5rem);
        padding: 0.75em 1em;
        display: flex;
        flex-direction: column;
        gap: 0.35em;
      }
      .request.overdue {
        border-color: var(--peer-color-crisis, #9b1c1c);
        border-width: 2px;
      }
      .due.overdue {
        color: var(--peer-color-crisis, #9b1c1c);
        font-weight: 700;
      }
      .message {
        white-space: pre-wrap;
      }
    `,
    ]; }
    willUpdate() {
        if (this.session.status === 'signed-in' && this.loadedFor !== this.session.session?.accountId) {
            this.loadedFor = this.session.session?.accountId;
            void this.refresh();
        }
    }
    /** Reads the inbox again. */
    async refresh() {
        try {
            const inbox = await this.session.client.request('inbox', {
                decode: (json) => {
                    const list = conformList(InboxItemSchema, json);
                    const erase = json?.eraseAfterMinutes;
                    return { items: list.items, eraseAfterMinutes: typeof erase === 'number' ? erase : 0 };
                },
            });
            this.items = inbox.items;
            this.eraseAfterMinutes = inbox.eraseAfterMinutes;
            if (this.session.session?.role === 'coordinator' && !this.assignees.length) {
                const list = await this.session.client.send(new URL(`${this.session.client.url('inbox').href}/assignees`));
                this.assignees = (Array.isArray(list?.items) ? list.items : []).filter((entry) => typeof entry?.accountId === 'string' && typeof entry?.displayName === 'string' && (entry.supporterId === undefined || typeof entry.supporterId === 'string'));
            }
        }
        catch (error) {
            this.message = { text: isPeerError(error) ? error.userMessage : String(error), problem: true };
        }
        this.loaded = true;
    }
    async act(item, action) {
        try {
            const client = this.session.client;
            await client.send(new URL(`${client.url('inbox', item.id).href}/${action}`), { method: 'POST' });
            const who = item.name ?? msg('this person');
            this.message = {
                text: action === 'claim'
                    ? msg(str `You took the request from ${who}.`)
                    : action === 'contacted'
                        ? msg('Marked as contacted.')
                        : action === 'release'
                            ? msg('Handed back to the team.')
                            : this.eraseAfterMinutes
                                ? msg(str `Closed. The name, contact details and message will be erased in ${this.eraseAfterMinutes} minutes.`)
                                : msg('Closed. The name, contact details and message are erased; only an anonymous count remains.'),
                problem: false,
            };
        }
        catch (error) {
            this.message = { text: isPeerError(error) ? error.userMessage : String(error), problem: true };
        }
        await this.refresh();
    }
    async assign(item, accountId) {
        if (!accountId)
            return;
        try {
            const client = this.session.client;
            await client.send(new URL(`${client.url('inbox', item.id).href}/assign`), { method: 'POST', body: { accountId } });
            const who = this.assignees.find((assignee) => assignee.accountId === accountId)?.displayName ?? accountId;
            this.message = { text: msg(str `Assigned to ${who}.`), problem: false };
        }
        catch (error) {
            this.message = { text: isPeerError(error) ? error.userMessage : String(error), problem: true };
        }
        await this.refresh();
    }
    render() {
        if (this.session.status !== 'signed-in')
            return html `<div part="base">${renderSignedOut(this.session)}</div>`;
        const coordinator = this.session.session?.role === 'coordinator';
        return html `<section part="base" class="panel" aria-labelledby="inbox-title">
      <h2 id="inbox-title">${coordinator ? msg('All open requests') : msg('Requests for me')}</h2>
      <p class="hint">
        ${this.eraseAfterMinutes
            ? msg(str `Closing a request erases the person’s name, contact details and message from the server ${this.eraseAfterMinutes} minutes later. Only an anonymous count remains.`)
            : msg('Closing a request erases the person’s name, contact details and message from the server at once. Only an anonymous count remains.')}
      </p>
      <p part="status" class="status-line ${this.message?.problem ? 'problem' : ''}" role="status">${this.message?.text ?? ''}</p>
      ${!this.loaded
            ? html `<p role="status">${msg('Loading…')}</p>`
            : this.items.length
                ? html `<ul class="requests">
              ${repeat(this.items, (item) => item.id, (item) => html `<li>${this.renderItem(item, coordinator)}</li>`)}
            </ul>`
                : html `<p>${msg('Nothing waiting. Thank you for being there.')}</p>`}
      <div class="actions"><button type="button" part="button" class="button secondary" @click=${() => this.refresh()}>${msg('Check again')}</button></div>
    </section>`;
    }
    /** The display name behind a roster id, from the assignee list (coordinators only). */
    supporterName(supporterId) {
        return this.assignees.find((assignee) => assignee.supporterId === supporterId)?.displayName;
    }
    renderItem(item, coordinator) {
        const locale = this.config.value.locale;
        const view = item.view ?? 'full';
        const addressedTo = item.supporterId ? (this.supporterName(item.supporterId) ?? msg('one supporter, by name')) : undefined;
        const who = view === 'summary' ? (addressedTo ? msg(str `A request for ${addressedTo}`) : msg('A request for anyone on the team')) : (item.name ?? msg('Someone'));
        const channel = item.channel;
        const href = channel
            ? channel.kind === 'phone'
                ? telUrl(channel.value)
                : channel.kind === 'text'
                    ? smsUrl(channel.value)
                    : channel.kind === 'email'
                        ? mailtoUrl(channel.value)
                        : safeUrl(channel.value)
            : undefined;
        const button = (action, label, secondary = false) => html `<button type="button" part="button ${action}" class="button ${secondary ? 'secondary' : ''}" @click=${() => this.act(item, action)}>${label}<span class="visually-hidden"> (${who})</span></button>`;
        // A named request can only go to the supporter it was addressed to: the person chose them.
        const assignable = item.supporterId ? this.assignees.filter((assignee) => assignee.supporterId === item.supporterId) : this.assignees;
        return html `<article part="request" class="request ${item.overdue ? 'overdue' : ''}" aria-label=${who} data-request-id=${item.id}>
      <h3>${who}${item.referral ? html ` <span class="hint">${msg('(referred by a colleague)')}</span>` : nothing}</h3>
      <p class="due ${item.overdue ? 'overdue' : ''}">
        ${item.overdue
            ? msg(str `Overdue: someone should have been in touch ${relativeTime(item.respondBy, locale)}.`)
            : msg(str `Get in touch ${relativeTime(item.respondBy, locale)} (by ${dateTime(item.respondBy, locale)}).`)}
        ${coordinator && item.status === 'open' ? html ` <strong>${msg('Nobody has taken it yet.')}</strong>` : nothing}
      </p>
      <p class="hint">${msg(str `Asked ${relativeTime(item.receivedAt, locale)}.`)} ${item.supporterId || view === 'summary' ? '' : msg('For anyone on the team.')}</p>
      ${item.returnedReason === 'supporter-left' ? html `<p class="hint"><strong>${msg('Back with the team: the supporter it was for has left the roster.')}</strong></p>` : nothing}
      ${view === 'preview' ? html `<p class="hint">${msg('You will see how to reach them, and their message, once you take it.')}</p>` : nothing}
      ${view === 'summary' ? html `<p class="hint">${msg('Only the supporter who takes it sees who asked and how to reach them.')}</p>` : nothing}
      ${channel
            ? html `<p>${channelLabel(channel.kind)}: ${href ? html `<a href=${href}>${channel.value}</a>` : channel.value}${item.bestTimes ? html ` · ${msg(str `best ${item.bestTimes}`)}` : nothing}</p>`
            : nothing}
      ${item.message ? html `<p class="message">${item.message}</p>` : nothing}
      <div class="actions">
        ${!coordinator && item.status === 'open' ? button('claim', msg('I’ll take this')) : nothing}
        ${item.claimedByMe && item.status === 'claimed' ? button('contacted', msg('I’ve been in touch')) : nothing}
        ${item.claimedByMe || (coordinator && item.status !== 'open') ? button('release', msg('Hand back'), true) : nothing}
        ${item.claimedByMe || coordinator ? button('close', msg('Close and erase'), true) : nothing}
      </div>
      ${coordinator && assignable.length
            ? html `<label class="field" for="assign-${item.id}">${msg('Assign to')}</label>
            <select id="assign-${item.id}" class="control" @change=${(event) => this.assign(item, event.target.value)}>
              <option value="">${msg('Choose a supporter')}</option>
              ${assignable.map((assignee) => html `<option value=${assignee.accountId} ?selected=${assignee.accountId === item.claimedBy}>${assignee.displayName}</option>`)}
            </select>`
            : nothing}
    </article>`;
    }
};
__decorate([
    state()
], PeerRequestInbox.prototype, "items", void 0);
__decorate([
    state()
], PeerRequestInbox.prototype, "eraseAfterMinutes", void 0);
__decorate([
    state()
], PeerRequestInbox.prototype, "loaded", void 0);
__decorate([
    state()
], PeerRequestInbox.prototype, "message", void 0);
__decorate([
    state()
], PeerRequestInbox.prototype, "assignees", void 0);
PeerRequestInbox = __decorate([
    localized()
], PeerRequestInbox);
export { PeerRequestInbox };
