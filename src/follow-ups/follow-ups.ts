import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { PeerFollowUpDoneEvent } from '../core/events.js';
import { calendarDate } from '../core/format.js';
import { PeerElement } from '../core/peer-element.js';
import { renderSupporterBackup } from '../core/safety-net.js';
import { supporterSideStyles } from '../core/signed-out.js';
import { baseStyles, controlStyles } from '../core/styles.js';
import { NOTE_LIMIT, ReminderStore, localDay } from './reminder-store.js';
import type { StoredReminder } from './reminder-store.js';

/** Quick choices for "check in again", in days from today. */
const QUICK_DAYS = [1, 3, 7] as const;

function quickLabel(days: (typeof QUICK_DAYS)[number]): string {
  switch (days) {
    case 1:
      return msg('Tomorrow');
    case 3:
      return msg('In 3 days');
    case 7:
      return msg('In a week');
  }
}

/**
 * @tag peer-follow-ups
 * @summary A supporter's own follow-up reminders ("check in again on Tuesday"), kept only on their device and shown when due.
 *
 * Nothing here reaches the network: reminders live in this browser's IndexedDB (memory only with
 * `shared-device`). When `<peer-request-inbox>` on the page marks a request as contacted, it offers
 * a reminder; "Done" removes the reminder and tells a `<peer-contact-log>` on the page to start a
 * "follow-up" entry, which is how the follow-up is counted (anonymously).
 *
 * @csspart base - The whole widget.
 * @csspart due - The list of reminders due today or earlier.
 * @csspart upcoming - The list of reminders still to come.
 * @csspart reminder - One reminder.
 * @csspart offer - "Check in again later?", shown after a request was marked as contacted.
 * @csspart status - What was kept, or why not.
 * @csspart backup - "Heard something heavy?": the supporter's own safety net (see `supporterBackup`); also `backup-summary`, `backup-steps`, `backup-link`.
 *
 * @event {PeerFollowUpDoneEvent} peer-follow-up-done - A reminder was marked done (no details: nothing about the person or the note).
 */
@localized()
export class PeerFollowUps extends PeerElement {
  static override styles = [
    baseStyles,
    controlStyles,
    // The panel, headings and hints as every supporter-side widget draws them.
    supporterSideStyles,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5em;
      }
      .reminder {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 1em;
        padding: 0.5em 0.75em;
        border: 1px solid var(--peer-color-border, #c9ced6);
        border-radius: var(--peer-radius, 0.5rem);
      }
      .reminder.due {
        border-left: 0.35em solid var(--peer-color-accent, #1d5b8f);
      }
      .when {
        font-weight: 600;
      }
      .note {
        flex: 1 1 12em;
        overflow-wrap: anywhere;
      }
      .actions,
      .quick {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
      h3 {
        font-size: 1em;
        margin: 0.5em 0 0;
      }
      /* The form to add one, set apart from the reminders above it. */
      h3.add {
        border-top: 1px solid var(--peer-color-border, #c9ced6);
        padding-top: 0.75em;
      }
      .offer {
        padding: 0.75em;
        border-radius: var(--peer-radius, 0.5rem);
        background: color-mix(in srgb, var(--peer-color-accent, #1d5b8f) 8%, var(--peer-color-surface, #fff));
      }
      .offer p {
        margin: 0 0 0.5em;
      }
      .field {
        display: block;
        margin: 0;
        font-weight: 600;
      }
      .hint {
        margin: 0;
        color: var(--peer-color-muted, #4b5563);
        font-size: 0.9em;
      }
      .problem {
        color: var(--peer-color-crisis, #9b1c1c);
      }
    `,
  ];

  /**
   * A device other people use (a station computer, a shared tablet): reminders are kept for this
   * visit only, in memory, and never written to the browser's storage.
   */
  @property({ type: Boolean, attribute: 'shared-device', reflect: true }) sharedDevice = false;

  @state() private reminders: StoredReminder[] = [];
  @state() private loaded = false;
  @state() private unreadable = 0;
  @state() private storageRefused = false;
  @state() private offerShown = false;
  @state() private pickedDay = '';
  @state() private note = '';
  @state() private message?: { text: string; problem: boolean };
  /** The picked day cannot be used (none, or one gone by): the day field is marked and described by the status line. */
  @state() private dayProblem = false;

  private store?: ReminderStore;
  private loading: Promise<void> = Promise.resolve();

  private readonly onContacted = () => {
    this.offerShown = true;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('peer-request-contacted', this.onContacted);
    this.openStore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('peer-request-contacted', this.onContacted);
    this.store?.close();
    this.store = undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.focusWasOnReminder = !!(this.renderRoot as ShadowRoot).activeElement?.closest('[part~="reminder"]');
    if (changed.has('sharedDevice') && this.store && this.store.memoryOnly !== this.sharedDevice) this.openStore();
  }

  protected override updated(): void {
    // "Done", "Tomorrow instead" or "Remove" took its button away (the reminder went, or moved): the
    // focus goes to the status line that says what happened, not back to the top of the page. Without
    // scrolling: "Done" may have asked the page to bring the contact log into view (peer-follow-up-done).
    if (this.focusWasOnReminder && !(this.renderRoot as ShadowRoot).activeElement) this.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus({ preventScroll: true });
  }

  /** Set before each render: the focus was on a reminder's button. */
  private focusWasOnReminder = false;

  private openStore(): void {
    this.store?.close();
    this.store = new ReminderStore(this.sharedDevice, () => void (this.loading = this.reload()));
    this.loading = this.reload();
  }

  private async reload(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const { reminders, unreadable, kept } = await store.list();
    if (store !== this.store) return;
    this.reminders = reminders;
    this.unreadable = unreadable;
    this.storageRefused = !kept && !store.memoryOnly;
    this.loaded = true;
  }

  /** Resolves once the reminders kept on this device have been read and shown. */
  get ready(): Promise<void> {
    return this.loading.then(() => this.updateComplete).then(() => undefined);
  }

  private async add(dueOn: string): Promise<void> {
    const today = localDay(new Date());
    if (!dueOn || dueOn < today) {
      this.message = { text: msg('Please choose today or a later day.'), problem: true };
      this.dayProblem = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#follow-up-day')?.focus();
      return;
    }
    this.dayProblem = false;
    const note = this.note.trim().slice(0, NOTE_LIMIT);
    const reminder: StoredReminder = { id: crypto.randomUUID(), dueOn, createdAt: new Date().toISOString(), ...(note ? { note } : {}) };
    if (!(await this.store?.put(reminder))) {
      this.message = { text: msg('This device would not keep the reminder (private window, or storage is full or blocked). Nothing was saved.'), problem: true };
      return;
    }
    this.note = '';
    this.pickedDay = '';
    this.offerShown = false;
    this.message = { text: msg(str`Reminder set for ${calendarDate(dueOn, this.config.value.locale)}.`), problem: false };
    await this.reload();
  }

  private pickDay(day: string): void {
    this.pickedDay = day;
    // Put right: the field is no longer marked, and what was wrong is no longer said.
    if (this.dayProblem && day && day >= localDay(new Date())) {
      this.dayProblem = false;
      this.message = undefined;
    }
  }

  private async done(reminder: StoredReminder): Promise<void> {
    if (!(await this.store?.remove(reminder.id))) {
      this.message = { text: msg('This device would not change the reminder. Please try again.'), problem: true };
      return;
    }
    this.dispatchEvent(new PeerFollowUpDoneEvent());
    this.message = { text: msg('Done. If a contact log is on this page, it is ready for a follow-up entry.'), problem: false };
    await this.reload();
  }

  private async later(reminder: StoredReminder): Promise<void> {
    const dueOn = localDay(new Date(), 1);
    if (!(await this.store?.put({ ...reminder, dueOn }))) {
      this.message = { text: msg('This device would not change the reminder. Please try again.'), problem: true };
      return;
    }
    this.message = { text: msg(str`Moved to ${calendarDate(dueOn, this.config.value.locale)}.`), problem: false };
    await this.reload();
  }

  private async removeReminder(reminder: StoredReminder): Promise<void> {
    if (!(await this.store?.remove(reminder.id))) {
      this.message = { text: msg('This device would not change the reminder. Please try again.'), problem: true };
      return;
    }
    this.message = { text: msg('Reminder removed.'), problem: false };
    await this.reload();
  }

  private renderReminder(reminder: StoredReminder, due: boolean) {
    const locale = this.config.value.locale;
    const when = calendarDate(reminder.dueOn, locale);
    return html`<li part="reminder" class="reminder ${due ? 'due' : ''}">
      <span class="when">${msg(str`Check in again: ${when}`)}</span>
      <span class="note">${reminder.note ?? ''}</span>
      <span class="actions">
        ${due
          ? html`<button type="button" class="button" @click=${() => this.done(reminder)}>${msg('Done')}</button>
              <button type="button" class="button secondary" @click=${() => this.later(reminder)}>${msg('Tomorrow instead')}</button>`
          : nothing}
        <button type="button" class="button secondary" aria-label=${msg(str`Remove the reminder for ${when}`)} @click=${() => this.removeReminder(reminder)}>${msg('Remove')}</button>
      </span>
    </li>`;
  }

  private renderQuickChoices() {
    return html`<div class="quick">
      ${QUICK_DAYS.map(
        (days) => html`<button type="button" class="button secondary" @click=${() => this.add(localDay(new Date(), days))}>${quickLabel(days)}</button>`,
      )}
    </div>`;
  }

  override render() {
    const today = localDay(new Date());
    const due = this.reminders.filter((reminder) => reminder.dueOn <= today);
    const upcoming = this.reminders.filter((reminder) => reminder.dueOn > today);
    return html`<section part="base" class="panel" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">${msg('Follow-ups')}</h2>
      <p class="hint">
        ${this.sharedDevice
          ? msg('Shared device: reminders last for this visit only. Nothing is sent anywhere.')
          : msg('Kept only in this browser, on this device. Nothing is sent anywhere. Write a note only you would understand, not a name.')}
      </p>
      ${renderSupporterBackup(this.config.value)}
      ${this.offerShown
        ? html`<div part="offer" class="offer" role="group" aria-labelledby="offer-text">
            <p id="offer-text">${msg('You have been in touch. Check in again later?')}</p>
            ${this.renderQuickChoices()}
          </div>`
        : nothing}
      ${this.storageRefused ? html`<p class="problem">${msg('This browser is not keeping anything on this device right now (private window, or storage is blocked or full). Reminders cannot be saved.')}</p>` : nothing}
      ${this.unreadable > 0 ? html`<p class="problem">${msg('Some reminders kept on this device could not be read, and are not shown.')}</p>` : nothing}
      ${this.loaded
        ? html`<h3>${msg('Due')}</h3>
            ${due.length ? html`<ul part="due">${due.map((reminder) => this.renderReminder(reminder, true))}</ul>` : html`<p>${msg('Nothing due today.')}</p>`}
            ${upcoming.length ? html`<h3>${msg('Coming up')}</h3><ul part="upcoming">${upcoming.map((reminder) => this.renderReminder(reminder, false))}</ul>` : nothing}`
        : nothing}
      <h3 class="add">${msg('Add a reminder')}</h3>
      <label class="field" for="follow-up-note">${msg('Note (optional)')}</label>
      <input
        id="follow-up-note"
        class="control"
        type="text"
        maxlength=${NOTE_LIMIT}
        autocomplete="off"
        .value=${this.note}
        @input=${(event: Event) => (this.note = (event.target as HTMLInputElement).value)}
      />
      <p class="hint">${msg('For example: "ask how the first week back went".')}</p>
      <p class="field" id="follow-up-when">${msg('Check in again')}</p>
      <div role="group" aria-labelledby="follow-up-when">${this.renderQuickChoices()}</div>
      <label class="field" for="follow-up-day">${msg('Or pick a day')}</label>
      <span class="quick">
        <input
          id="follow-up-day"
          class="control"
          type="date"
          min=${today}
          .value=${this.pickedDay}
          aria-invalid=${this.dayProblem ? 'true' : 'false'}
          aria-describedby=${this.dayProblem ? 'follow-up-status' : nothing}
          @input=${(event: Event) => this.pickDay((event.target as HTMLInputElement).value)}
        />
        <button type="button" class="button" @click=${() => this.add(this.pickedDay)}>${msg('Add reminder')}</button>
      </span>
      <p part="status" id="follow-up-status" class="status-line ${this.message?.problem ? 'problem' : ''}" role="status" tabindex="-1">${this.message?.text ?? ''}</p>
    </section>`;
  }
}
