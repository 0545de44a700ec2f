import { css, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { AVAILABILITY_STATES, SupporterSchema } from '../core/contract.js';
import type { AvailabilityState, Supporter } from '../core/contract.js';
import { messageForPerson } from '../core/errors.js';
import { FormState } from '../core/form-state.js';
import { ListController } from '../core/list-controller.js';
import type { Validator } from '../core/validators.js';
import { PeerApiElement } from '../core/api-element.js';
import { PeerAvailabilityChangeEvent } from '../core/events.js';
import { SessionController } from '../core/session-controller.js';
import { renderSignedOut, supporterSideStyles } from '../core/signed-out.js';
import { renderSupporterBackup } from '../core/safety-net.js';
import { baseStyles, controlStyles } from '../core/styles.js';
import { localDateTimeInput } from '../core/format.js';
import { segmentedStyles } from '../core/segmented-styles.js';

/** An end time, when one is given, is a real time still to come. */
const laterThanNow: Validator = {
  check: (value) => (!value || new Date(value).getTime() > Date.now() ? undefined : msg('Please choose a time later than now, or leave it empty.')),
};

function stateWords(status: AvailabilityState): [string, string] {
  switch (status) {
    case 'available':
      return [msg('Available'), msg('People see you can take a call or a request now.')];
    case 'busy':
      return [msg('Busy'), msg('You are working; requests wait for you.')];
    case 'on-break':
      return [msg('On a break'), msg('Recharging. People are pointed to someone else for now.')];
    case 'off-duty':
      return [msg('Off duty'), msg('Off duty is part of the job. Rest well; the team and the crisis line have it covered.')];
  }
}

/**
 * @tag peer-availability
 * @summary A supporter sets themselves available, busy, on a break or off duty, optionally until a time; the roster shows it.
 * The four states are a compact segmented control (a radio group: arrow keys move the choice). A
 * coordinator's account has no availability: it is told so, without controls, and a save the server
 * refuses (403) says the account cannot do this rather than asking to sign in.
 *
 * @csspart base - The whole widget.
 * @csspart status - What was saved, or why not.
 * @csspart backup - "Heard something heavy?": the supporter's own safety net (see `supporterBackup`); also `backup-summary`, `backup-steps`, `backup-link`.
 *
 * @event {PeerAvailabilityChangeEvent} peer-availability-change - The server saved the supporter's availability (`status`, `until`).
 */
@localized()
export class PeerAvailability extends PeerApiElement {
  static override styles = [
    baseStyles,
    controlStyles,
    supporterSideStyles,
    segmentedStyles,
    css`
      .panel {
        gap: 0.6em;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: 0.5em 0.75em;
      }
      .row .field {
        flex: 1 1 12em;
        font-size: 0.9em;
      }
      .row .control {
        width: 100%;
      }
    `,
  ];

  @state() private chosen: AvailabilityState = 'available';
  @state() private until = '';
  @state() private message?: { text: string; problem: boolean };
  @state() private saving = false;

  private readonly session = new SessionController(this, () => this.config.value);
  /** The roster (one shared request with any roster on the page): where the current status is read. */
  private readonly roster = new ListController<Supporter>(this, 'supporters', SupporterSchema);
  /** Once the person picks something, what the server said no longer replaces it. */
  private chosenByPerson = false;
  private readonly form = new FormState<'until'>(this, {
    fields: ['until'],
    idPrefix: 'availability',
    value: () => this.until,
    validators: () => [laterThanNow],
    summary: () => this.renderRoot.querySelector<HTMLElement>('#availability-until'),
  });

  protected override willUpdate(): void {
    if (this.session.status !== 'signed-in') return;
    this.roster.loadIfSourceChanged(this.api.client);
    if (!this.chosenByPerson) this.showCurrent();
  }

  /** Starts from what the roster shows now, so that pressing Save never undoes a break set earlier. */
  private showCurrent(): void {
    const own = this.roster.items.find((supporter) => supporter.id === this.session.session?.supporterId);
    const status = own?.availability.status;
    if (!own || !status || !(AVAILABILITY_STATES as readonly string[]).includes(status)) return;
    this.chosen = status;
    this.until = own.availability.until ? localDateTimeInput(new Date(own.availability.until)) : '';
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    if (!(await this.form.submit())) return;
    this.saving = true;
    try {
      const until = this.until ? new Date(this.until).toISOString() : undefined;
      await this.session.client.request('availability', { method: 'PUT', body: { status: this.chosen, ...(until ? { until } : {}) } });
      this.dispatchEvent(new PeerAvailabilityChangeEvent(this.chosen, until));
      const [label] = stateWords(this.chosen);
      this.message = { text: msg(str`Saved: the roster now shows you as “${label}”.`), problem: false };
    } catch (error) {
      // A 403 (signed in, but this account may not) says "your account cannot do this", not "sign in".
      this.message = { text: messageForPerson(error, () => msg('That did not work. Please try again.')), problem: true };
    } finally {
      this.saving = false;
    }
  }

  private choose(status: AvailabilityState): void {
    this.chosenByPerson = true;
    this.chosen = status;
  }

  override render() {
    if (this.session.status !== 'signed-in') return html`<div part="base">${renderSignedOut(this.session)}</div>`;
    if (this.session.session?.role === 'coordinator') {
      return html`<section part="base" class="panel" aria-labelledby="availability-title">
        <h2 id="availability-title">${msg('Availability')}</h2>
        ${renderSupporterBackup(this.config.value)}
        <p part="status" role="status">${msg('Availability is for peer supporters: each one sets their own, and the roster shows it. Your coordinator account has none to set.')}</p>
      </section>`;
    }
    const id = this.form.fieldId('until');
    const error = this.form.visibleError('until');
    const [, hint] = stateWords(this.chosen);
    return html`<form part="base" class="panel" @submit=${this.save}>
      <h2>${msg('My availability')}</h2>
      ${renderSupporterBackup(this.config.value)}
      <fieldset class="segmented">
        <legend>${msg('Right now I am')}</legend>
        <div class="segments">
          ${AVAILABILITY_STATES.map((status) => {
            const [label] = stateWords(status);
            return html`<label class="segment"><input type="radio" name="status" value=${status} .checked=${this.chosen === status} @change=${() => this.choose(status)} /><span>${label}</span></label>`;
          })}
        </div>
      </fieldset>
      <p class="hint" aria-live="polite">${hint}</p>
      <div class="row">
        <label class="field" for=${id}
          >${msg('Until (optional)')}
          <input
            id=${id}
            class="control"
            type="datetime-local"
            .value=${this.until}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${this.form.describedBy('until')}
            @input=${(event: Event) => {
              this.chosenByPerson = true;
              this.until = (event.target as HTMLInputElement).value;
            }}
            @blur=${() => this.form.touch('until')}
        /></label>
        <button type="submit" class="button" ?disabled=${this.saving}>${msg('Save')}</button>
      </div>
      ${error ? html`<p part="error" class="error problem" id=${this.form.errorId('until')}>${error}</p>` : nothing}
      <p part="status" class="status-line ${this.message?.problem ? 'problem' : ''}" role="status">${this.message?.text ?? ''}</p>
    </form>`;
  }
}
