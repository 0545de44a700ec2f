var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { AVAILABILITY_STATES } from '../core/contract.js';
import { isPeerError } from '../core/errors.js';
import { PeerElement } from '../core/peer-element.js';
import { SessionController } from '../core/session-controller.js';
import { renderSignedOut, supporterSideStyles } from '../core/signed-out.js';
import { baseStyles, controlStyles } from '../core/styles.js';
function stateWords(status) {
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
 *
 * @csspart base - The whole widget.
 * @csspart status - What was saved, or why not.
 */
let PeerAvailability = class PeerAvailability extends PeerElement {
    constructor() {
        super(...arguments);
        this.chosen = 'available';
        this.until = '';
        this.saving = false;
        this.session = new SessionController(this, () => this.config.value);
    }
    static { this.styles = [baseStyles, controlStyles, supporterSideStyles]; }
    async save(event) {
        event.preventDefault();
        this.saving = true;
        try {
            const until = this.until ? new Date(this.until).toISOString() : undefined;
            await this.session.client.request('availability', { method: 'PUT', body: { status: this.chosen, ...(until ? { until } : {}) } });
            const [label] = stateWords(this.chosen);
            this.message = { text: msg(str `Saved: the roster now shows you as “${label}”.`), problem: false };
        }
        catch (error) {
            this.message = { text: isPeerError(error) ? error.userMessage : msg('That did not work. Please try again.'), problem: true };
        }
        finally {
            this.saving = false;
        }
    }
    render() {
        if (this.session.status !== 'signed-in')
            return html `<div part="base">${renderSignedOut(this.session)}</div>`;
        const id = `availability-until`;
        return html `<form part="base" class="panel" @submit=${this.save}>
      <h2>${msg('My availability')}</h2>
      <fieldset>
        <legend>${msg('Right now I am')}</legend>
        ${AVAILABILITY_STATES.map((status) => {
            const [label, hint] = stateWords(status);
            return html `<label class="choice"><input type="radio" name="status" .checked=${this.chosen === status} @change=${() => (this.chosen = status)} /><span>${label}</span></label>
            ${this.chosen === status ? html `<p class="hint">${hint}</p>` : nothing}`;
        })}
      </fieldset>
      <label class="field" for=${id}>${msg('Until (optional)')}</label>
      <input id=${id} class="control" type="datetime-local" .value=${this.until} @input=${(event) => (this.until = event.target.value)} />
      <div class="actions"><button type="submit" class="button" ?disabled=${this.saving}>${msg('Save')}</button></div>
      <p part="status" class="status-line ${this.message?.problem ? 'problem' : ''}" role="status">${this.message?.text ?? ''}</p>
    </form>`;
    }
};
__decorate([
    state()
], PeerAvailability.prototype, "chosen", void 0);
__decorate([
    state()
], PeerAvailability.prototype, "until", void 0);
__decorate([
    state()
], PeerAvailability.prototype, "message", void 0);
__decorate([
    state()
], PeerAvailability.prototype, "saving", void 0);
PeerAvailability = __decorate([
    localized()
], PeerAvailability);
export { PeerAvailability };
