import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { localized, msg, str } from '@lit/localize';
import { AssigneesSchema, AttemptResultSchema, InboxItemSchema, InboxLoadSchema, InboxSchema, ProgramPolicySchema, SupporterSchema } from '../core/contract.js';
import type { Assignee, AttemptResult, InboxItem, InboxLoad } from '../core/contract.js';
import { conformList, conformRecord } from '../core/conform.js';
import { messageForPerson } from '../core/errors.js';
import { localDateTimeInput, relativeTime, timeTodayOrDateTime } from '../core/format.js';
import { channelLabel, duration, plural } from '../core/labels.js';
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
import { renderSupporterBackup } from '../core/safety-net.js';
import { baseStyles, controlStyles, panelBox, statusColor } from '../core/styles.js';

type Action = 'claim' | 'contacted' | 'release' | 'close';

/** Of the roster, only what the inbox shows: each supporter's name (the contract's own fields). */
const ROSTER_NAME = {
  type: 'object',
  required: ['id', 'displayName'],
  properties: { id: SupporterSchema.properties.id, displayName: SupporterSchema.properties.displayName },
} as const;

/** The inbox answer's erase delay and next page, read by their own schemas (the items are read one by one). */
const PAGE_FIELDS = {
  type: 'object',
  properties: { eraseAfterMinutes: InboxSchema.properties.eraseAfterMinutes, nextCursor: InboxSchema.properties.nextCursor },
} as const;

/** Of the program's policy, only the number of tries before a request goes back. */
const MAX_ATTEMPTS_ONLY = { type: 'object', properties: { maxAttempts: ProgramPolicySchema.properties.maxAttempts } } as const;

type InboxLoadRow = InboxLoad['items'][number];

/** The quick choices for the next try ("Tried, no answer"); `at` is absent for "not sure yet". */
type NextTry = 'none' | 'hour' | 'evening' | 'morning' | 'custom';

/** When a quick choice means, from `now` in the supporter's own time zone; undefined when it has passed (this evening, late at night). */
function nextTryAt(choice: NextTry, now: Date, custom: string): Date | undefined {
  switch (choice) {
    case 'none':
      return undefined;
    case 'hour':
      return new Date(now.getTime() + 3_600_000);
    case 'evening': {
      const evening = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 18, 0);
      return evening > now ? evening : undefined;
    }
    case 'morning':
      return new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1, 9, 0);
    case 'custom': {
      const time = custom ? new Date(custom) : undefined;
      return time && !Number.isNaN(time.getTime()) ? time : undefined;
    }
  }
}

/** "4 hours", "24 hours", "3 days": the time a request was given; in days beyond two days, when whole days. */
function within(hours: number, locale: string): string {
  return hours > 48 && hours % 24 === 0 ? duration(hours / 24, 'day', locale) : duration(hours, 'hour', locale);
}

/**
 * @tag peer-request-inbox
 * @summary Requests for a supporter (addressed to them or to anyone) or, for a coordinator, all open
 * ones: soonest respond-by first, each with its clock and why ("Today — respond within 4 hours (by
 * 3:30 PM)"), and claim / contacted / tried, no answer / hand back / close.
 *
 * The server sends the inbox in pages (at most 50 requests): the first page shows, and "Show more
 * requests" adds the next while there are more; "Check again" starts over from the first page.
 *
 * Whoever holds a request and has not reached the person yet can record "Tried, no answer" with an
 * optional next try ("in an hour", "this evening", "tomorrow morning", or a time). After the
 * program's number of tries (`maxAttempts` in `GET policy`) a request for anyone goes back to the
 * team, and one addressed to the supporter by name is passed to the coordinator; the card says so.
 * Coordinators also see "Who is carrying what" (`GET inbox/load`): each supporter's open requests,
 * counts only. Every supporter has the safety net "Heard something heavy?" one tap away
 * (see `supporterBackup`).
 *
 * Each action the server accepts is announced with a typed event carrying the request's id only
 * (never who asked or how to reach them), e.g. to update a count elsewhere on the page.
 *
 * @event {PeerRequestClaimedEvent} peer-request-claimed - A supporter took a request (`requestId`).
 * @event {PeerRequestContactedEvent} peer-request-contacted - The supporter who took it has been in touch (`requestId`).
 * @event {PeerRequestReleasedEvent} peer-request-released - A request was handed back to the team (`requestId`).
 * @event {PeerRequestClosedEvent} peer-request-closed - A request was closed (after the person said yes to "Close this request and erase it?"); its details are erased after `eraseAfterMinutes` (`requestId`, `eraseAfterMinutes`).
 * @event {PeerRequestAssignedEvent} peer-request-assigned - A coordinator assigned a request (`requestId`, `accountId`).
 *
 * @csspart base - The whole inbox.
 * @csspart notice - The sign-in notice shown while nobody is signed in.
 * @csspart requests - The list of requests.
 * @csspart request - Each request.
 * @csspart channel - How to reach the person (once taken).
 * @csspart button - Every button; each action's button also has its own part: `claim`, `contacted`, `attempt` ("Tried, no answer"), `release`, `close`, `more` ("Show more requests"), `refresh`, in the close question `close-confirm` and `close-cancel`, and in the next-try question `attempt-confirm` and `attempt-cancel`.
 * @csspart due - The request's clock and why ("Today — respond within 4 hours (by 3:30 PM)"), or that its time has passed.
 * @csspart tries - Tries so far ("Tried 1 time of 3; next try …"), or why it came back ("Back with the team: someone tried …").
 * @csspart tried - The question "When will you try again?" that "Tried, no answer" opens in the card (Escape or "Not now" closes it).
 * @csspart next-try-time - The time field of "At a time I choose".
 * @csspart peer - "A fellow supporter would like to talk something through" on a request from a fellow supporter.
 * @csspart load - Coordinators: "Who is carrying what", each supporter's open requests (counts only).
 * @csspart backup - "Heard something heavy?": the supporter's own safety net (see `supporterBackup`); also `backup-summary`, `backup-steps`, `backup-link`.
 * @csspart confirm-close - The question "Close this request and erase it?" that "Close and erase" opens in the card (Escape or "Keep it open" closes it).
 * @csspart holder - "Taken by …" on a taken request (coordinators).
 * @csspart assign - The coordinator's "Assign to" choice.
 * @csspart status - What just happened, or why not.
 *
 * @cssprop [--peer-color-overdue=var(--peer-color-crisis, #9b1c1c)] - Border and words of a request whose time to respond by has passed.
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
        /* One column as wide as the inbox, never as wide as the longest name in "Assign to": at 320 px
           a select sized to its longest option would push the page sideways. */
        grid-template-columns: minmax(0, 1fr);
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
      .confirm {
        display: grid;
        gap: 0.5em;
        padding: 0.75em;
        border-left: 4px solid var(--peer-color-crisis, #9b1c1c);
        background: var(--peer-color-crisis-surface, #fdf2f2);
        border-radius: calc(var(--peer-radius, 0.5rem) / 2);
      }
      .tried {
        display: grid;
        gap: 0.5em;
        padding: 0.75em;
        border-left: 4px solid var(--peer-color-accent, #1d5b8f);
        background: var(--peer-color-surface-muted, #f3f5f8);
        border-radius: calc(var(--peer-radius, 0.5rem) / 2);
      }
      .tried fieldset {
        border: 0;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.35em;
      }
      .tried legend {
        font-weight: 600;
        padding: 0;
        margin-bottom: 0.25em;
      }
      .tried label {
        display: flex;
        align-items: center;
        gap: 0.5em;
        min-height: 24px;
      }
      table.load {
        border-collapse: collapse;
        width: 100%;
      }
      table.load caption {
        text-align: start;
        font-weight: 700;
        margin-bottom: 0.5em;
      }
      table.load th,
      table.load td {
        padding: 0.35em 0.5em;
        border-bottom: 1px solid var(--peer-color-border, #c9ced6);
        text-align: start;
      }
      table.load td.count {
        text-align: end;
        font-variant-numeric: tabular-nums;
      }
      .load-wrap {
        overflow-x: auto;
        margin-top: var(--peer-space, 1rem);
      }
      .confirm:focus-visible,
      .tried:focus-visible {
        outline: 3px solid var(--peer-color-accent, #1d5b8f);
        outline-offset: 2px;
      }
    `,
  ];

  @state() private items: InboxItem[] = [];
  @state() private eraseAfterMinutes = 0;
  @state() private loaded = false;
  @state() private message?: { text: string; problem: boolean };
  @state() private assignees: Assignee[] = [];
  /** The request whose "Close and erase" waits for a yes (a second step in its card). */
  @state() private confirmingClose?: string;
  /** There are more requests than shown: the server's `nextCursor` for "Show more requests". */
  @state() private nextCursor?: string;
  /** A read is under way (a reload or the next page): "Show more requests" waits for it. */
  @state() private busyReading = false;
  /** The request whose "Tried, no answer" is open (when to try next), and the choice so far. */
  @state() private tryingFor?: string;
  @state() private nextTry: NextTry = 'none';
  @state() private nextTryCustom = '';
  /** The program's tries before a request goes back (`GET policy`), once known. */
  @state() private maxAttempts?: number;
  /** Coordinators: each supporter's open load, counts only (`GET inbox/load`). */
  @state() private load?: InboxLoadRow[];
  /** Pages shown: an action reads as many again, so that the card acted on stays in view. */
  private pagesShown = 1;

  /** The roster's names by supporter id (`GET supporters`, read for coordinators): the names people know. */
  private rosterNames = new Map<string, string>();
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
    if (this.session.status !== 'signed-in') {
      // Signed out (here or by <peer-supporter-session>): nothing of the last person's inbox stays.
      if (this.loadedFor !== undefined) {
        this.reading?.abort();
        this.loadedFor = undefined;
        this.items = [];
        this.assignees = [];
        this.rosterNames = new Map();
        this.message = undefined;
        this.loaded = false;
        this.confirmingClose = undefined;
        this.tryingFor = undefined;
        this.nextCursor = undefined;
        this.load = undefined;
        this.maxAttempts = undefined;
        this.pagesShown = 1;
      }
      return;
    }
    if (this.loadedFor !== this.session.session?.accountId) {
      this.loadedFor = this.session.session?.accountId;
      void this.refresh();
    }
  }

  /**
   * Reads the inbox again from its first page, as "Check again" does; a read still under way is
   * cancelled (its answer would be older).
   */
  refresh(): Promise<void> {
    return this.reload(1);
  }

  /** Reads the first `pages` pages again (after an action, the ones shown, so the card acted on stays in view). */
  private async reload(pages: number): Promise<void> {
    this.reading?.abort();
    const reading = (this.reading = new AbortController());
    const { signal } = reading;
    this.busyReading = true;
    try {
      const client = this.session.client;
      let page = await this.readPage(undefined, signal);
      const items = [...page.items];
      let read = 1;
      while (page.nextCursor && read < pages) {
        page = await this.readPage(page.nextCursor, signal);
        items.push(...page.items.filter((item) => !items.some((shown) => shown.id === item.id)));
        read++;
      }
      this.items = items;
      this.nextCursor = page.nextCursor;
      this.pagesShown = read;
      this.eraseAfterMinutes = page.eraseAfterMinutes;
      const coordinator = this.session.session?.role === 'coordinator';
      const [assignees, roster, load, maxAttempts] = await Promise.all([
        coordinator && !this.assignees.length
          ? client.request('inbox', { action: 'assignees', signal, decode: (json) => conformList<Assignee>(AssigneesSchema.properties.items.items, json).items })
          : undefined,
        // Without the roster, the accounts' own names are shown: the roster is a nicety here.
        coordinator && !this.assignees.length
          ? client.request('supporters', { signal, decode: (json) => conformList<{ id: string; displayName: string }>(ROSTER_NAME, json).items }).catch(() => [])
          : undefined,
        // Who is carrying what: a nicety too; without it the requests still show.
        coordinator
          ? client.request('inbox', { action: 'load', signal, decode: (json) => conformList<InboxLoadRow>(InboxLoadSchema.properties.items.items, json).items }).catch(() => undefined)
          : undefined,
        this.maxAttempts === undefined && items.some((item) => item.attempts !== undefined || item.claimedByMe)
          ? client.request('policy', { signal, decode: (json) => conformRecord<{ maxAttempts?: number }>(MAX_ATTEMPTS_ONLY, json)?.maxAttempts }).catch(() => undefined)
          : this.maxAttempts,
      ]);
      if (roster) this.rosterNames = new Map(roster.map((supporter) => [supporter.id, supporter.displayName]));
      if (assignees) this.assignees = assignees;
      this.load = load;
      this.maxAttempts = maxAttempts;
    } catch (error) {
      if (signal.aborted) return;
      this.message = { text: messageForPerson(error), problem: true };
    } finally {
      if (this.reading === reading) {
        this.reading = undefined;
        this.busyReading = false;
      }
    }
    this.loaded = true;
  }

  /** One page of the inbox: its items read one by one through the contract's schema (a bad one is left out). */
  private readPage(cursor: string | undefined, signal: AbortSignal): Promise<{ items: InboxItem[]; eraseAfterMinutes: number; nextCursor?: string }> {
    return this.session.client.request('inbox', {
      signal,
      query: { cursor },
      decode: (json) => {
        const fields = conformRecord<{ eraseAfterMinutes?: number; nextCursor?: string }>(PAGE_FIELDS, json);
        return { items: conformList<InboxItem>(InboxItemSchema, json).items, eraseAfterMinutes: fields?.eraseAfterMinutes ?? 0, nextCursor: fields?.nextCursor };
      },
    });
  }

  /** "Show more requests": the next page, added below; focus goes to the first request it brought. */
  async showMore(): Promise<void> {
    const cursor = this.nextCursor;
    if (!cursor || this.reading) return;
    // A reload ("Check again", or after an action) cancels this read: it starts over.
    const reading = (this.reading = new AbortController());
    const { signal } = reading;
    this.busyReading = true;
    try {
      const page = await this.readPage(cursor, signal);
      const added = page.items.filter((item) => !this.items.some((shown) => shown.id === item.id));
      this.items = [...this.items, ...added];
      this.nextCursor = page.nextCursor;
      this.pagesShown++;
      await this.updateComplete;
      if (added[0]) this.renderRoot.querySelector<HTMLElement>(`[data-request-id="${CSS.escape(added[0].id)}"]`)?.focus();
    } catch (error) {
      if (!signal.aborted) this.message = { text: messageForPerson(error), problem: true };
    } finally {
      if (this.reading === reading) {
        this.reading = undefined;
        this.busyReading = false;
      }
    }
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
                  ? msg(str`Closed. The name, contact details and message will be erased in ${duration(this.eraseAfterMinutes, 'minute', this.config.value.locale)}.`)
                  : msg('Closed. The name, contact details and message are erased; only an anonymous count remains.'),
        problem: false,
      };
    } catch (error) {
      this.message = { text: messageForPerson(error), problem: true };
    }
    await this.reload(this.pagesShown);
    await this.updateComplete;
    // The button pressed is gone (the card moved on to its next step): the focus goes to that next
    // step in the same card ("I've been in touch" after taking it, "Close and erase" after that), or to
    // the card's first action, or, when the card is gone, to the line saying what happened.
    if ((this.renderRoot as ShadowRoot).activeElement) return;
    const card = this.renderRoot.querySelector<HTMLElement>(`[data-request-id="${CSS.escape(item.id)}"]`);
    const next = action === 'claim' ? 'contacted' : action === 'contacted' ? 'close' : undefined;
    const target = (next && card?.querySelector<HTMLElement>(`button[part~="${next}"]`)) || card?.querySelector<HTMLElement>('.actions button') || this.renderRoot.querySelector<HTMLElement>('[part~="status"]');
    target?.focus();
  }

  private async assign(item: InboxItem, accountId: string): Promise<void> {
    if (!accountId) return;
    try {
      await this.session.client.request('inbox', { method: 'POST', id: item.id, action: 'assign', body: { accountId } });
      this.dispatchEvent(new PeerRequestAssignedEvent(item.id, accountId));
      const assignee = this.assignees.find((candidate) => candidate.accountId === accountId);
      const who = assignee ? this.assigneeName(assignee) : msg('the supporter you chose');
      this.message = { text: msg(str`Assigned to ${who}.`), problem: false };
    } catch (error) {
      this.message = { text: messageForPerson(error), problem: true };
    }
    await this.reload(this.pagesShown);
  }

  override render() {
    if (this.session.status !== 'signed-in') return html`<div part="base">${renderSignedOut(this.session)}</div>`;
    const coordinator = this.session.session?.role === 'coordinator';
    return html`<section part="base" class="panel" aria-labelledby="inbox-title">
      <h2 id="inbox-title">${coordinator ? msg('All open requests') : msg('Requests for me')}</h2>
      <p class="hint">
        ${this.eraseAfterMinutes
          ? msg(str`Closing a request erases the person’s name, contact details and message from the server ${duration(this.eraseAfterMinutes, 'minute', this.config.value.locale)} later. Only an anonymous count remains.`)
          : msg('Closing a request erases the person’s name, contact details and message from the server at once. Only an anonymous count remains.')}
      </p>
      ${renderSupporterBackup(this.config.value)}
      <p part="status" class="status-line ${this.message?.problem ? 'problem' : ''}" role="status" tabindex="-1">${this.message?.text ?? ''}</p>
      ${!this.loaded
        ? html`<p role="status">${msg('Loading…')}</p>`
        : this.items.length
          ? html`<ul part="requests" class="requests">
              ${repeat(this.items, (item) => item.id, (item) => html`<li>${this.renderItem(item, coordinator)}</li>`)}
            </ul>`
          : html`<p>${msg('Nothing waiting. Thank you for being there.')}</p>`}
      <div class="actions">
        ${this.nextCursor && this.loaded
          ? html`<button type="button" part="button more" class="button secondary" ?disabled=${this.busyReading} @click=${() => this.showMore()}>${msg('Show more requests')}</button>`
          : nothing}
        <button type="button" part="button refresh" class="button secondary" @click=${() => this.refresh()}>${msg('Check again')}</button>
      </div>
      ${coordinator && this.load ? this.renderLoad(this.load) : nothing}
    </section>`;
  }

  /** Coordinators: "Who is carrying what", one row per supporter account, counts only. */
  private renderLoad(load: InboxLoadRow[]) {
    const locale = this.config.value.locale;
    const count = (value: number) => new Intl.NumberFormat(locale).format(value);
    const name = (row: InboxLoadRow) => this.assigneeName({ accountId: row.accountId, displayName: row.displayName, supporterId: row.supporterId });
    return html`<div part="load" class="load-wrap">
      <table class="load">
        <caption>
          ${msg('Who is carrying what')}
          <span class="hint">${msg('Open requests per supporter: counts only, so that nobody carries too much.')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">${msg('Supporter')}</th>
            <th scope="col">${msg('Asked for by name, not taken yet')}</th>
            <th scope="col">${msg('Taken, not tried yet')}</th>
            <th scope="col">${msg('Tried, not reached yet')}</th>
            <th scope="col">${msg('In touch')}</th>
          </tr>
        </thead>
        <tbody>
          ${load.length
            ? repeat(
                load,
                (row) => row.accountId,
                (row) => html`<tr>
                  <th scope="row">${name(row)}</th>
                  <td class="count">${count(row.addressed)}</td>
                  <td class="count">${count(row.claimed)}</td>
                  <td class="count">${count(row.attempted)}</td>
                  <td class="count">${count(row.contacted)}</td>
                </tr>`,
              )
            : html`<tr><td colspan="5">${msg('No supporter accounts yet.')}</td></tr>`}
        </tbody>
      </table>
    </div>`;
  }

  /** "Tried 1 time of 3", or without the program's number "Tried 2 times". */
  private triedCount(attempts: number, maxAttempts: number | undefined): string {
    const locale = this.config.value.locale;
    const n = new Intl.NumberFormat(locale).format(attempts);
    if (maxAttempts === undefined) return plural(attempts, locale, { one: () => msg(str`Tried ${n} time`), other: () => msg(str`Tried ${n} times`) });
    const of = new Intl.NumberFormat(locale).format(maxAttempts);
    return plural(attempts, locale, { one: () => msg(str`Tried ${n} time of ${of}`), other: () => msg(str`Tried ${n} times of ${of}`) });
  }

  /** After the next render, focus goes to `selector` inside the request's own card (a question that opened, or the button it came from). */
  private async focusInCard(item: InboxItem, selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-request-id="${CSS.escape(item.id)}"] ${selector}`)?.focus();
  }

  /** "Tried, no answer": opens the question of when to try next in the card; focus goes to it. */
  private async askNextTry(item: InboxItem): Promise<void> {
    this.tryingFor = item.id;
    this.nextTry = 'none';
    this.nextTryCustom = '';
    await this.focusInCard(item, '[part~="tried"]');
  }

  private async cancelTry(item: InboxItem): Promise<void> {
    this.tryingFor = undefined;
    await this.focusInCard(item, 'button[part~="attempt"]');
  }

  /** Records the try (`POST inbox/{id}/attempt`) and says what it did: kept, back with the team, or with the coordinator. */
  private async recordTry(item: InboxItem): Promise<void> {
    const locale = this.config.value.locale;
    const at = nextTryAt(this.nextTry, new Date(), this.nextTryCustom);
    if (this.nextTry === 'custom' && !at) {
      this.message = { text: msg('Choose when you mean to try again, or pick another choice.'), problem: true };
      return;
    }
    this.tryingFor = undefined;
    try {
      const result = await this.session.client.request<AttemptResult | undefined>('inbox', {
        method: 'POST',
        id: item.id,
        action: 'attempt',
        body: at ? { nextAttemptAt: at.toISOString() } : {},
        decode: (json) => conformRecord<AttemptResult>(AttemptResultSchema, json),
      });
      if (!result) throw new Error('unreadable');
      this.maxAttempts = result.maxAttempts;
      const tried = this.triedCount(result.attempts, result.maxAttempts);
      this.message = {
        text:
          result.outcome === 'returned-to-team'
            ? msg(str`${tried}. Handed back to the team so someone else can try.`)
            : result.outcome === 'sent-to-coordinator'
              ? msg(str`${tried}. Passed to your coordinator, who will look at it with you. It stays with you: they asked for you by name.`)
              : result.nextAttemptAt
                ? msg(str`${tried}; next try ${timeTodayOrDateTime(result.nextAttemptAt, locale)}.`)
                : msg(str`${tried}. Thank you for trying.`),
        problem: false,
      };
    } catch (error) {
      this.message = { text: messageForPerson(error), problem: true };
    }
    await this.reload(this.pagesShown);
    this.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus();
  }

  private renderTryQuestion(item: InboxItem, who: string) {
    const locale = this.config.value.locale;
    const now = new Date();
    const choices: [NextTry, string][] = [
      ['none', msg('Not sure yet')],
      ['hour', msg('In an hour')],
      ...(nextTryAt('evening', now, '') ? ([['evening', msg('This evening')]] as [NextTry, string][]) : []),
      ['morning', msg('Tomorrow morning')],
      ['custom', msg('At a time I choose')],
    ];
    const name = `next-try-${item.id}`;
    return html`<div
      part="tried"
      class="tried"
      role="group"
      tabindex="-1"
      aria-labelledby="tried-title-${item.id}"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') void this.cancelTry(item);
      }}>
      <p id="tried-title-${item.id}" class="status-line">${msg('Tried, no answer. That happens; thank you for trying.')}</p>
      <fieldset>
        <legend>${msg('When will you try again?')}</legend>
        ${choices.map(
          ([value, label]) =>
            html`<label
              ><input
                type="radio"
                name=${name}
                value=${value}
                .checked=${this.nextTry === value}
                @change=${() => {
                  this.nextTry = value;
                }} />${label}</label
            >`,
        )}
        ${this.nextTry === 'custom'
          ? html`<label class="field" for="next-try-time-${item.id}">${msg('Try again at')}</label>
              <input
                id="next-try-time-${item.id}"
                part="next-try-time"
                class="control"
                type="datetime-local"
                min=${localDateTimeInput(now)}
                max=${localDateTimeInput(new Date(now.getTime() + 30 * 86_400_000))}
                .value=${this.nextTryCustom}
                @input=${(event: Event) => {
                  this.nextTryCustom = (event.target as HTMLInputElement).value;
                }} />`
          : nothing}
      </fieldset>
      ${this.maxAttempts !== undefined
        ? html`<p class="hint">
            ${plural(this.maxAttempts, locale, {
              one: () => msg('After one try without an answer, the request goes back, so that someone else can try.'),
              other: () => msg(str`After ${new Intl.NumberFormat(locale).format(this.maxAttempts!)} tries without an answer, the request goes back, so that someone else can try.`),
            })}
          </p>`
        : nothing}
      <div class="actions">
        <button type="button" part="button attempt-confirm" class="button" @click=${() => this.recordTry(item)}>${msg('Record the try')}<span class="visually-hidden"> (${who})</span></button>
        <button type="button" part="button attempt-cancel" class="button secondary" @click=${() => this.cancelTry(item)}>${msg('Not now')}</button>
      </div>
    </div>`;
  }

  /** The request's clock and why: "Today — respond within 4 hours (by 3:30 PM)"; past it, said plainly. */
  private renderClock(item: InboxItem) {
    const locale = this.config.value.locale;
    const by = timeTodayOrDateTime(item.respondBy, locale);
    const urgency = item.urgency === 'today' ? msg('Today') : item.urgency === 'few-days' ? msg('In the next few days') : msg('No rush');
    if (item.overdue) {
      return msg(str`${urgency} — the time to respond by has passed (${by}, ${relativeTime(item.respondBy, locale)}). Getting in touch now still helps.`);
    }
    return item.respondWithinHours
      ? msg(str`${urgency} — respond within ${within(item.respondWithinHours, locale)} (by ${by})`)
      : msg(str`${urgency} — respond by ${by}`);
  }

  /** Tries so far and why a request came back, for the team, the supporter holding it, and coordinators. */
  private renderTries(item: InboxItem, coordinator: boolean) {
    const locale = this.config.value.locale;
    const tries = item.attempts ? new Intl.NumberFormat(locale).format(item.attempts) : undefined;
    const lines = [];
    if (item.needsCoordinator) {
      lines.push(
        coordinator
          ? msg('Could not be reached yet, and it was for this supporter by name: please look at it with them.')
          : item.claimedByMe
            ? msg('Passed to your coordinator, who will look at it with you. It stays with you: they asked for you by name.')
            : msg('Could not be reached yet; the coordinator is looking at it.'),
      );
    } else if (item.returnedReason === 'not-reached' && item.status === 'open') {
      lines.push(
        tries
          ? plural(item.attempts!, locale, {
              one: () => msg(str`Back with the team: someone tried ${tries} time and could not reach them. A fresh try may get through.`),
              other: () => msg(str`Back with the team: someone tried ${tries} times and could not reach them. A fresh try may get through.`),
            })
          : msg('Back with the team: someone tried and could not reach them. A fresh try may get through.'),
      );
    } else if (item.attempts && item.status === 'claimed') {
      const tried = this.triedCount(item.attempts, this.maxAttempts);
      lines.push(item.nextAttemptAt ? msg(str`${tried}; next try ${timeTodayOrDateTime(item.nextAttemptAt, locale)}.`) : msg(str`${tried}.`));
    }
    return lines.length ? html`<p part="tries" class="hint"><strong>${lines}</strong></p>` : nothing;
  }

  /** The name people know a supporter by: the roster's, else the account's (coordinators' list). */
  private supporterName(supporterId: string): string | undefined {
    return this.rosterNames.get(supporterId) ?? this.assignees.find((assignee) => assignee.supporterId === supporterId)?.displayName;
  }

  /** An account as a person: the roster's name for its supporter, else the account's own name. */
  private assigneeName(assignee: Assignee): string {
    return (assignee.supporterId ? this.supporterName(assignee.supporterId) : undefined) ?? assignee.displayName;
  }

  /** Who holds a taken request, in words ("You", "Ana Rivera"), when it is known. */
  private holder(item: InboxItem): string | undefined {
    if (item.status === 'open') return undefined;
    if (item.claimedByMe) return msg('you');
    const assignee = item.claimedBy ? this.assignees.find((candidate) => candidate.accountId === item.claimedBy) : undefined;
    return assignee ? this.assigneeName(assignee) : undefined;
  }

  /** "Close and erase" asks first: the card shows the question, focus goes to it. */
  private async askToClose(item: InboxItem): Promise<void> {
    this.confirmingClose = item.id;
    await this.focusInCard(item, '[part~="confirm-close"]');
  }

  /** "Keep it open": the question goes, focus returns to "Close and erase". */
  private async keepOpen(item: InboxItem): Promise<void> {
    this.confirmingClose = undefined;
    await this.focusInCard(item, 'button[part~="close"]');
  }

  private async close(item: InboxItem): Promise<void> {
    this.confirmingClose = undefined;
    await this.act(item, 'close');
    // The card is gone: focus goes to what just happened.
    this.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus();
  }

  private renderCloseQuestion(item: InboxItem, who: string) {
    const locale = this.config.value.locale;
    return html`<div
      part="confirm-close"
      class="confirm"
      role="group"
      tabindex="-1"
      aria-labelledby="close-question-${item.id}"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') void this.keepOpen(item);
      }}>
      <p id="close-question-${item.id}" class="status-line">
        ${msg('Close this request and erase it?')}
        ${this.eraseAfterMinutes
          ? msg(str`The name, contact details and message will be erased in ${duration(this.eraseAfterMinutes, 'minute', locale)}. This cannot be undone.`)
          : msg('The name, contact details and message will be erased at once. This cannot be undone.')}
      </p>
      <div class="actions">
        <button type="button" part="button close-confirm" class="button" @click=${() => this.close(item)}>${msg('Yes, close and erase')}<span class="visually-hidden"> (${who})</span></button>
        <button type="button" part="button close-cancel" class="button secondary" @click=${() => this.keepOpen(item)}>${msg('Keep it open')}</button>
      </div>
    </div>`;
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
      html`<button
        type="button"
        part="button ${action}"
        class="button ${secondary ? 'secondary' : ''}"
        aria-expanded=${action === 'close' ? String(this.confirmingClose === item.id) : nothing}
        @click=${() => (action === 'close' ? this.askToClose(item) : this.act(item, action))}>
        ${label}<span class="visually-hidden"> (${who})</span>
      </button>`;
    const holder = this.holder(item);
    // A named request can only go to the supporter it was addressed to: the person chose them.
    const assignable = item.supporterId ? this.assignees.filter((assignee) => assignee.supporterId === item.supporterId) : this.assignees;
    return html`<article part="request" class="request ${item.overdue ? 'overdue' : ''}" aria-label=${who} data-request-id=${item.id} tabindex="-1">
      <h3>${who}${item.referral ? html` <span class="hint">${msg('(referred by a colleague)')}</span>` : nothing}</h3>
      <p part="due" class="due ${item.overdue ? 'overdue' : ''}">
        ${this.renderClock(item)}
        ${coordinator && item.status === 'open' ? html` <strong>${msg('Nobody has taken it yet.')}</strong>` : nothing}
      </p>
      ${holder ? html`<p part="holder" class="hint"><strong>${msg(str`Taken by ${holder}.`)}</strong></p>` : nothing}
      <p class="hint">${msg(str`Asked ${relativeTime(item.receivedAt, locale)}.`)} ${item.supporterId || view === 'summary' ? '' : msg('For anyone on the team.')}</p>
      ${this.renderTries(item, coordinator)}
      ${item.returnedReason === 'supporter-left' ? html`<p class="hint"><strong>${msg('Back with the team: the supporter it was for has left the roster.')}</strong></p>` : nothing}
      ${item.peerToPeer ? html`<p part="peer" class="hint"><strong>${msg('A fellow supporter would like to talk something through.')}</strong></p>` : nothing}
      ${view === 'preview' ? html`<p class="hint">${msg('You will see how to reach them, and their message, once you take it.')}</p>` : nothing}
      ${view === 'summary' ? html`<p class="hint">${msg('Only the supporter who takes it sees who asked and how to reach them.')}</p>` : nothing}
      ${channel
        ? html`<p part="channel">${channelLabel(channel.kind)}: ${href ? html`<a href=${href}>${channel.value}</a>` : channel.value}${item.bestTimes ? html` · ${msg(str`best ${item.bestTimes}`)}` : nothing}</p>`
        : nothing}
      ${item.message ? html`<p class="message">${item.message}</p>` : nothing}
      <div class="actions">
        ${!coordinator && item.status === 'open' ? button('claim', msg('I’ll take this')) : nothing}
        ${item.claimedByMe && item.status === 'claimed' ? button('contacted', msg('I’ve been in touch')) : nothing}
        ${item.claimedByMe && item.status === 'claimed' && this.tryingFor !== item.id
          ? html`<button type="button" part="button attempt" class="button secondary" @click=${() => this.askNextTry(item)}>
              ${msg('Tried, no answer')}<span class="visually-hidden"> (${who})</span>
            </button>`
          : nothing}
        ${item.claimedByMe || (coordinator && item.status !== 'open') ? button('release', msg('Hand back'), true) : nothing}
        ${item.claimedByMe || coordinator ? button('close', msg('Close and erase'), true) : nothing}
      </div>
      ${this.tryingFor === item.id ? this.renderTryQuestion(item, who) : nothing}
      ${this.confirmingClose === item.id ? this.renderCloseQuestion(item, who) : nothing}
      ${coordinator && assignable.length
        ? html`<label class="field" for="assign-${item.id}">${msg('Assign to')}</label>
            <select id="assign-${item.id}" part="assign" class="control" @change=${(event: Event) => this.assign(item, (event.target as HTMLSelectElement).value)}>
              <option value="">${msg('Choose a supporter')}</option>
              ${assignable.map((assignee) => html`<option value=${assignee.accountId} ?selected=${assignee.accountId === item.claimedBy}>${this.assigneeName(assignee)}</option>`)}
            </select>`
        : nothing}
    </article>`;
  }
}
