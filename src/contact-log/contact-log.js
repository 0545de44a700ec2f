var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { CONTACT_KINDS, CONTACT_ORIGINS, CONTACT_TOPICS, REFERRAL_TARGETS } from '../core/contract.js';
import { isoWeek } from '../core/format.js';
import { sharedOutbox } from '../core/outbox.js';
import { PeerElement } from '../core/peer-element.js';
import { SessionController } from '../core/session-controller.js';
import { renderSignedOut, supporterSideStyles } from '../core/signed-out.js';
import { baseStyles, controlStyles } from '../core/styles.js';
import { kindLabel, originLabel, referralLabel, topicLabel } from '../core/contact-words.js';
const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240, 360, 480];
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
 */
let PeerContactLog = class PeerContactLog extends PeerElement {
    constructor() {
        super(...arguments);
        this.entry = { kind: 'one-on-one', origin: 'self-referred', durationMinutes: 30, people: 1, topics: [], referredTo: ['none'] };
        /** Off by default and after every entry: "people reached for the first time" must not be guessed. */
        this.firstContact = false;
        this.lastWeek = false;
        this.session = new SessionController(this, () => this.config.value);
        this.onChange = (event) => {
            const { change } = event;
            if (change.id !== this.status?.id)
                return;
            if (change.state === 'sent')
                this.status = { id: change.id, text: msg('Sent. Thank you; it counts toward the program’s impact, anonymously.'), problem: false };
            else if (change.state === 'retrying')
                this.status = { id: change.id, text: msg('Saved on this device; it will be sent when the connection is back.'), problem: false };
            else if (change.state === 'needs-fix' || change.state === 'needs-sign-in')
                this.status = { id: change.id, text: change.record?.lastError?.message ?? msg('Not sent.'), problem: true };
        };
    }
    static { this.styles = [baseStyles, controlStyles, supporterSideStyles]; }
    connectedCallback() {
        super.connectedCallback();
        this.outbox = sharedOutbox(() => this.session.client);
        this.outbox.addEventListener('change', this.onChange);
    }
    disconnectedCallback() {
        super.disconnectedCallback();
        this.outbox?.removeEventListener('change', this.onChange);
    }
    toggle(list, value, on) {
        let next = on ? [...new Set([...this.entry[list], value])] : this.entry[list].filter((item) => item !== value);
        if (list === 'referredTo')
            next = on && value === 'none' ? ['none'] : next.filter((item) => item !== 'none' || next.length === 1);
        if (list === 'referredTo' && next.length === 0)
            next = ['none'];
        this.entry = { ...this.entry, [list]: next };
    }
    async submit(event) {
        event.preventDefault();
        const week = isoWeek(this.lastWeek ? new Date(Date.now() - 7 * 86_400_000) : new Date());
        const id = crypto.randomUUID();
        const body = { id, week, ...this.entry, people: this.entry.kind === 'group' ? this.entry.people : 1, ...(this.firstContact ? { firstContact: true } : {}) };
        this.firstContact = false;
        this.status = { id, text: msg('Saving on this device…'), problem: false };
        const outbox = (this.outbox ??= sharedOutbox(() => this.session.client));
        const { persisted } = await outbox.enqueue(this.session.client.url('contacts'), body, id);
        if (this.status?.id === id && this.status.text === msg('Saving on this device…')) {
            this.status = { id, text: persisted ? msg('Saved on this device. Sending…') : msg('Sending (this browser cannot keep a copy; keep the page open).'), problem: false };
        }
    }
    render() {
        if (this.session.status !== 'signed-in')
            return html `<div part="base">${renderSignedOut(this.session)}</div>`;
        const entry = this.entry;
        const radios = (name, legend, values, label, current, set) => html `<fieldset>
        <legend>${legend}</legend>
        ${values.map((value) => html `<label class="choice"><input type="radio" name=${name} .checked=${current === value} @change=${() => set(value)} /><span>${label(value)}</span></label>`)}
      </fieldset>`;
        const checks = (list, legend, values, label) => html `<fieldset>
        <legend>${legend}</legend>
        ${values.map((value) => html `<label class="choice"><input type="checkbox" .checked=${entry[list].includes(value)} @change=${(event) => this.toggle(list, value, event.target.checked)} /><span>${label(value)}</span></label>`)}
      </fieldset>`;
        return html `<form part="base" class="panel" @submit=${this.submit}>
      <h2>${msg('Log a support contact')}</h2>
      <p class="hint">${msg('Anonymous: no names, no notes, no dates — only the week. It helps the program show its impact.')}</p>
      ${radios('kind', msg('Kind of contact'), CONTACT_KINDS, kindLabel, entry.kind, (kind) => (this.entry = { ...entry, kind, people: kind === 'group' ? Math.max(2, entry.people) : 1 }))}
      ${entry.kind === 'group'
            ? html `<label class="field" for="people">${msg('How many people')}</label>
            <input id="people" class="control" type="number" min="2" max="50" .value=${String(entry.people)} @input=${(event) => (this.entry = { ...entry, people: Math.min(50, Math.max(2, Number(event.target.value) || 2)) })} />`
            : nothing}
      ${radios('origin', msg('How it started'), CONTACT_ORIGINS, originLabel, entry.origin, (origin) => (this.entry = { ...entry, origin }))}
      <label class="field" for="duration">${msg('About how long')}</label>
      <select id="duration" class="control" @change=${(event) => (this.entry = { ...entry, durationMinutes: Number(event.target.value) })}>
        ${DURATIONS.map((minutes) => html `<option value=${minutes} ?selected=${minutes === entry.durationMinutes}>${minutes < 60 ? msg(str `${minutes} minutes`) : msg(str `${minutes / 60} hours`)}</option>`)}
      </select>
      ${checks('topics', msg('Broad topics (optional)'), CONTACT_TOPICS, topicLabel)}
      ${checks('referredTo', msg('Referred to'), REFERRAL_TARGETS, referralLabel)}
      <label class="choice"
        ><input type="checkbox" .checked=${this.firstContact} @change=${(event) => (this.firstContact = event.target.checked)} /><span
          >${entry.kind === 'group' ? msg('It was the first time I spoke with these people about this') : msg('It was the first time I spoke with this person about this')}</span
        ></label
      >
      <label class="choice"><input type="checkbox" .checked=${this.lastWeek} @change=${(event) => (this.lastWeek = event.target.checked)} /><span>${msg('It was last week')}</span></label>
      <div class="actions"><button type="submit" part="button submit" class="button">${msg('Log it')}</button></div>
      <p part="status" class="status-line ${this.status?.problem ? 'problem' : ''}" role="status">${this.status?.text ?? ''}</p>
    </form>`;
    }
};
__decorate([
    state()
], PeerContactLog.prototype, "entry", void 0);
__decorate([
    state()
], PeerContactLog.prototype, "firstContact", void 0);
__decorate([
    state()
], PeerContactLog.prototype, "lastWeek", void 0);
__decorate([
    state()
], PeerContactLog.prototype, "status", void 0);
PeerContactLog = __decorate([
    localized()
], PeerContactLog);
export { PeerContactLog };
