import { bringIntoView } from '../core/bring-into-view.js';
import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CHANNEL_KINDS, ProgramPolicySchema, RequestReceiptSchema, RequestStatusSchema, SupportRequestSchema, SupporterSchema, URGENCIES } from '../core/contract.js';
import type { ChannelKind, ProgramPolicy, RequestReceipt, RequestStatus, Supporter, SupportRequest } from '../core/contract.js';
import { conformList, conformRecord } from '../core/conform.js';
import { channelLabel, duration, plural } from '../core/labels.js';
import { crisisNoticeStyles, renderCrisisNotice } from '../core/crisis-notice.js';
import { PeerRequestContactEvent, PeerRequestSentEvent, PeerRequestSubmitEvent } from '../core/events.js';
import { dateTime, languageName, relativeTime } from '../core/format.js';
import { ListController } from '../core/list-controller.js';
import { outboxScopeKey, widgetOutboxScope } from '../core/outbox.js';
import { PeerBadResponseError, messageForPerson } from '../core/errors.js';
import type { OutboxRecord } from '../core/outbox.js';
import { OutboxController } from '../core/outbox-controller.js';
import type { TrackedSubmission } from '../core/outbox-controller.js';
import { FormState } from '../core/form-state.js';
import { PeerApiElement } from '../core/api-element.js';
import { baseStyles, controlStyles } from '../core/styles.js';
import { email, maxLength, phone, phoneOrEmail, required } from '../core/validators.js';
import type { Validator } from '../core/validators.js';
import { confidentialityParagraphs } from './confidentiality.js';
import { forgetReceipt, keepReceipt, noteRespondBy, readReceipts } from './receipt-store.js';
import { requestFormStyles } from './request-form.styles.js';

type Urgency = (typeof URGENCIES)[number];

interface Draft {
  supporterId: string;
  notMyTeam: boolean;
  team: string;
  sharedExperience: string;
  language: string;
  name: string;
  channelKind: ChannelKind | '';
  channelValue: string;
  bestTimes: string;
  urgency: Urgency | '';
  message: string;
  referral: boolean;
  personAgreed: boolean;
  acknowledged: boolean;
  /** "Remember on this device so I can check on it": off unless the person ticks it. */
  remember: boolean;
}

const FIELDS = ['supporterId', 'team', 'name', 'channelKind', 'channelValue', 'bestTimes', 'urgency', 'message', 'personAgreed', 'acknowledged'] as const;
type FieldName = (typeof FIELDS)[number];

const EMPTY_DRAFT: Draft = {
  supporterId: '',
  notMyTeam: false,
  team: '',
  sharedExperience: '',
  language: '',
  name: '',
  channelKind: '',
  channelValue: '',
  bestTimes: '',
  urgency: '',
  message: '',
  referral: false,
  personAgreed: false,
  acknowledged: false,
  remember: false,
};

/** The limits are the contract's: one source for the form and the server. */
const request = SupportRequestSchema.properties;
const LIMITS = {
  name: request.name.maxLength,
  channelValue: request.channel.properties.value.maxLength,
  bestTimes: request.bestTimes.maxLength,
  message: request.message.maxLength,
  team: request.preferences.properties.team.maxLength,
} as const;

/** Where a submitted request stands, as the person is told. */
type Tracking = TrackedSubmission<{ supporterName?: string; remember?: boolean }>;

/** A receipt kept on this device, and what the server last said about it. */
interface ReceiptView {
  id: string;
  respondBy?: string;
  /** `checking` until the server answers; `failed` (with `problem`) when it could not be asked. */
  check: RequestStatus['status'] | 'checking' | 'failed';
  problem?: string;
}

function urgencyWord(urgency: Urgency): string {
  switch (urgency) {
    case 'today':
      return msg('Today, if possible');
    case 'few-days':
      return msg('In the next few days');
    case 'no-rush':
      return msg('No rush');
  }
}

/**
 * @tag peer-request-form
 * @summary Ask a peer supporter (or anyone on the team) to get in touch. The request is saved on this
 * device before it is sent, retried until the server acknowledges it, and the person always sees
 * where it stands.
 *
 * Listens for `peer-request-contact` from a roster on the same page and preselects that supporter.
 *
 * @event {PeerRequestSubmitEvent} peer-request-submit - A request was saved (or, with `persisted: false`, could not be kept on this device) and is being sent.
 * @event {PeerRequestSentEvent} peer-request-sent - The server acknowledged a request, made now or on an earlier visit (`requestId`); `respondBy` is when someone should have been in touch. A request from an earlier visit is announced once per page, by the first form told of it.
 *
 * @csspart base - The whole form area.
 * @csspart crisis - The always-visible crisis note.
 * @csspart form - The form.
 * @csspart fieldset - Each group of fields.
 * @csspart label - Each field's label.
 * @csspart input - Each text field, select and text area.
 * @csspart hint - Help text under a field.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of problems shown when sending fails validation.
 * @csspart confidentiality - What stays confidential, and its limits.
 * @csspart preview - "See exactly what will be sent".
 * @csspart button - Every button (also `submit`, `send-now`, `cancel-request`, `start-over`).
 * @csspart status - Where a request stands (saved, sending, waiting to retry, sent…).
 * @csspart pending - Requests from an earlier visit that are still waiting.
 * @csspart delivered - "Sent" for requests from an earlier visit that reached the team while the form is open (with its `dismiss` button).
 * @csspart receipts - Where requests this device remembers stand (waiting, tried, in touch, closed), with `forget-request` and `check-again` buttons.
 *
 * @cssprop [--peer-color-success=#1e7b34] - Border of the status once the request is sent.
 * @cssprop [--peer-color-warning=#9a5b00] - Border of a warning (offline, waiting to retry).
 * @cssprop [--peer-color-warning-surface=#fff8eb] - Background of a warning.
 */
@localized()
export class PeerRequestForm extends PeerApiElement {
  static override styles = [baseStyles, controlStyles, crisisNoticeStyles, requestFormStyles];

  /** Preselects this supporter (an id from `GET supporters`). */
  @property({ attribute: 'supporter-id' }) supporterId = '';

  /** Hours within which someone gets in touch, shown before sending; the server's `respondBy` wins after. */
  @property({ attribute: 'response-hours', type: Number }) responseHours = 24;

  /** Do not react to `peer-request-contact` events from rosters on the page. */
  @property({ attribute: 'ignore-roster', type: Boolean }) ignoreRoster = false;

  /**
   * A program's own paragraphs on confidentiality, shown after the facts the backend states (who
   * reads a request, when it is erased) and the limits every program has. They add; they never
   * replace those.
   */
  @property({ attribute: false }) confidentiality?: string[];

  /**
   * The person's own team, when the portal knows it. "Someone who is not on my team" then needs no
   * typing; otherwise the form asks.
   */
  @property({ attribute: 'viewer-team' }) viewerTeam = '';

  /** Supporters passed in directly, for the "who" choice (otherwise read from `GET supporters`). */
  @property({ attribute: false }) supporters?: unknown[];

  /**
   * A device other people use (a station computer, a shared tablet): the form never offers to
   * remember a request, keeps no receipt and shows none. Without it, a receipt is kept only when the
   * person ticks "Remember on this device so I can check on it" (off by default).
   */
  @property({ type: Boolean, attribute: 'shared-device', reflect: true }) sharedDevice = false;

  /**
   * A supporter's own request to a fellow supporter ("I need to talk this through"), on the
   * supporters' page: the request says so to whoever reads it (`peerToPeer`), and the form's heading
   * and words are for a supporter. Everything else holds as for any request.
   */
  @property({ type: Boolean, attribute: 'peer-to-peer', reflect: true }) peerToPeer = false;

  @state() private draft: Draft = { ...EMPTY_DRAFT };
  @state() private earlier: OutboxRecord[] = [];
  /** Requests from earlier visits that reached the team while this form was open. */
  @state() private delivered: { id: string; respondBy?: string }[] = [];
  /** Requests this device remembers (receipts), and where each stands. */
  @state() private receipts: ReceiptView[] = [];
  /** Requests sent from this form that the person asked to remember: whether this device could keep the receipt. */
  @state() private remembered = new Map<string, boolean>();
  private receiptsFrom?: string;
  @state() private busy = false;
  /** The backend's confidentiality facts (`GET policy`); `undefined` until known, or when it does not say. */
  @state() private policy?: ProgramPolicy;
  private policyFrom?: string;

  private readonly list = new ListController<Supporter>(this, 'supporters', SupporterSchema);
  /** Requests from this form go out only with this form's own configuration (its headers). */
  private readonly outboxScope = widgetOutboxScope(this, () => this.config.value);
  private readonly sender = new OutboxController<{ supporterName?: string; remember?: boolean }>(this, this.outboxScope, {
    onSent: (id, receipt) => {
      const respondBy = (receipt as RequestReceipt | undefined)?.respondBy;
      // Acknowledged: the receipt the person asked for now holds its respond-by.
      if (this.sender.tracked?.id === id && this.sender.tracked.meta.remember) void this.keep(id, keepReceipt({ id, endpoint: this.endpointKey, respondBy }));
      this.dispatchEvent(new PeerRequestSentEvent(id, respondBy));
    },
    onChange: () => void this.loadEarlier(),
    // A request from an earlier visit (or another page of the site) that arrives while this form is open.
    watch: () => this.api.client.url('requests'),
    onDelivered: (id, receipt, first) => {
      const respondBy = conformRecord<RequestReceipt>(RequestReceiptSchema, receipt)?.respondBy;
      this.delivered = [...this.delivered.filter((earlier) => earlier.id !== id), { id, respondBy }];
      void noteRespondBy(id, respondBy);
      // Announced once for the page, however many forms show it.
      if (first) this.dispatchEvent(new PeerRequestSentEvent(id, respondBy));
    },
  });
  private given: Supporter[] = [];
  private statusHadFocus = false;
  private readonly idPrefix = `peer-request-${Math.random().toString(36).slice(2, 8)}`;
  private readonly form = new FormState<FieldName>(this, {
    fields: FIELDS,
    idPrefix: this.idPrefix,
    value: (field) => this.draft[field],
    validators: (field) => this.validatorsFor(field),
    // Choosing someone requests cannot reach is said at once, not only after pressing send.
    immediate: ['supporterId'],
    summary: () => this.renderRoot.querySelector<HTMLElement>('.error-summary'),
  });

  private get tracking(): Tracking | undefined {
    return this.sender.tracked;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.ignoreRoster) document.addEventListener(PeerRequestContactEvent.eventName, this.onRequestContact);
    void this.loadEarlier();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(PeerRequestContactEvent.eventName, this.onRequestContact);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Each state of a request draws its own status panel: the one that had the focus is replaced.
    this.statusHadFocus = !!(this.renderRoot as ShadowRoot).activeElement?.matches('[part~="status"]');
    if (changed.has('supporters')) this.given = this.supporters ? conformList<Supporter>(SupporterSchema, this.supporters).items : [];
    if (!this.supporters) this.list.loadIfSourceChanged(this.api.client);
    void this.loadPolicy();
    void this.loadReceipts();
    if (changed.has('supporterId') && this.supporterId) this.draft = { ...this.draft, supporterId: this.supporterId };
  }

  protected override updated(): void {
    // "Saved" becoming "Sent" keeps the focus on where the request stands, not on the page's top.
    if (this.statusHadFocus && !(this.renderRoot as ShadowRoot).activeElement) this.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus();
  }

  /** Supporters a request can reach: the backend says `acceptsRequests: false` for the others. */
  private get team(): Supporter[] {
    return (this.supporters ? this.given : this.list.items).filter((supporter) => supporter.acceptsRequests !== false);
  }

  /** Someone on the roster whom requests do not reach (no account yet), if that is who was chosen. */
  private get unreachable(): Supporter | undefined {
    const everyone = this.supporters ? this.given : this.list.items;
    return everyone.find((supporter) => supporter.id === this.draft.supporterId && supporter.acceptsRequests === false);
  }

  private get chosen(): Supporter | undefined {
    return this.team.find((supporter) => supporter.id === this.draft.supporterId);
  }

  /** Reads the confidentiality facts once per endpoint; a backend without them gets the cautious words. */
  private async loadPolicy(): Promise<void> {
    const client = this.api.client;
    const from = client.url('policy').href;
    if (this.policyFrom === from) return;
    this.policyFrom = from;
    try {
      const policy = await client.request('policy', { decode: (json) => conformRecord<ProgramPolicy>(ProgramPolicySchema, json) });
      if (this.policyFrom === from) this.policy = policy;
    } catch {
      if (this.policyFrom === from) this.policy = undefined;
    }
  }

  /** The API these receipts belong to: a receipt is only ever checked with the server it was sent to. */
  private get endpointKey(): string {
    return outboxScopeKey(this.config.value).endpoint;
  }

  /**
   * Reads the receipts kept for this endpoint (once per endpoint) and asks the server where each
   * stands. A request still waiting in the outbox has not reached the server yet: it is not asked about.
   */
  private async loadReceipts(): Promise<void> {
    const from = this.sharedDevice ? '' : this.endpointKey;
    if (this.receiptsFrom === from) return;
    this.receiptsFrom = from;
    if (!from) {
      this.receipts = [];
      return;
    }
    const [kept, pending] = await Promise.all([readReceipts(from), this.sender.outbox.pending()]);
    if (this.receiptsFrom !== from) return;
    const waiting = new Set(pending.map((record) => record.id));
    this.receipts = kept
      .filter((receipt) => !waiting.has(receipt.id) && receipt.id !== this.tracking?.id)
      .map(({ id, respondBy }) => ({ id, respondBy, check: 'checking' }));
    await Promise.all(this.receipts.map((receipt) => this.checkReceipt(receipt.id)));
  }

  /** Asks `GET requests/{id}/status`. Closed (or unknown to the server): the receipt is forgotten. A failure changes nothing. */
  private async checkReceipt(id: string): Promise<void> {
    const from = this.receiptsFrom;
    this.updateReceipt(id, { check: 'checking', problem: undefined });
    let view: Partial<ReceiptView>;
    try {
      const status = await this.api.client.request<RequestStatus | undefined>('requests', {
        id,
        action: 'status',
        decode: (json) => conformRecord<RequestStatus>(RequestStatusSchema, json),
      });
      if (!status) throw new PeerBadResponseError('GET requests/{id}/status: not a RequestStatus');
      view = { check: status.status, ...(status.respondBy ? { respondBy: status.respondBy } : {}) };
      if (status.status === 'closed') await forgetReceipt(id);
      else if (status.respondBy) await noteRespondBy(id, status.respondBy);
    } catch (error) {
      view = { check: 'failed', problem: messageForPerson(error) };
    }
    if (this.receiptsFrom === from) this.updateReceipt(id, view);
  }

  private updateReceipt(id: string, changes: Partial<ReceiptView>): void {
    this.receipts = this.receipts.map((receipt) => (receipt.id === id ? { ...receipt, ...changes } : receipt));
  }

  /** "Forget this request": removed from this device. The request itself stays with the team. */
  private async forget(id: string): Promise<void> {
    const forgotten = await forgetReceipt(id);
    if (forgotten) this.receipts = this.receipts.filter((receipt) => receipt.id !== id);
    else this.updateReceipt(id, { check: 'failed', problem: msg('This device would not let us remove it just now. Please try again.') });
  }

  /** Notes whether the receipt was kept, so the form never says "remembered" when storage refused. */
  private async keep(id: string, keeping: Promise<boolean>): Promise<void> {
    const kept = await keeping;
    if (this.remembered.get(id) === kept) return;
    this.remembered = new Map(this.remembered).set(id, kept);
  }

  /** Cancelling a request that was never sent: no receipt is kept for it. */
  private async cancelRequest(id: string): Promise<void> {
    await this.sender.cancel(id);
    await forgetReceipt(id);
  }

  private readonly onRequestContact = (event: PeerRequestContactEvent) => {
    if (!event.supporter?.id) return;
    event.preventDefault(); // tells the roster this page handled it
    this.draft = { ...this.draft, supporterId: event.supporter.id };
    if (this.tracking?.state === 'sent') this.sender.forget();
    // A smooth scroll only for those who have not asked their system for less motion.
    bringIntoView(this, 'start');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-name`)?.focus({ preventScroll: true }));
  };

  /** Requests from earlier visits (or other tabs) that the server has not acknowledged yet. */
  private async loadEarlier(): Promise<void> {
    this.earlier = await this.sender.pendingFor(this.api.client.url('requests'));
  }

  private set(changes: Partial<Draft>): void {
    this.draft = { ...this.draft, ...changes };
  }

  private validatorsFor(field: FieldName): Validator[] {
    const referral = this.draft.referral;
    switch (field) {
      case 'name':
        return [required(() => (referral ? msg('Please say what to call your colleague.') : msg('Please say what to call you. A first name or nickname is enough.'))), maxLength(LIMITS.name)];
      case 'channelKind':
        return [required(() => msg('Please choose how to reach you.'))];
      case 'channelValue': {
        const kind = this.draft.channelKind;
        const shape = kind === 'email' ? email() : kind === 'video' ? phoneOrEmail() : phone();
        const missing =
          kind === 'email'
            ? msg('Please enter the email address to use.')
            : kind === 'video'
              ? msg('Please enter an email address or phone number for the video link.')
              : msg('Please enter the phone number to use.');
        return kind ? [required(() => missing), shape, maxLength(LIMITS.channelValue)] : [];
      }
      case 'supporterId':
        return this.unreachable
          ? [{ check: () => msg(str`${this.unreachable?.displayName ?? ''} cannot receive requests through this page yet. Please choose someone else, or anyone on the team.`) }]
          : [];
      case 'team':
        return this.draft.notMyTeam && !this.draft.supporterId && !this.viewerTeam.trim()
          ? [required(() => msg('Please say which team you are on, so that we can keep this away from it.')), maxLength(LIMITS.team)]
          : [];
      case 'bestTimes':
        return [maxLength(LIMITS.bestTimes)];
      case 'urgency':
        return [required(() => msg('Please choose how soon.'))];
      case 'message':
        return [maxLength(LIMITS.message)];
      case 'personAgreed':
        return referral ? [required(() => msg('Please ask your colleague first: we only contact people who know and agree.'))] : [];
      case 'acknowledged':
        return [required(() => msg('Please confirm that you have read what stays confidential.'))];
    }
  }

  private payload(id: string): SupportRequest {
    const draft = this.draft;
    const preferences = draft.supporterId
      ? undefined
      : {
          ...(draft.notMyTeam ? { notMyTeam: true, team: (this.viewerTeam || draft.team).trim() } : {}),
          ...(draft.sharedExperience ? { sharedExperience: draft.sharedExperience } : {}),
          ...(draft.language ? { language: draft.language } : {}),
        };
    return {
      id,
      ...(draft.supporterId ? { supporterId: draft.supporterId } : {}),
      ...(preferences && Object.keys(preferences).length ? { preferences } : {}),
      name: draft.name.trim(),
      channel: { kind: draft.channelKind as ChannelKind, value: draft.channelValue.trim() },
      ...(draft.bestTimes.trim() ? { bestTimes: draft.bestTimes.trim() } : {}),
      urgency: draft.urgency as Urgency,
      ...(draft.message.trim() ? { message: draft.message.trim() } : {}),
      ...(draft.referral ? { referral: { personAgreed: true as const } } : {}),
      ...(this.peerToPeer ? { peerToPeer: true } : {}),
      acknowledgedConfidentiality: true,
    };
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    if (!(await this.form.submit())) return;
    this.busy = true;
    try {
      const id = crypto.randomUUID();
      const remember = this.draft.remember && !this.sharedDevice;
      const { persisted } = await this.sender.submit(this.api.client.url('requests'), this.payload(id), id, { supporterName: this.chosen?.displayName, remember });
      // Kept with the request so that it can be checked on even if it is delivered on a later visit;
      // it is only asked about once the outbox no longer holds the request (the server has it).
      // A request kept only in memory may be lost with the page: then no receipt either.
      if (remember && persisted && this.sender.tracked?.state !== 'sent') await this.keep(id, keepReceipt({ id, endpoint: this.endpointKey }, { onlyIfAbsent: true }));
      this.dispatchEvent(new PeerRequestSubmitEvent(id, persisted));
      this.draft = { ...EMPTY_DRAFT };
      this.form.reset();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus();
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<section part="base" class="request" aria-labelledby="${this.idPrefix}-title">
      <h2 id="${this.idPrefix}-title" class="title">${this.peerToPeer ? msg('I need to talk this through') : msg('Ask a peer supporter to get in touch')}</h2>
      ${this.peerToPeer ? html`<p class="peer-to-peer-note">${msg('What you hear as a supporter can stay with you. Ask a buddy, or someone outside your own team, to get in touch. They will see that a fellow supporter is asking.')}</p>` : nothing}
      <div part="crisis" class="crisis-note">
        <p><strong>${msg('This is not an emergency service.')}</strong> ${msg('If anyone is in danger right now, call your local emergency number.')}</p>
        ${renderCrisisNotice(this.config.value.crisisLine, { compact: true, part: 'crisis-line' })}
      </div>
      ${this.receipts.length ? this.renderReceipts() : nothing}
      ${this.delivered.length ? this.renderDelivered() : nothing}
      ${this.earlier.length ? this.renderEarlier() : nothing}
      ${this.tracking ? this.renderTracking(this.tracking) : this.renderForm()}
    </section>`;
  }

  /** Requests that waited on this device and have now reached the team: "Sent", with by when. */
  private renderDelivered() {
    const locale = this.config.value.locale;
    return html`<div part="delivered" class="panel status sent" role="status">
      ${this.delivered.map(
        ({ respondBy }) => html`<h3>${msg('Sent. A request you made earlier has now reached the team.')}</h3>
          <p>
            ${respondBy
              ? msg(str`Someone from the peer support team will get in touch by ${dateTime(respondBy, locale)}.`)
              : msg('Someone from the peer support team will get in touch soon.')}
          </p>`,
      )}
      <button type="button" part="button dismiss" class="button secondary" @click=${() => (this.delivered = [])}>${msg('OK')}</button>
    </div>`;
  }

  /** Where each remembered request stands, in the server's words made plain. */
  private renderReceipts() {
    return html`<div part="receipts" class="panel receipts" role="region" aria-label=${msg('Requests this device remembers')}>
      <h3>${msg('Requests you asked this device to remember')}</h3>
      <ul aria-live="polite">
        ${this.receipts.map((receipt) => html`<li>${this.receiptWords(receipt)}${this.receiptActions(receipt)}</li>`)}
      </ul>
    </div>`;
  }

  private receiptWords(receipt: ReceiptView) {
    const locale = this.config.value.locale;
    switch (receipt.check) {
      case 'checking':
        return html`<p>${msg('Checking where your request stands…')}</p>`;
      case 'waiting':
        return html`<p>
          ${receipt.respondBy
            ? msg(str`Sent. Someone should be in touch by ${dateTime(receipt.respondBy, locale)}.`)
            : msg('Sent. Someone should be in touch soon.')}
        </p>`;
      case 'tried':
        return html`<p>
          ${msg(
            'The team tried to reach you and could not get through. They will try again; if it is easier, make a new request with another way or time to reach you, or contact your peer support coordinator.',
          )}
        </p>`;
      case 'in-touch':
        return html`<p>${msg('Someone from the team has been in touch about this request. If you would like to talk again, you can always make another request.')}</p>`;
      case 'closed':
        return html`<p>${msg('This request has been closed, so this device no longer remembers it. If you would like to talk again, please make another request.')}</p>`;
      case 'failed':
        return html`<p>${msg(str`We could not check on your request just now. ${receipt.problem ?? ''} Nothing has changed: this device still remembers it.`)}</p>`;
    }
  }

  private receiptActions(receipt: ReceiptView) {
    if (receipt.check === 'checking') return nothing;
    if (receipt.check === 'closed') {
      return html`<div class="actions">
        <button type="button" part="button dismiss" class="button secondary" @click=${() => (this.receipts = this.receipts.filter((other) => other !== receipt))}>${msg('OK')}</button>
      </div>`;
    }
    return html`<div class="actions">
        ${receipt.check === 'failed'
          ? html`<button type="button" part="button check-again" class="button" @click=${() => this.checkReceipt(receipt.id)}>${msg('Check again')}</button>`
          : nothing}
        <button type="button" part="button forget-request" class="button secondary" @click=${() => this.forget(receipt.id)}>${msg('Forget this request')}</button>
      </div>
      <p part="hint" class="hint">${msg('Forgetting only removes it from this device; the team still has your request.')}</p>`;
  }

  private renderEarlier() {
    const locale = this.config.value.locale;
    return html`<div part="pending" class="panel pending" role="region" aria-label=${msg('Requests not sent yet')}>
      <h3>${msg('Not sent yet')}</h3>
      <ul>
        ${this.earlier.map(
          (record) => html`<li>
            <p>${msg(str`A request you made ${relativeTime(record.createdAt, locale)} (${dateTime(record.createdAt, locale)}) is still on this device.`)} ${this.stateSentence(record)}</p>
            <div class="actions">
              <button type="button" part="button send-now" class="button" @click=${() => this.sender.sendNow(record.id)}>${msg('Send now')}</button>
              <button type="button" part="button cancel-request" class="button secondary" @click=${() => this.cancelRequest(record.id)}>${msg('Cancel this request')}</button>
            </div>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private stateSentence(record: OutboxRecord): string {
    const locale = this.config.value.locale;
    switch (record.state) {
      case 'queued':
        return msg('Saved on this device. Sending…');
      case 'sending':
        return msg('Sending…');
      case 'retrying':
        return msg(str`Not sent yet: ${record.lastError?.message ?? ''} We will keep trying from this device (next try ${relativeTime(record.nextAttemptAt, locale)}).`);
      case 'needs-sign-in':
        return msg('Not sent yet: please sign in to your organization’s portal in another tab, then press “Send now”.');
      case 'needs-fix':
        return msg(str`Not sent: the server could not accept it. ${record.lastError?.message ?? ''}`);
      case 'waiting-for-scope':
        return msg('Not sent yet: it was made on another part of this site, which is not on this page right now. It is safe on this device, and it will be sent from that part only, next time it is open. If you won’t be going back there, you can cancel it and ask again here.');
    }
  }

  private renderTracking(tracking: Tracking) {
    const locale = this.config.value.locale;
    const crisis = this.config.value.crisisLine;
    const receipt = tracking.receipt as RequestReceipt | undefined;
    if (tracking.state === 'sent' && receipt?.status === 'closed') {
      // A resend of a request the server had all along (the answer to an earlier try was lost), and
      // that has been closed since. Delivered; the server says nothing more about it, so neither do we.
      return html`<div part="status" class="panel status sent" role="status" tabindex="-1">
        <h3>${msg('Sent. Your request reached the team earlier, and has since been closed.')}</h3>
        <p>${msg('If nobody got in touch with you, or you would like to talk again, please make another request. You have not done anything wrong by asking again.')}</p>
        <p>${msg(str`If things get worse, ${crisis.name} is there any hour.`)}</p>
        <button type="button" part="button start-over" class="button secondary" @click=${() => this.sender.forget()}>${msg('Make another request')}</button>
      </div>`;
    }
    if (tracking.state === 'sent') {
      const respondBy = receipt?.respondBy;
      const who = tracking.meta.supporterName ?? msg('Someone from the peer support team');
      return html`<div part="status" class="panel status sent" role="status" tabindex="-1">
        <h3>${msg('Sent. Your request has reached the team.')}</h3>
        <p>${respondBy ? msg(str`${who} will get in touch by ${dateTime(respondBy, locale)}.`) : msg(str`${who} will get in touch soon.`)}</p>
        <p>${msg('If nobody has reached you by then, contact your peer support coordinator or choose someone else from the team. You have not done anything wrong by asking again.')}</p>
        ${tracking.meta.remember ? this.renderRemembered(tracking.id) : nothing}
        <p>${msg(str`If things get worse before then, ${crisis.name} is there any hour.`)}</p>
        <button type="button" part="button start-over" class="button secondary" @click=${() => this.sender.forget()}>${msg('Make another request')}</button>
      </div>`;
    }
    const record = tracking.record;
    const parked = record?.state === 'needs-fix';
    if (!tracking.saved) {
      return html`<div part="status" class="panel status" role="status" tabindex="-1"><h3>${msg('Saving on this device…')}</h3></div>`;
    }
    return html`<div part="status" class="panel status ${record?.state ?? 'queued'}" role="status" tabindex="-1">
      <h3>${tracking.persisted ? msg('Saved on this device.') : msg('Sending without a copy on this device.')}</h3>
      ${tracking.persisted
        ? nothing
        : html`<p>${msg('This browser cannot keep a copy of your request (private browsing or full storage). We are sending it now; please keep this page open until it says “Sent”.')}</p>`}
      <p>${record ? this.stateSentence(record) : msg('Sending…')}</p>
      <p>${msg('It has not reached the team until this says “Sent”.')}</p>
      <div class="actions">
        ${record && record.state !== 'sending' && !parked
          ? html`<button type="button" part="button send-now" class="button" @click=${() => this.sender.sendNow(tracking.id)}>${msg('Send now')}</button>`
          : nothing}
        ${parked
          ? html`<button type="button" part="button edit" class="button" @click=${() => this.editParked(record)}>${msg('Change it and send again')}</button>`
          : nothing}
        <button type="button" part="button cancel-request" class="button secondary" @click=${() => this.cancelRequest(tracking.id)}>${msg('Cancel this request')}</button>
      </div>
    </div>`;
  }

  /** A request the server refused goes back into the form for the person to correct. */
  private async editParked(record: OutboxRecord): Promise<void> {
    const body = record.body as SupportRequest;
    await this.cancelRequest(record.id);
    this.draft = {
      ...EMPTY_DRAFT,
      supporterId: body.supporterId ?? '',
      name: body.name ?? '',
      channelKind: body.channel?.kind ?? '',
      channelValue: body.channel?.value ?? '',
      bestTimes: body.bestTimes ?? '',
      urgency: body.urgency ?? '',
      message: body.message ?? '',
      referral: !!body.referral,
      personAgreed: !!body.referral,
    };
    this.sender.forget();
  }

  private renderForm() {
    const draft = this.draft;
    const errors = this.form.summaryErrors;
    const referral = draft.referral;
    const chosen = this.chosen;
    const away = chosen && (chosen.availability.status === 'on-break' || chosen.availability.status === 'off-duty');
    return html`<form part="form" novalidate @submit=${this.submit}>
      ${errors.length
        ? html`<div part="error-summary" class="error-summary" role="alert" tabindex="-1">
            <h3>
              ${plural(errors.length, this.config.value.locale, {
                one: () => msg('Please check 1 thing before sending:'),
                other: () => msg(str`Please check ${errors.length} things before sending:`),
              })}
            </h3>
            <ul>
              ${errors.map(
                ([field, message]) =>
                  html`<li><a href="#${this.idPrefix}-${field}" @click=${(event: Event) => this.focusField(event, field)}>${message}</a></li>`,
              )}
            </ul>
          </div>`
        : nothing}

      <fieldset part="fieldset">
        <legend>${msg('Who')}</legend>
        <label part="label" class="checkbox">
          <input type="checkbox" .checked=${referral} @change=${(event: Event) => this.set({ referral: (event.target as HTMLInputElement).checked })} />
          <span>${msg('I am asking on behalf of a colleague (a referral)')}</span>
        </label>
        ${this.renderSupporterChoice()}
        ${away
          ? html`<p part="hint" class="hint">${msg(str`${chosen.displayName} is away right now. They will see your request when they are back; if it cannot wait, choose “Anyone on the team”.`)}</p>`
          : nothing}
        ${draft.supporterId ? nothing : this.renderPreferences()}
      </fieldset>

      <fieldset part="fieldset">
        <legend>${referral ? msg('How to reach your colleague') : msg('How to reach you')}</legend>
        ${this.renderTextField('name', referral ? msg('What to call them') : msg('What to call you'), msg('A first name or nickname is enough.'), LIMITS.name)}
        ${this.renderChannel()}
        ${this.renderTextField('bestTimes', msg('Best times (optional)'), msg('For example: weekday evenings, or after 14:00 on days off.'), LIMITS.bestTimes)}
      </fieldset>

      <fieldset part="fieldset" aria-describedby=${this.form.describedBy('urgency', '')}>
        <legend>${msg('How soon')}</legend>
        ${URGENCIES.map(
          (urgency) => html`<label part="label" class="radio">
            <input
              type="radio"
              name="urgency"
              id=${urgency === 'today' ? `${this.idPrefix}-urgency` : nothing}
              .checked=${draft.urgency === urgency}
              aria-invalid=${this.form.visibleError('urgency') ? 'true' : 'false'}
              @change=${() => this.set({ urgency })}
              @blur=${() => this.form.touch('urgency')}
            />
            <span>${urgencyWord(urgency)}</span>
          </label>`,
        )}
        ${this.renderError('urgency')}
      </fieldset>

      <fieldset part="fieldset">
        <legend>${msg('Anything you would like them to know (optional)')}</legend>
        ${this.renderMessage()}
      </fieldset>

      ${referral
        ? html`<div class="agree">
            ${this.renderCheckbox('personAgreed', msg('My colleague knows I am asking, and agrees to be contacted.'))}
          </div>`
        : nothing}

      <div part="confidentiality" class="confidentiality">
        <h3>${msg('What stays confidential')}</h3>
        ${[
          ...confidentialityParagraphs({ policy: this.policy, supporterName: this.chosen?.displayName, notMyTeam: draft.notMyTeam && !draft.supporterId, locale: this.config.value.locale }),
          ...(this.confidentiality ?? []),
        ].map((paragraph) => html`<p>${paragraph}</p>`)}
        ${this.renderCheckbox('acknowledged', msg('I have read what stays confidential and its limits.'))}
      </div>

      ${this.renderPreview()}
      ${this.sharedDevice ? nothing : this.renderRemember()}

      <p class="before-send">
        ${msg(str`Someone will usually get in touch within ${duration(this.responseHours, 'hour', this.config.value.locale)}.`)} ${msg('Your request is saved on this device first, so it is not lost if the connection drops.')}
      </p>
      <button type="submit" part="button submit" class="button primary" ?disabled=${this.busy}>${msg('Send my request')}</button>
    </form>`;
  }

  private renderRemembered(id: string) {
    const kept = this.remembered.get(id);
    if (kept === undefined) return nothing;
    return html`<p>
      ${kept
        ? msg('This device remembers this request (not your name or message), so you can come back to this page to see where it stands.')
        : msg('This browser could not keep a note of this request (private browsing or full storage), so this page cannot show you later where it stands. Your request has still reached the team.')}
    </p>`;
  }

  /** Off by default: a receipt on a device someone else uses would tell them a request was made. */
  private renderRemember() {
    return html`<div class="field-group">
      <label part="label" class="checkbox">
        <input type="checkbox" id="${this.idPrefix}-remember" .checked=${this.draft.remember} aria-describedby="${this.idPrefix}-remember-hint" @change=${(event: Event) => this.set({ remember: (event.target as HTMLInputElement).checked })} />
        <span>${msg('Remember on this device so I can check on it')}</span>
      </label>
      <p part="hint" class="hint" id="${this.idPrefix}-remember-hint">
        ${msg('This device keeps only a random number for the request and when someone should be in touch: not your name, how to reach you or your message. Leave this off on a computer other people use.')}
      </p>
    </div>`;
  }

  private renderSupporterChoice() {
    const team = this.team;
    return html`<label part="label" class="field" for="${this.idPrefix}-supporterId">${msg('Whom would you like to hear from?')}</label>
      <select
        id="${this.idPrefix}-supporterId"
        part="input"
        class="control"
        aria-invalid=${this.form.visibleError('supporterId') ? 'true' : 'false'}
        aria-describedby=${this.form.describedBy('supporterId', '')}
        @change=${(event: Event) => this.set({ supporterId: (event.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${!this.draft.supporterId}>${msg('Anyone on the team')}</option>
        ${team.map(
          (supporter) =>
            html`<option value=${supporter.id} ?selected=${supporter.id === this.draft.supporterId}>
              ${[supporter.displayName, supporter.role, supporter.team].filter(Boolean).join(' · ')}
            </option>`,
        )}
        ${this.draft.supporterId && !this.chosen
          ? html`<option value=${this.draft.supporterId} selected>${this.unreachable?.displayName ?? msg('The supporter you chose')}</option>`
          : nothing}
      </select>
      ${this.renderError('supporterId')}`;
  }

  private renderPreferences() {
    const locale = this.config.value.locale;
    const experiences = [...new Set(this.team.flatMap((supporter) => supporter.experiences))].sort();
    const languages = [...new Set(this.team.flatMap((supporter) => supporter.languages))].sort();
    return html`<div class="preferences">
      <p part="hint" class="hint">${msg('Optional: what would help the team choose someone for you.')}</p>
      <label part="label" class="checkbox">
        <input type="checkbox" .checked=${this.draft.notMyTeam} @change=${(event: Event) => this.set({ notMyTeam: (event.target as HTMLInputElement).checked })} />
        <span>${msg('Someone who is not on my team')}</span>
      </label>
      ${this.draft.notMyTeam && !this.viewerTeam.trim() ? this.renderTeamField() : nothing}
      <label part="label" class="field" for="${this.idPrefix}-experience">${msg('Someone who shares this experience')}</label>
      <select id="${this.idPrefix}-experience" part="input" class="control" @change=${(event: Event) => this.set({ sharedExperience: (event.target as HTMLSelectElement).value })}>
        <option value="">${msg('No preference')}</option>
        ${experiences.map((tag) => html`<option value=${tag} ?selected=${tag === this.draft.sharedExperience}>${tag}</option>`)}
      </select>
      <label part="label" class="field" for="${this.idPrefix}-language">${msg('Language')}</label>
      <select id="${this.idPrefix}-language" part="input" class="control" @change=${(event: Event) => this.set({ language: (event.target as HTMLSelectElement).value })}>
        <option value="">${msg('No preference')}</option>
        ${languages.map((tag) => html`<option value=${tag} ?selected=${tag === this.draft.language}>${languageName(tag, locale)}</option>`)}
      </select>
    </div>`;
  }

  /** Only asked with "not on my team": the server keeps the request from supporters of this team. */
  private renderTeamField() {
    const teams = [...new Set((this.supporters ? this.given : this.list.items).map((supporter) => supporter.team).filter((team): team is string => !!team))].sort();
    const error = this.form.visibleError('team');
    return html`<label part="label" class="field" for="${this.idPrefix}-team">${msg('Your team')}</label>
      <p part="hint" class="hint" id="${this.idPrefix}-team-hint">${msg('Only used to keep your request away from your own team; nobody is shown it.')}</p>
      <input
        id="${this.idPrefix}-team"
        part="input"
        class="control"
        list="${this.idPrefix}-teams"
        maxlength=${LIMITS.team}
        autocomplete="off"
        .value=${this.draft.team}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${this.form.describedBy('team', `${this.idPrefix}-team-hint`)}
        @input=${(event: Event) => this.set({ team: (event.target as HTMLInputElement).value })}
        @blur=${() => this.form.touch('team')}
      />
      <datalist id="${this.idPrefix}-teams">${teams.map((team) => html`<option value=${team}></option>`)}</datalist>
      ${this.renderError('team')}`;
  }

  private renderChannel() {
    const kind = this.draft.channelKind;
    const valueLabel =
      kind === 'email'
        ? msg('Email address')
        : kind === 'video'
          ? msg('Email or phone number for the video link')
          : kind === 'text'
            ? msg('Mobile number')
            : msg('Phone number');
    return html`<fieldset part="fieldset" class="nested" aria-describedby=${this.form.describedBy('channelKind', '')}>
        <legend>${msg('Best way to reach you')}</legend>
        <div class="choices">
          ${CHANNEL_KINDS.map(
            (channel) => html`<label part="label" class="radio">
              <input
                type="radio"
                name="channel"
                id=${channel === 'phone' ? `${this.idPrefix}-channelKind` : nothing}
                .checked=${kind === channel}
                aria-invalid=${this.form.visibleError('channelKind') ? 'true' : 'false'}
                @change=${() => this.set({ channelKind: channel })}
                @blur=${() => this.form.touch('channelKind')}
              />
              <span>${channelLabel(channel)}</span>
            </label>`,
          )}
        </div>
        ${this.renderError('channelKind')}
      </fieldset>
      ${kind
        ? this.renderTextField('channelValue', valueLabel, undefined, LIMITS.channelValue, kind === 'email' ? 'email' : kind === 'video' ? 'text' : 'tel')
        : nothing}`;
  }

  private renderTextField(field: 'name' | 'channelValue' | 'bestTimes', label: string, hint: string | undefined, limit: number, type = 'text') {
    const id = `${this.idPrefix}-${field}`;
    const error = this.form.visibleError(field);
    const autocomplete = field === 'name' ? 'nickname' : field === 'channelValue' ? (type === 'email' ? 'email' : type === 'tel' ? 'tel' : 'off') : 'off';
    return html`<div class="field-group">
      <label part="label" class="field" for=${id}>${label}</label>
      ${hint ? html`<p part="hint" class="hint" id="${id}-hint">${hint}</p>` : nothing}
      <input
        id=${id}
        part="input"
        class="control"
        type=${type}
        autocomplete=${autocomplete}
        maxlength=${limit + 50}
        .value=${this.draft[field]}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${this.form.describedBy(field, hint ? `${id}-hint` : '')}
        @input=${(event: InputEvent) => this.set({ [field]: (event.target as HTMLInputElement).value })}
        @blur=${() => this.form.touch(field)}
      />
      ${this.renderError(field)}
    </div>`;
  }

  private renderMessage() {
    const id = `${this.idPrefix}-message`;
    const length = this.draft.message.length;
    const error = this.form.visibleError('message');
    return html`<div class="field-group">
      <label part="label" class="field" for=${id}>${msg('Message')}</label>
      <p part="hint" class="hint" id="${id}-hint">
        ${msg('The supporter you hear from reads this. Keep it short if you like: you can say more when you talk.')}
      </p>
      <textarea
        id=${id}
        part="input"
        class="control"
        rows="4"
        .value=${this.draft.message}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${this.form.describedBy('message', `${id}-hint ${id}-count`)}
        @input=${(event: InputEvent) => this.set({ message: (event.target as HTMLTextAreaElement).value })}
        @blur=${() => this.form.touch('message')}
      ></textarea>
      <p part="hint" class="hint counter ${length > LIMITS.message ? 'over' : ''}" id="${id}-count">${msg(str`${length} of ${LIMITS.message} characters`)}</p>
      ${this.renderError('message')}
    </div>`;
  }

  private renderCheckbox(field: 'personAgreed' | 'acknowledged', label: string) {
    const id = `${this.idPrefix}-${field}`;
    const error = this.form.visibleError(field);
    return html`<div class="field-group">
      <label part="label" class="checkbox required">
        <input
          id=${id}
          type="checkbox"
          .checked=${this.draft[field]}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${this.form.describedBy(field, '')}
          @change=${(event: Event) => {
            this.set({ [field]: (event.target as HTMLInputElement).checked });
            this.form.touch(field);
          }}
        />
        <span>${label}</span>
      </label>
      ${this.renderError(field)}
    </div>`;
  }

  private renderError(field: FieldName): TemplateResult | typeof nothing {
    const error = this.form.visibleError(field);
    return error ? html`<p part="error" class="error" id=${this.form.errorId(field)}>${error}</p>` : nothing;
  }

  private focusField(event: Event, field: FieldName): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-${field}`)?.focus();
  }

  private renderPreview() {
    const draft = this.draft;
    const rows: [string, string][] = [
      [msg('To'), this.chosen?.displayName ?? (draft.supporterId ? msg('The supporter you chose') : msg('Anyone on the team'))],
      ...(draft.supporterId
        ? []
        : ([
            draft.notMyTeam ? [msg('Preference'), msg(str`Someone not on my team (${(this.viewerTeam || draft.team).trim() || '—'})`)] : undefined,
            draft.sharedExperience ? [msg('Shared experience'), draft.sharedExperience] : undefined,
            draft.language ? [msg('Language'), languageName(draft.language, this.config.value.locale)] : undefined,
          ].filter(Boolean) as [string, string][])),
      [draft.referral ? msg('What to call them') : msg('What to call you'), draft.name.trim() || '—'],
      [msg('How to reach'), draft.channelKind ? `${channelLabel(draft.channelKind)}: ${draft.channelValue.trim() || '—'}` : '—'],
      [msg('Best times'), draft.bestTimes.trim() || '—'],
      [msg('How soon'), draft.urgency ? urgencyWord(draft.urgency) : '—'],
      [msg('Message'), draft.message.trim() || '—'],
      ...(draft.referral ? ([[msg('Referral'), msg('Yes: made by a colleague, who confirms the person agrees')]] as [string, string][]) : []),
      [msg('Confidentiality'), draft.acknowledged ? msg('Read and understood') : '—'],
    ];
    return html`<details part="preview" class="preview">
      <summary>${msg('See exactly what will be sent')}</summary>
      <dl>${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>`)}</dl>
      <p class="hint">${msg('Nothing else is sent: not your sign-in name, not your location, not this page’s address. A random number identifies the request so it is never delivered twice.')}</p>
    </details>`;
  }
}
