import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CONTACT_KINDS, CONTACT_ORIGINS, CONTACT_TOPICS, ContactLogSchema, REFERRAL_TARGETS } from '../core/contract.js';
import type { ContactLog } from '../core/contract.js';
import { isoWeek } from '../core/format.js';
import { widgetOutboxScope } from '../core/outbox.js';
import { OutboxController } from '../core/outbox-controller.js';
import { FormState } from '../core/form-state.js';
import { wholeNumberBetween } from '../core/validators.js';
import { PeerApiElement } from '../core/api-element.js';
import { PeerContactLoggedEvent } from '../core/events.js';
import { SessionController } from '../core/session-controller.js';
import { renderSignedOut, supporterSideStyles } from '../core/signed-out.js';
import { baseStyles, controlStyles } from '../core/styles.js';
import { kindLabel, originLabel, referralLabel, topicLabel } from '../core/contact-words.js';

const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240, 360, 480];
/** A group is at least two people; the most is the contract's. */
const GROUP = { min: 2, max: ContactLogSchema.properties.people.maximum } as const;

/**
 * @tag peer-contact-log
 * @summary Record a support contact in seconds, anonymously: kind, how it started, duration, broad
 * topics, referrals, and whether it was the first time you spoke with this person (or these people)
 * about it (off by default), so the program can count people reached for the first time apart from
 * follow-ups. No names, no free text, no exact times (the server keeps the ISO week, and accepts this
 * week and the two before it by default). Saved on this device first and sent through the shared
 * outbox, so it lands once even offline.
 *
 * @csspart base - The form.
 * @csspart status - Saved on this device / sent.
 * @csspart button - Every button.
 *
 * @event {PeerContactLoggedEvent} peer-contact-logged - A contact was kept on this device and handed to the outbox, which sends it once (`contactId`, `week`, `persisted`).
 */
@localized()
export class PeerContactLog extends PeerApiElement {
  static override styles = [baseStyles, controlStyles, supporterSideStyles];

  @state() private entry: Omit<ContactLog, 'id' | 'week' | 'firstContact'> = { kind: 'one-on-one', origin: 'self-referred', durationMinutes: 30, people: 1, topics: [], referredTo: ['none'] };
  /** Off by default and after every entry: "people reached for the first time" must not be guessed. */
  @state() private firstContact = false;
  @state() private lastWeek = false;

  private readonly session = new SessionController(this, () => this.config.value);
  /** Entries go out only with this widget's own configuration and session (its CSRF token). */
  private readonly outboxScope = widgetOutboxScope(this, () => this.config.value, { client: () => this.session.client, ready: () => this.session.status === 'signed-in' });
  private readonly sender = new OutboxController(this, this.outboxScope);
  private readonly form = new FormState<'people'>(this, {
    fields: ['people'],
    idPrefix: 'contact',
    value: () => this.entry.people,
    validators: () => (this.entry.kind === 'group' ? [wholeNumberBetween(GROUP.min, GROUP.max)] : []),
    summary: () => this.renderRoot.querySelector<HTMLElement>('#people'),
  });

  /** Where the last entry stands, in words. */
  private get status(): { id: string; text: string; problem: boolean } | undefined {
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
    this.form.reset();
    const { persisted } = await this.sender.submit(this.session.client.url('contacts'), body, id, undefined);
    this.dispatchEvent(new PeerContactLoggedEvent(id, week, persisted));
  }

  override render() {
    if (this.session.status !== 'signed-in') return html`<div part="base">${renderSignedOut(this.session)}</div>`;
    const entry = this.entry;
    const radios = <T extends string>(name: string, legend: string, values: readonly T[], label: (value: T) => string, current: T, set: (value: T) => void) =>
      html`<fieldset>
        <legend>${legend}</legend>
        ${values.map((value) => html`<label class="choice"><input type="radio" name=${name} .checked=${current === value} @change=${() => set(value)} /><span>${label(value)}</span></label>`)}
      </fieldset>`;
    const checks = (list: 'topics' | 'referredTo', legend: string, values: readonly string[], label: (value: string) => string) =>
      html`<fieldset>
        <legend>${legend}</legend>
        ${values.map(
          (value) =>
            html`<label class="choice"><input type="checkbox" .checked=${entry[list].includes(value as never)} @change=${(event: Event) => this.toggle(list, value, (event.target as HTMLInputElement).checked)} /><span>${label(value)}</span></label>`,
        )}
      </fieldset>`;
    return html`<form part="base" class="panel" @submit=${this.submit}>
      <h2>${msg('Log a support contact')}</h2>
      <p class="hint">${msg('Anonymous: no names, no notes, no dates — only the week. It helps the program show its impact.')}</p>
      ${radios('kind', msg('Kind of contact'), CONTACT_KINDS, kindLabel, entry.kind, (kind) => (this.entry = { ...entry, kind, people: kind === 'group' ? Math.max(2, entry.people) : 1 }))}
      ${entry.kind === 'group'
        ? html`<label class="field" for="people">${msg('How many people')}</label>
            <input
              id="people"
              class="control"
              type="number"
              min=${GROUP.min}
              max=${GROUP.max}
              .value=${String(entry.people)}
              aria-invalid=${this.form.visibleError('people') ? 'true' : 'false'}
              aria-describedby=${this.form.describedBy('people')}
              @blur=${() => this.form.touch('people')}
              @input=${(event: Event) => (this.entry = { ...entry, people: Math.min(GROUP.max, Math.max(GROUP.min, Number((event.target as HTMLInputElement).value) || GROUP.min)) })} />
            ${this.form.visibleError('people') ? html`<p part="error" class="error" id=${this.form.errorId('people')}>${this.form.visibleError('people')}</p>` : nothing}`
        : nothing}
      ${radios('origin', msg('How it started'), CONTACT_ORIGINS, originLabel, entry.origin, (origin) => (this.entry = { ...entry, origin }))}
      <label class="field" for="duration">${msg('About how long')}</label>
      <select id="duration" class="control" @change=${(event: Event) => (this.entry = { ...entry, durationMinutes: Number((event.target as HTMLSelectElement).value) })}>
        ${DURATIONS.map((minutes) => html`<option value=${minutes} ?selected=${minutes === entry.durationMinutes}>${minutes < 60 ? msg(str`${minutes} minutes`) : msg(str`${minutes / 60} hours`)}</option>`)}
      </select>
      ${checks('topics', msg('Broad topics (optional)'), CONTACT_TOPICS, topicLabel)}
      ${checks('referredTo', msg('Referred to'), REFERRAL_TARGETS, referralLabel)}
      <label class="choice"
        ><input type="checkbox" .checked=${this.firstContact} @change=${(event: Event) => (this.firstContact = (event.target as HTMLInputElement).checked)} /><span
          >${entry.kind === 'group' ? msg('It was the first time I spoke with these people about this') : msg('It was the first time I spoke with this person about this')}</span
        ></label
      >
      <label class="choice"><input type="checkbox" .checked=${this.lastWeek} @change=${(event: Event) => (this.lastWeek = (event.target as HTMLInputElement).checked)} /><span>${msg('It was last week')}</span></label>
      <div class="actions"><button type="submit" part="button submit" class="button">${msg('Log it')}</button></div>
      <p part="status" class="status-line ${this.status?.problem ? 'problem' : ''}" role="status">${this.status?.text ?? ''}</p>
    </form>`;
  }
}
