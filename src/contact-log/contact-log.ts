import { bringIntoView } from '../core/bring-into-view.js';
import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { CONTACT_KINDS, CONTACT_ORIGINS, CONTACT_TOPICS, ContactLogSchema, REFERRAL_TARGETS } from '../core/contract.js';
import type { ContactLog } from '../core/contract.js';
import { isoWeek } from '../core/format.js';
import { widgetOutboxScope } from '../core/outbox.js';
import { OutboxController } from '../core/outbox-controller.js';
import { FormState } from '../core/form-state.js';
import { wholeNumberBetween } from '../core/validators.js';
import { PeerApiElement } from '../core/api-element.js';
import { PeerContactLoggedEvent, PeerContactSentEvent } from '../core/events.js';
import { SessionController } from '../core/session-controller.js';
import { renderSignedOut, supporterSideStyles } from '../core/signed-out.js';
import { renderSupporterBackup } from '../core/safety-net.js';
import { baseStyles, controlStyles } from '../core/styles.js';
import { segmentedStyles } from '../core/segmented-styles.js';
import { kindLabel, originLabel, referralLabel, topicLabel } from '../core/contact-words.js';

const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240, 360, 480];

/** "15 min", "1.5 hr": a duration as the locale writes it short, with its own plural rules. */
function durationLabel(minutes: number, locale: string): string {
  const [value, unit] = minutes < 60 ? [minutes, 'minute'] : [minutes / 60, 'hour'];
  try {
    return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
  } catch {
    return new Intl.NumberFormat('en', { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
  }
}
/** A group is at least two people; the most is the contract's. */
const GROUP = { min: 2, max: ContactLogSchema.properties.people.maximum } as const;

/**
 * @tag peer-contact-log
 * @summary Record a support contact in seconds, anonymously: kind, how it started, duration, broad
 * topics, referrals, and whether it was the first time you spoke with this person (or these people)
 * about it (off by default), so the program can count people reached for the first time apart from
 * follow-ups. No names, no free text, no exact times (the server keeps the ISO week, and accepts this
 * week and the two before it by default). Saved on this device first and sent through the shared
 * outbox, so it lands once even offline. A short form: every choice is a chip or a segmented
 * control with a sensible default (one-on-one, they reached out, 30 minutes, this week, no
 * referral), so a typical contact is one press of "Log it".
 *
 * When a `<peer-follow-ups>` anywhere on the page marks a reminder done (`peer-follow-up-done`, heard
 * on `document`), the kind becomes "Follow-up" (started by "I reached out"), the form scrolls into
 * view and its status line says so; focus stays where the supporter left it.
 *
 * @csspart base - The form.
 * @csspart status - Saved on this device / sent.
 * @csspart button - Every button.
 * @csspart backup - "Heard something heavy?": the supporter's own safety net (see `supporterBackup`); also `backup-summary`, `backup-steps`, `backup-link`.
 *
 * @event {PeerContactLoggedEvent} peer-contact-logged - A contact was kept on this device and handed to the outbox, which sends it once (`contactId`, `week`, `persisted`).
 * @event {PeerContactSentEvent} peer-contact-sent - The server has the contact logged here (`contactId`, `week`); `<peer-program-stats>` on the page reads its numbers again.
 */
@localized()
export class PeerContactLog extends PeerApiElement {
  static override styles = [
    baseStyles,
    controlStyles,
    supporterSideStyles,
    segmentedStyles,
    css`
      .panel {
        gap: 0.9em;
      }
      .people {
        display: flex;
        align-items: center;
        gap: 0.6em;
        font-weight: 600;
      }
      .people .control {
        width: 6em;
      }
      .more {
        border-top: 1px solid var(--peer-color-border, #c9ced6);
        padding-top: 0.6em;
      }
      .more summary {
        cursor: pointer;
        font-weight: 600;
        color: var(--peer-color-accent, #1d5b8f);
        min-height: 44px;
        display: flex;
        align-items: center;
        gap: 0.4em;
        list-style: none;
      }
      .more summary::-webkit-details-marker {
        display: none;
      }
      .more summary::before {
        content: '';
        width: 0.45em;
        height: 0.45em;
        border-inline-end: 2px solid currentColor;
        border-block-end: 2px solid currentColor;
        transform: rotate(-45deg);
        transition: transform 0.15s;
      }
      .more[open] summary::before {
        transform: rotate(45deg);
      }
      @media (prefers-reduced-motion: reduce) {
        .more summary::before {
          transition: none;
        }
      }
      .segmented .segments {
        max-width: 20em;
      }
      .more[open] summary {
        margin-bottom: 0.5em;
      }
      .more-body {
        display: flex;
        flex-direction: column;
        gap: 0.9em;
      }
      .submit-row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5em 1em;
      }
    `,
  ];

  @state() private entry: Omit<ContactLog, 'id' | 'week' | 'firstContact'> = { kind: 'one-on-one', origin: 'self-referred', durationMinutes: 30, people: 1, topics: [], referredTo: ['none'] };
  /** Off by default and after every entry: "people reached for the first time" must not be guessed. */
  @state() private firstContact = false;
  @state() private lastWeek = false;
  /** A follow-up reminder was marked done on this page, and the form was made ready for it. */
  @state() private followUpReady = false;

  private readonly onFollowUpDone = () => {
    // A follow-up from a reminder is one the supporter made: "I reached out".
    this.entry = { ...this.entry, kind: 'follow-up', origin: 'peer-outreach', people: 1 };
    this.followUpReady = true;
    // Shown, not focused: the supporter may still be reading or using the follow-ups.
    void this.updateComplete.then(() => bringIntoView(this, 'nearest'));
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('peer-follow-up-done', this.onFollowUpDone);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('peer-follow-up-done', this.onFollowUpDone);
  }

  private readonly session = new SessionController(this, () => this.config.value);
  /** Entries go out only with this widget's own configuration and session (its CSRF token). */
  private readonly outboxScope = widgetOutboxScope(this, () => this.config.value, { client: () => this.session.client, ready: () => this.session.status === 'signed-in' });
  private readonly sender = new OutboxController<string>(this, this.outboxScope, {
    onSent: (id) => {
      const week = this.sender.tracked?.id === id ? this.sender.tracked.meta : undefined;
      if (week) this.dispatchEvent(new PeerContactSentEvent(id, week));
    },
  });
  private readonly form = new FormState<'people'>(this, {
    fields: ['people'],
    idPrefix: 'contact',
    value: () => this.entry.people,
    validators: () => (this.entry.kind === 'group' ? [wholeNumberBetween(GROUP.min, GROUP.max)] : []),
    summary: () => this.renderRoot.querySelector<HTMLElement>('#people'),
  });

  /** Where the last entry stands, in words. */
  private get status(): { id: string; text: string; problem: boolean } | undefined {
    if (this.followUpReady) return { id: 'follow-up', text: msg('Ready to log your follow-up: the kind is set to “Follow-up”. Check the rest, then press “Log it”.'), problem: false };
    const tracked = this.sender.tracked;
    if (!tracked) return undefined;
    const say = (text: string, problem = false) => ({ id: tracked.id, text, problem });
    switch (tracked.state) {
      case 'saving':
        return say(msg('Saving on this device…'));
      case 'sent':
        return say(msg('Sent. Thank you; it counts toward the program’s impact, anonymously.'));
      case 'retrying':
        return say(msg('Saved on this device; it will be sent when the connection is back.'));
      case 'needs-fix':
      case 'needs-sign-in':
        return say(tracked.record?.lastError?.message ?? msg('Not sent.'), true);
      default:
        return say(tracked.persisted ? msg('Saved on this device. Sending…') : msg('Sending (this browser cannot keep a copy; keep the page open).'));
    }
  }

  private toggle(list: 'topics' | 'referredTo', value: string, on: boolean): void {
    let next = on ? [...new Set([...this.entry[list], value])] : this.entry[list].filter((item) => item !== value);
    if (list === 'referredTo') next = on && value === 'none' ? ['none'] : next.filter((item) => item !== 'none' || next.length === 1);
    if (list === 'referredTo' && next.length === 0) next = ['none'];
    this.entry = { ...this.entry, [list]: next } as typeof this.entry;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    if (!(await this.form.submit())) return;
    const week = isoWeek(this.lastWeek ? new Date(Date.now() - 7 * 86_400_000) : new Date());
    const id = crypto.randomUUID();
    const body: ContactLog = { id, week, ...this.entry, people: this.entry.kind === 'group' ? this.entry.people : 1, ...(this.firstContact ? { firstContact: true } : {}) };
    this.firstContact = false;
    this.followUpReady = false;
    this.form.reset();
    const { persisted } = await this.sender.submit(this.session.client.url('contacts'), body, id, week);
    this.dispatchEvent(new PeerContactLoggedEvent(id, week, persisted));
  }

  override render() {
    if (this.session.status !== 'signed-in') return html`<div part="base">${renderSignedOut(this.session)}</div>`;
    const entry = this.entry;
    const locale = this.config.value.locale;
    /** One choice: a radio group drawn as chips (arrow keys move it). */
    const radios = <T extends string>(name: string, legend: string, values: readonly T[], label: (value: T) => string, current: T, set: (value: T) => void, segmented = false) =>
      html`<fieldset class=${segmented ? 'segmented' : 'chips'}>
        <legend>${legend}</legend>
        <div class=${segmented ? 'segments' : 'chip-list'}>
          ${values.map(
            (value) =>
              html`<label class=${segmented ? 'segment' : 'chip'}><input type="radio" name=${name} value=${value} .checked=${current === value} @change=${() => set(value)} /><span>${label(value)}</span></label>`,
          )}
        </div>
      </fieldset>`;
    /** Several choices: checkboxes drawn as chips. */
    const checks = (list: 'topics' | 'referredTo', legend: string, values: readonly string[], label: (value: string) => string) =>
      html`<fieldset class="chips">
        <legend>${legend}</legend>
        <div class="chip-list">
          ${values.map(
            (value) =>
              html`<label class="chip"
                ><input type="checkbox" value=${value} .checked=${entry[list].includes(value as never)} @change=${(event: Event) => this.toggle(list, value, (event.target as HTMLInputElement).checked)} /><span
                  >${label(value)}</span
                ></label
              >`,
          )}
        </div>
      </fieldset>`;
    const details = entry.topics.length + entry.referredTo.filter((target) => target !== 'none').length;
    return html`<form part="base" class="panel" novalidate @submit=${this.submit}>
      <h2>${msg('Log a support contact')}</h2>
      <p class="hint">${msg('Anonymous: no names, no notes, no dates — only the week. It helps the program show its impact.')}</p>
      ${renderSupporterBackup(this.config.value)}
      ${radios('kind', msg('Kind of contact'), CONTACT_KINDS, kindLabel, entry.kind, (kind) => (this.entry = { ...entry, kind, people: kind === 'group' ? Math.max(GROUP.min, entry.people || 0) : 1 }))}
      ${entry.kind === 'group'
        ? html`<label class="people" for="people"
              >${msg('How many people')}
              <input
                id="people"
                class="control"
                type="number"
                inputmode="numeric"
                min=${GROUP.min}
                max=${GROUP.max}
                .value=${Number.isNaN(entry.people) ? '' : String(entry.people)}
                aria-invalid=${this.form.visibleError('people') ? 'true' : 'false'}
                aria-describedby=${this.form.describedBy('people')}
                @blur=${() => this.form.touch('people')}
                @input=${(event: Event) => {
                  // Kept as typed (an empty field is NaN): a number out of range is said, never quietly changed.
                  const typed = (event.target as HTMLInputElement).value;
                  this.entry = { ...entry, people: typed.trim() === '' ? NaN : Number(typed) };
                }}
            /></label>
            ${this.form.visibleError('people') ? html`<p part="error" class="error problem" id=${this.form.errorId('people')}>${this.form.visibleError('people')}</p>` : nothing}`
        : nothing}
      ${radios('origin', msg('How it started'), CONTACT_ORIGINS, originLabel, entry.origin, (origin) => (this.entry = { ...entry, origin }))}
      ${radios(
        'duration',
        msg('About how long'),
        DURATIONS.map(String),
        (minutes) => durationLabel(Number(minutes), locale),
        String(entry.durationMinutes),
        (minutes) => (this.entry = { ...entry, durationMinutes: Number(minutes) }),
      )}
      ${radios('week', msg('When'), ['this', 'last'] as const, (week) => (week === 'this' ? msg('This week') : msg('Last week')), this.lastWeek ? 'last' : 'this', (week) => (this.lastWeek = week === 'last'), true)}
      <label class="choice"
        ><input type="checkbox" .checked=${this.firstContact} @change=${(event: Event) => (this.firstContact = (event.target as HTMLInputElement).checked)} /><span
          >${entry.kind === 'group' ? msg('It was the first time I spoke with these people about this') : msg('It was the first time I spoke with this person about this')}</span
        ></label
      >
      <details class="more" ?open=${details > 0}>
        <summary>${msg('Topics and referrals (optional)')}</summary>
        <div class="more-body">
          ${checks('topics', msg('Broad topics'), CONTACT_TOPICS, topicLabel)} ${checks('referredTo', msg('Referred to'), REFERRAL_TARGETS, referralLabel)}
        </div>
      </details>
      <div class="submit-row">
        <button type="submit" part="button submit" class="button">${msg('Log it')}</button>
        <p part="status" class="status-line ${this.status?.problem ? 'problem' : ''}" role="status">${this.status?.text ?? ''}</p>
      </div>
    </form>`;
  }
}
