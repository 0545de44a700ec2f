var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { SupporterSchema } from '../core/contract.js';
import { conformList } from '../core/conform.js';
import { crisisNoticeStyles, renderCrisisNotice } from '../core/crisis-notice.js';
import { PeerPlanSaveEvent, PeerQuickExitEvent } from '../core/events.js';
import { dateTime } from '../core/format.js';
import { PeerElement } from '../core/peer-element.js';
import { baseStyles, controlStyles } from '../core/styles.js';
import { WrongPassphraseError, decrypt, deriveKey, encrypt } from './plan-crypto.js';
import { CARE_ROLES, MAX_IMPORT_BYTES, MAX_LIST_ENTRIES, SHORT_TEXT, emptyPlan, isEmpty, readPlan } from './plan-model.js';
import { careRoleLabel, planAsText, planSections } from './plan-sections.js';
import { PlanStore } from './plan-store.js';
import { selfCarePlanStyles } from './self-care-plan.styles.js';
const AUTOSAVE_DELAY_MS = 500;
const QUICK_EXIT_WINDOW_MS = 1500;
/**
 * @tag peer-self-care-plan
 * @summary A private self-care plan, built step by step, kept only on this device (or only in memory on a
 * shared computer). It makes no network request at all.
 *
 * @event {PeerPlanSaveEvent} peer-plan-save - The plan was saved; `where` is `device` or `memory` (shared computers).
 * @event {PeerQuickExitEvent} peer-quick-exit - Quick exit was used; `url` is where the page goes. Cancel it to handle the exit yourself.
 *
 * @csspart base - The whole plan.
 * @csspart quick-exit - The quick exit button (Escape twice does the same).
 * @csspart status - "Saved on this device" and other save messages.
 * @csspart steps - The list of steps.
 * @csspart step - Each step in that list.
 * @csspart section - The step being filled in.
 * @csspart field - Each field's wrapper.
 * @csspart input - Each text field and text area.
 * @csspart button - Every button.
 * @csspart tools - Export, import, copy as text, print, passphrase, delete.
 * @csspart overview - The whole plan on one page (also what prints).
 * @csspart crisis - The crisis line in "If things get bad".
 */
let PeerSelfCarePlan = class PeerSelfCarePlan extends PeerElement {
    constructor() {
        super(...arguments);
        /** Keeps separate plans apart on one device (e.g. two widgets on one page). */
        this.planId = 'my-plan';
        /** `shared` keeps the plan in memory only (shared station computers); export is the way to keep it. */
        this.device = 'personal';
        this.plan = emptyPlan();
        this.step = 0;
        this.saveState = 'idle';
        this.loaded = false;
        this.panel = 'none';
        this.noticeIsProblem = false;
        this.hiddenByExit = false;
        this.protectedByPassphrase = false;
        /** In a conflict: the other version is locked with a passphrase this tab does not hold. */
        this.otherVersionLocked = false;
        /** Nothing was stored when the plan opened: offer a passphrase before the first save. */
        this.offerLockFirst = false;
        this.revision = 0;
        this.dirty = false;
        this.saving = Promise.resolve();
        // -Infinity, not 0: a single Escape in the first moments after the page loads is not a double press.
        this.lastEscape = Number.NEGATIVE_INFINITY;
        this.idPrefix = `peer-plan-${Math.random().toString(36).slice(2, 8)}`;
        this.onKeydown = (event) => {
            if (event.key !== 'Escape')
                return;
            const now = performance.now();
            if (now - this.lastEscape < QUICK_EXIT_WINDOW_MS)
                this.quickExit();
            this.lastEscape = now;
        };
    }
    static { this.styles = [baseStyles, controlStyles, crisisNoticeStyles, selfCarePlanStyles]; }
    connectedCallback() {
        super.connectedCallback();
        document.addEventListener('keydown', this.onKeydown);
    }
    disconnectedCallback() {
        super.disconnectedCallback();
        document.removeEventListener('keydown', this.onKeydown);
        this.store?.close();
        this.store = undefined;
    }
    willUpdate(changed) {
        if (changed.has('planId') || changed.has('device') || !this.store)
            this.openStore(Boolean(this.store) && changed.has('planId'));
        if (changed.has('panel')) {
            // While a passphrase is being chosen nothing is written in the clear; closing the form without one saves as before.
            if (this.holdingSaves && this.saveTimer !== undefined) {
                clearTimeout(this.saveTimer);
                this.saveTimer = undefined;
                this.saveState = 'waiting';
            }
            else if (!this.holdingSaves && this.saveState === 'waiting') {
                this.scheduleSave();
            }
        }
    }
    /**
     * Another plan id: finish saving the edits where they belong, then show the other plan as stored.
     * The same plan kept elsewhere (`device` changed): keep the edits, and ask before they replace a stored plan.
     */
    openStore(anotherPlan) {
        const previous = this.store;
        const unsaved = this.saveTimer !== undefined;
        clearTimeout(this.saveTimer);
        this.saveTimer = undefined;
        this.store = new PlanStore(this.planId, this.device === 'shared', (revision) => this.changedElsewhere(revision));
        if (anotherPlan) {
            this.loaded = false;
            this.pendingReplacement = undefined;
            this.panel = 'none';
            this.notice = undefined;
        }
        this.saving = this.saving
            .then(() => (anotherPlan && unsaved && previous ? this.save(false, previous) : undefined))
            .then(() => {
            previous?.close();
            if (anotherPlan)
                this.dirty = false;
            return this.load(!anotherPlan && Boolean(previous));
        });
    }
    get holdingSaves() {
        return (this.panel === 'passphrase' || this.panel === 'passphrase-first') && !this.key && this.device !== 'shared';
    }
    /** Resolves when every edit so far has been saved (or kept in memory, or held while a passphrase is being chosen). */
    async whenSaved() {
        if (this.saveTimer) {
            clearTimeout(this.saveTimer);
            this.saveTimer = undefined;
            this.saving = this.saving.then(() => this.save());
        }
        await this.saving;
    }
    /** The plan as it stands (a copy). */
    get value() {
        return structuredClone(this.plan);
    }
    /**
     * Reads the stored plan. With `keepEdits` (the same plan, now kept elsewhere), unsaved edits stay,
     * and a plan already stored there makes it ask instead of saving over it.
     */
    async load(keepEdits = false) {
        const record = await this.store?.load();
        this.locked = undefined;
        this.revision = record?.revision ?? 0;
        this.savedAt = record?.savedAt;
        this.otherVersionLocked = false;
        this.offerLockFirst = !record && this.device !== 'shared';
        this.loaded = true;
        if (keepEdits && this.dirty) {
            if (record)
                this.showConflict(record);
            else
                this.scheduleSave();
            return;
        }
        if (record?.encrypted && record.sealed) {
            // Locked (here or in another tab): nothing readable stays in memory, not even an old key.
            this.locked = record;
            this.protectedByPassphrase = true;
            this.key = undefined;
            this.plan = emptyPlan();
        }
        else {
            this.plan = readPlan(record?.plan ?? emptyPlan()).plan ?? emptyPlan();
            this.protectedByPassphrase = false;
            this.key = undefined;
        }
        this.saveState = this.device === 'shared' ? 'memory' : record ? 'saved' : 'idle';
        this.dirty = false;
        this.decideReplacement();
    }
    changedElsewhere(revision) {
        if (revision === this.revision)
            return;
        if (!this.dirty) {
            void this.load();
            return;
        }
        this.saveState = 'conflict';
        void this.store?.load().then((record) => {
            if (this.saveState === 'conflict')
                this.showConflict(record);
        });
    }
    /** The plan was saved somewhere else while this tab had unsaved edits: the person chooses. */
    showConflict(other) {
        this.saveState = 'conflict';
        this.otherVersionLocked = this.lockedAgainstThisTab(other);
    }
    /** Locked with a passphrase this tab has not been given (its key was derived with another salt). */
    lockedAgainstThisTab(record) {
        return Boolean(record?.encrypted && record.sealed && record.sealed.salt !== this.key?.salt);
    }
    edit(change) {
        this.plan = { ...this.plan, ...change };
        this.dirty = true;
        this.notice = undefined;
        this.noticeIsProblem = false;
        if (this.saveState === 'conflict')
            return; // the person chooses first
        if (this.holdingSaves) {
            this.saveState = 'waiting';
            return;
        }
        this.scheduleSave();
    }
    scheduleSave() {
        this.saveState = 'saving';
        clearTimeout(this.saveTimer);
        this.saveTimer = setTimeout(() => {
            this.saveTimer = undefined;
            this.saving = this.saving.then(() => this.save());
        }, AUTOSAVE_DELAY_MS);
    }
    /** Saves to `store` (the current one unless edits are being finished for a plan id just left). */
    async save(force = false, store = this.store) {
        if (!store)
            return;
        if (store.memoryOnly) {
            this.dirty = false;
            this.saveState = 'memory';
            this.dispatchEvent(new PeerPlanSaveEvent('memory'));
            return;
        }
        const plan = this.plan;
        const contents = this.key ? { encrypted: true, sealed: await encrypt(plan, this.key) } : { encrypted: false, plan };
        const outcome = await store.save(contents, this.revision);
        if (outcome.outcome === 'conflict') {
            // "Keep mine" may replace a version this tab can read; never one locked with a passphrase it does not hold.
            if (!force || this.lockedAgainstThisTab(outcome.current)) {
                this.showConflict(outcome.current);
                return;
            }
            this.revision = outcome.current.revision;
            return this.save(false, store);
        }
        if (outcome.outcome === 'unavailable') {
            this.saveState = 'unavailable';
            return;
        }
        this.revision = outcome.record.revision;
        this.savedAt = outcome.record.savedAt;
        if (this.plan === plan)
            this.dirty = false;
        this.saveState = 'saved';
        this.dispatchEvent(new PeerPlanSaveEvent('device'));
    }
    /** Hides the plan at once and leaves for a neutral page. */
    quickExit() {
        this.hiddenByExit = true;
        const url = this.exitUrl || `${location.origin}/`;
        const event = new PeerQuickExitEvent(url);
        this.dispatchEvent(event);
        if (!event.defaultPrevented)
            location.replace(url);
    }
    render() {
        if (this.hiddenByExit)
            return html `<div part="base" class="plan"></div>`;
        const sections = planSections();
        return html `<section part="base" class="plan" aria-labelledby="${this.idPrefix}-title">
      <header class="plan-header">
        <h2 id="${this.idPrefix}-title">${msg('My self-care plan')}</h2>
        <button type="button" part="button quick-exit" class="button secondary quick-exit" @click=${() => this.quickExit()}>
          ${msg('Quick exit')}<span class="visually-hidden"> ${msg('(or press Escape twice)')}</span>
        </button>
      </header>
      <p class="privacy">
        ${this.device === 'shared'
            ? msg('This is a shared computer: your plan is kept only until you close this tab. Export it to keep it.')
            : msg('Your plan stays on this device. Nothing is sent anywhere unless you export it.')}
      </p>
      <p part="status" class="status ${this.saveState}" role="status" aria-live="polite">${this.statusText()}</p>
      ${this.saveState === 'conflict' ? this.renderConflict() : nothing}
      ${this.notice
            ? html `<p class="notice ${this.noticeIsProblem ? 'problem' : ''}" role=${this.noticeIsProblem ? 'alert' : 'status'}>${this.notice}</p>`
            : nothing}
      ${!this.loaded
            ? nothing
            : this.locked
                ? this.renderUnlock()
                : html `${this.pendingReplacement ? this.renderReplaceConfirm(this.pendingReplacement) : nothing}${this.renderLockFirst()}${this.renderPlan(sections)}`}
    </section>`;
    }
    /**
     * Before anything is written: the choice to lock the plan from the first word. It stays for this
     * visit (with other words once saved) so that the page does not jump while the person types.
     */
    renderLockFirst() {
        if (!this.offerLockFirst || this.protectedByPassphrase || this.device === 'shared')
            return nothing;
        if (this.panel === 'passphrase-first')
            return this.renderPassphraseForm();
        const nothingWritten = this.revision === 0;
        return html `<div class="panel lock-first">
      <p>
        ${nothingWritten
            ? msg('Your plan saves on this device as you type. To keep it locked from the very first word, choose a passphrase before you start.')
            : msg('Your plan is saved on this device without a passphrase. You can still lock it.')}
      </p>
      <div class="actions">
        <button type="button" part="button" class="button secondary" @click=${() => this.openPassphraseForm('passphrase-first')}>
          ${nothingWritten ? msg('Lock with a passphrase before saving') : msg('Lock it with a passphrase')}
        </button>
      </div>
    </div>`;
    }
    statusText() {
        switch (this.saveState) {
            case 'saving':
                return msg('Saving on this device…');
            case 'saved':
                return this.savedAt ? msg(str `Saved on this device (${dateTime(this.savedAt, this.config.value.locale)}).`) : msg('Saved on this device.');
            case 'memory':
                return msg('Kept in this tab only. Export it before you close the tab if you want to keep it.');
            case 'unavailable':
                return msg('This browser cannot save your plan (private browsing or full storage). Export it to keep it.');
            case 'conflict':
                return msg('Not saved: this plan was changed in another tab or window.');
            case 'waiting':
                return msg('Not saved yet. Once your passphrase is set, your plan is saved locked with it.');
            default:
                return msg('Nothing saved yet. Your plan saves on this device as you type.');
        }
    }
    renderConflict() {
        if (this.otherVersionLocked) {
            return html `<div class="panel warning" role="alert">
        <p>${msg('This plan was locked with a passphrase somewhere else (another tab, window or plan on this page). Your latest changes here are not saved, and they are not written over the locked plan.')}</p>
        <p>${msg('Open the locked plan with its passphrase; then you can choose to keep your changes from this tab instead.')}</p>
        <div class="actions">
          <button type="button" part="button" class="button" @click=${() => this.openLockedVersion()}>${msg('Open the locked plan')}</button>
        </div>
      </div>`;
        }
        return html `<div class="panel warning" role="alert">
      <p>${msg('This plan was changed somewhere else (another tab, window or plan on this page). Which version do you want to keep?')}</p>
      <div class="actions">
        <button type="button" part="button" class="button" @click=${() => this.load()}>${msg('Load the other version')}</button>
        <button type="button" part="button" class="button secondary" @click=${() => this.keepMine()}>${msg('Keep mine and save it')}</button>
      </div>
    </div>`;
    }
    /** Carries this tab's unsaved edits over the unlock, in memory only; once the plan is open, the person chooses. */
    async openLockedVersion() {
        this.pendingReplacement = { plan: this.plan, source: 'unsaved' };
        this.returnFocusTo = undefined;
        clearTimeout(this.saveTimer);
        this.saveTimer = undefined;
        this.dirty = false;
        await this.saving;
        await this.load();
        await this.updateComplete;
        this.renderRoot.querySelector(`#${this.idPrefix}-unlock`)?.focus();
    }
    async keepMine() {
        this.saveState = 'saving';
        this.saving = this.saving.then(() => this.save(true));
        await this.saving;
    }
    renderUnlock() {
        const id = `${this.idPrefix}-unlock`;
        return html `${this.pendingReplacement ? this.renderWaitingWhileLocked(this.pendingReplacement.source) : nothing}
      <form class="panel" @submit=${(event) => this.unlock(event)}>
      <h3>${msg('This plan is protected with a passphrase')}</h3>
      <label part="field" class="field" for=${id}>${msg('Passphrase')}</label>
      <input id=${id} part="input" class="control" type="password" autocomplete="current-password" required />
      <div class="actions">
        <button type="submit" part="button" class="button">${msg('Open my plan')}</button>
        <button type="button" part="button" class="button secondary" @click=${() => (this.panel = 'delete')}>${msg('I forgot it: delete this plan')}</button>
      </div>
      ${this.panel === 'delete' ? this.renderDeleteConfirm() : nothing}
    </form>`;
    }
    /** A locked plan is never replaced or unlocked for an offered one: it waits, and the person may set it aside. */
    renderWaitingWhileLocked(source) {
        const words = {
            file: [
                msg('The plan file was not loaded: the plan on this device is locked with a passphrase, and it stays exactly as it is. Open it first if you want to choose between the two.'),
                msg('Set the file aside'),
            ],
            example: [
                msg('The example plan was not loaded: the plan on this device is locked with a passphrase, and it stays exactly as it is. Open it first if you want to replace it with the example.'),
                msg('Set the example aside'),
            ],
            unsaved: [
                msg('Your changes from this tab are kept in this tab only, not saved. Open the plan with its passphrase to choose between them and the locked plan.'),
                msg('Let my changes from this tab go'),
            ],
        }[source];
        return html `<div class="panel warning">
      <p>${words[0]}</p>
      <div class="actions">
        <button type="button" part="button" class="button secondary" @click=${() => this.keepExistingPlan()}>${words[1]}</button>
      </div>
    </div>`;
    }
    async unlock(event) {
        event.preventDefault();
        const input = this.renderRoot.querySelector(`#${this.idPrefix}-unlock`);
        const sealed = this.locked?.sealed;
        if (!sealed)
            return;
        try {
            const key = await deriveKey(input.value, sealed.salt, sealed.iterations);
            const plan = readPlan(await decrypt(sealed, key)).plan;
            if (!plan)
                throw new WrongPassphraseError();
            this.key = key;
            this.plan = plan;
            this.locked = undefined;
            this.notice = undefined;
            this.noticeIsProblem = false;
            this.decideReplacement();
        }
        catch (error) {
            this.noticeIsProblem = true;
            this.notice =
                error instanceof WrongPassphraseError ? msg('That passphrase does not open this plan. Check Caps Lock and try again.') : msg('The plan could not be opened.');
        }
    }
    renderPlan(sections) {
        const overview = this.step >= sections.length;
        return html `<nav aria-label=${msg('Steps of the plan')}>
        <ol part="steps" class="steps">
          ${sections.map((section, index) => html `<li>
              <button type="button" part="step" class="step-link" aria-current=${index === this.step ? 'step' : 'false'} @click=${() => this.goTo(index)}>
                <span class="step-number">${index + 1}</span> ${section.title}
              </button>
            </li>`)}
          <li>
            <button type="button" part="step" class="step-link" aria-current=${overview ? 'step' : 'false'} @click=${() => this.goTo(sections.length)}>
              ${msg('Whole plan')}
            </button>
          </li>
        </ol>
      </nav>
      ${overview ? this.renderOverview(sections) : this.renderSection(sections[this.step], sections.length)}
      ${this.renderTools()}`;
    }
    async goTo(step) {
        this.step = step;
        await this.updateComplete;
        this.renderRoot.querySelector('.section-title')?.focus();
    }
    renderSection(section, total) {
        return html `<div part="section" class="section">
      <p class="progress">${msg(str `Step ${this.step + 1} of ${total}`)}</p>
      <h3 class="section-title" tabindex="-1">${section.title}</h3>
      <p class="prompt">${section.prompt}</p>
      <p class="example">${section.example}</p>
      ${section.fields.map((field) => this.renderField(field))}
      ${section.key === 'if-bad' ? renderCrisisNotice(this.config.value.crisisLine) : nothing}
      <div class="actions step-actions">
        ${this.step > 0
            ? html `<button type="button" part="button" class="button secondary" @click=${() => this.goTo(this.step - 1)}>${msg('Back')}</button>`
            : nothing}
        <button type="button" part="button" class="button" @click=${() => this.goTo(this.step + 1)}>
          ${this.step + 1 < total ? msg('Next') : msg('See the whole plan')}
        </button>
      </div>
    </div>`;
    }
    renderField(field) {
        if (field.kind === 'people')
            return this.renderPeople(field.name, field.label, field.roleLabel);
        if (field.kind === 'items')
            return this.renderItems(field.label);
        const id = `${this.idPrefix}-${field.name}`;
        const value = this.plan[field.name];
        const onInput = (event) => this.edit({ [field.name]: event.target.value.slice(0, field.limit) });
        return html `<div part="field" class="field-group">
      <label class="field" for=${id}>${field.label}</label>
      ${field.kind === 'long'
            ? html `<textarea id=${id} part="input" class="control" rows="3" maxlength=${field.limit} .value=${value} @input=${onInput}></textarea>`
            : html `<input id=${id} part="input" class="control" type=${field.kind === 'date' ? 'date' : 'text'} maxlength=${field.limit} .value=${value} @input=${onInput} />`}
    </div>`;
    }
    renderPeople(list, label, roleLabel) {
        const people = this.plan[list];
        const update = (index, change) => this.edit({ [list]: people.map((person, at) => (at === index ? { ...person, ...change } : person)) });
        const remove = async (index) => {
            this.edit({ [list]: people.filter((_, at) => at !== index) });
            await this.updateComplete;
            this.renderRoot.querySelector(`#${this.idPrefix}-${list}-add`)?.focus();
        };
        const add = async () => {
            this.edit({ [list]: [...people, { name: '', role: list === 'careTeam' ? 'peer-supporter' : '', contact: '' }] });
            await this.updateComplete;
            this.renderRoot.querySelector(`#${this.idPrefix}-${list}-${people.length}-name`)?.focus();
        };
        return html `<div class="list">
      ${people.map((person, index) => {
            const id = `${this.idPrefix}-${list}-${index}`;
            return html `<fieldset part="field" class="entry">
          <legend>${label} ${index + 1}</legend>
          ${list === 'careTeam'
                ? html `<label class="field" for="${id}-role">${roleLabel}</label>
                <select id="${id}-role" class="control" @change=${(event) => update(index, { role: event.target.value })}>
                  ${CARE_ROLES.map((role) => html `<option value=${role} ?selected=${role === person.role}>${careRoleLabel(role)}</option>`)}
                </select>
                ${person.role === 'peer-supporter' ? this.renderSupporterPicker(id, (chosen) => update(index, chosen)) : nothing}`
                : nothing}
          <label class="field" for="${id}-name">${msg('Name')}</label>
          <input id="${id}-name" part="input" class="control" maxlength=${SHORT_TEXT} .value=${person.name} @input=${(event) => update(index, { name: event.target.value })} />
          ${list === 'aTeam'
                ? html `<label class="field" for="${id}-role">${roleLabel}</label>
                <input id="${id}-role" part="input" class="control" maxlength=${SHORT_TEXT} .value=${person.role} @input=${(event) => update(index, { role: event.target.value })} />`
                : nothing}
          <label class="field" for="${id}-contact">${msg('How to reach them')}</label>
          <input id="${id}-contact" part="input" class="control" maxlength=${SHORT_TEXT} .value=${person.contact} @input=${(event) => update(index, { contact: event.target.value })} />
          <button type="button" part="button" class="button secondary" @click=${() => remove(index)}>
            ${msg('Remove')}<span class="visually-hidden"> ${label} ${index + 1}</span>
          </button>
        </fieldset>`;
        })}
      ${people.length < MAX_LIST_ENTRIES
            ? html `<button type="button" id="${this.idPrefix}-${list}-add" part="button" class="button secondary" @click=${add}>${msg(str `Add ${label.toLowerCase()}`)}</button>`
            : html `<p class="hint">${msg(str `That is the most this list holds (${MAX_LIST_ENTRIES}).`)}</p>`}
    </div>`;
    }
    /** Fills a care-team entry from roster data the page passed in; no request of its own. */
    renderSupporterPicker(id, choose) {
        const team = this.supporters ? conformList(SupporterSchema, this.supporters).items : [];
        if (!team.length)
            return nothing;
        return html `<label class="field" for="${id}-pick">${msg('Pick from the peer support team (optional)')}</label>
      <select
        id="${id}-pick"
        class="control"
        @change=${(event) => {
            const supporter = team.find((candidate) => candidate.id === event.target.value);
            if (supporter)
                choose({ name: supporter.displayName, contact: supporter.channels[0]?.value ?? '' });
        }}
      >
        <option value="">${msg('Choose someone')}</option>
        ${team.map((supporter) => html `<option value=${supporter.id}>${supporter.displayName}</option>`)}
      </select>`;
    }
    renderItems(label) {
        const foods = this.plan.foods;
        const add = async () => {
            this.edit({ foods: [...foods, ''] });
            await this.updateComplete;
            this.renderRoot.querySelector(`#${this.idPrefix}-foods-${foods.length}`)?.focus();
        };
        return html `<fieldset part="field" class="entry">
      <legend>${label}</legend>
      ${foods.map((food, index) => html `<div class="item">
          <label class="visually-hidden" for="${this.idPrefix}-foods-${index}">${label} ${index + 1}</label>
          <input id="${this.idPrefix}-foods-${index}" part="input" class="control" maxlength=${SHORT_TEXT} .value=${food} @input=${(event) => this.edit({ foods: foods.map((item, at) => (at === index ? event.target.value : item)) })} />
          <button type="button" part="button" class="button secondary" @click=${async () => {
            this.edit({ foods: foods.filter((_, at) => at !== index) });
            await this.updateComplete;
            this.renderRoot.querySelector(`#${this.idPrefix}-foods-add`)?.focus();
        }}>${msg('Remove')}<span class="visually-hidden"> ${food || label}</span></button>
        </div>`)}
      ${foods.length < MAX_LIST_ENTRIES
            ? html `<button type="button" id="${this.idPrefix}-foods-add" part="button" class="button secondary" @click=${add}>${msg('Add one')}</button>`
            : nothing}
    </fieldset>`;
    }
    renderOverview(sections) {
        const plan = this.plan;
        return html `<div part="overview" class="overview">
      <h3 class="section-title" tabindex="-1">${msg('My whole plan')}</h3>
      ${isEmpty(plan) ? html `<p>${msg('Nothing written yet. Start with any step; every step is optional.')}</p>` : nothing}
      ${sections.map((section, index) => html `<section class="overview-section">
          <h4>${section.title} <button type="button" part="button" class="link-button edit-link" @click=${() => this.goTo(index)}>${msg('Edit')}<span class="visually-hidden"> ${section.title}</span></button></h4>
          ${section.fields.map((field) => this.renderFieldSummary(field))}
          ${section.key === 'if-bad' ? renderCrisisNotice(this.config.value.crisisLine, { compact: true }) : nothing}
        </section>`)}
    </div>`;
    }
    renderFieldSummary(field) {
        const empty = html `<span class="empty">—</span>`;
        if (field.kind === 'people') {
            const people = this.plan[field.name].filter((person) => person.name.trim() || person.contact.trim());
            return html `<p class="summary-label">${field.listLabel}</p>
        ${people.length
                ? html `<ul>${people.map((person) => html `<li>${[person.name, field.name === 'careTeam' ? careRoleLabel(person.role) : person.role, person.contact].filter((part) => part.trim()).join(' — ')}</li>`)}</ul>`
                : empty}`;
        }
        if (field.kind === 'items') {
            const foods = this.plan.foods.filter((food) => food.trim());
            return html `<p class="summary-label">${field.label}</p>${foods.length ? html `<p>${foods.join(', ')}</p>` : empty}`;
        }
        const value = this.plan[field.name].trim();
        return html `<p class="summary-label">${field.label}</p><p class="summary-value">${value || empty}</p>`;
    }
    renderTools() {
        const crisis = this.config.value.crisisLine;
        return html `<div part="tools" class="tools">
      <h3>${msg('Keep, share or remove your plan')}</h3>
      <div class="actions">
        <button type="button" part="button" class="button secondary" @click=${() => this.exportPlan()}>${msg('Export (save a file)')}</button>
        <label part="button" class="button secondary file-button">
          ${msg('Import a plan file')}
          <input type="file" accept="application/json,.json" class="visually-hidden" @change=${(event) => this.importFile(event)} />
        </label>
        <button type="button" part="button" class="button secondary" @click=${() => (this.panel = this.panel === 'text' ? 'none' : 'text')}>${msg('Copy as text')}</button>
        <button type="button" part="button" class="button secondary" @click=${() => this.print()}>${msg('Print')}</button>
        ${this.device === 'shared'
            ? nothing
            : html `<button
              type="button"
              part="button"
              class="button secondary"
              aria-expanded=${this.panel === 'passphrase' ? 'true' : 'false'}
              @click=${(event) => {
                this.returnFocusTo = event.currentTarget;
                this.panel = this.panel === 'passphrase' ? 'none' : 'passphrase';
            }}
            >
              ${this.protectedByPassphrase ? msg('Passphrase settings') : msg('Protect with a passphrase')}
            </button>`}
        <button type="button" part="button" class="button secondary danger" @click=${() => (this.panel = 'delete')}>${msg('Delete from this device')}</button>
      </div>
      <p class="hint">${msg('An exported file is not protected by a passphrase. Keep it somewhere private.')}</p>
      ${this.panel === 'text' ? this.renderText(planAsText(this.plan, msg(str `${crisis.name}: call ${crisis.call ?? ''} ${crisis.text ? `/ text ${crisis.text}` : ''}`))) : nothing}
      ${this.panel === 'passphrase' ? this.renderPassphrase() : nothing}
      ${this.panel === 'delete' ? this.renderDeleteConfirm() : nothing}
    </div>`;
    }
    renderText(text) {
        const id = `${this.idPrefix}-text`;
        return html `<div class="panel">
      <label class="field" for=${id}>${msg('Your plan as plain text, ready to paste into an email to your counselor')}</label>
      <textarea id=${id} class="control" rows="10" readonly .value=${text}></textarea>
      <button type="button" part="button" class="button" @click=${() => this.copyText(text)}>${msg('Copy to clipboard')}</button>
    </div>`;
    }
    async copyText(text) {
        try {
            await navigator.clipboard.writeText(text);
            this.notice = msg('Copied. Paste it wherever you like.');
        }
        catch {
            this.noticeIsProblem = true;
            this.renderRoot.querySelector(`#${this.idPrefix}-text`)?.select();
            this.notice = msg('Your browser did not allow copying. The text is selected: press Ctrl+C (or ⌘C) to copy it.');
        }
    }
    renderPassphrase() {
        if (!this.protectedByPassphrase)
            return this.renderPassphraseForm();
        return html `<div class="panel">
      <p>${msg('Your plan is protected with a passphrase on this device.')}</p>
      <div class="actions">
        <button type="button" part="button" class="button secondary" @click=${() => this.lockNow()}>${msg('Lock now')}</button>
        <button type="button" part="button" class="button secondary" @click=${() => this.removePassphrase()}>${msg('Remove the passphrase')}</button>
      </div>
      <p class="hint">${msg('Lock now closes the plan until the passphrase is typed again. Removing the passphrase saves the plan on this device without it.')}</p>
    </div>`;
    }
    renderPassphraseForm() {
        const id = `${this.idPrefix}-passphrase`;
        return html `<form class="panel ${this.panel === 'passphrase-first' ? 'lock-first' : ''}" @submit=${(event) => this.setPassphrase(event)}>
      ${this.panel === 'passphrase-first' ? html `<p>${msg('Nothing is saved while you choose. Once your passphrase is set, your plan is saved only in locked form.')}</p>` : nothing}
      <p><strong>${msg('Before you set one:')}</strong> ${msg('if you forget the passphrase, nobody can open your plan: not you, not IT, not us. There is no reset. Export a copy first if you want a backup.')}</p>
      <label class="field" for=${id}>${msg('Passphrase (at least 8 characters)')}</label>
      <input id=${id} part="input" class="control" type="password" autocomplete="new-password" minlength="8" required />
      <label class="field" for="${id}-again">${msg('The same passphrase again')}</label>
      <input id="${id}-again" part="input" class="control" type="password" autocomplete="new-password" minlength="8" required />
      <div class="actions">
        <button type="submit" part="button" class="button">${msg('Protect my plan')}</button>
        <button type="button" part="button" class="button secondary" @click=${() => this.closePassphraseForm()}>${msg('Not now')}</button>
      </div>
    </form>`;
    }
    async openPassphraseForm(panel) {
        this.returnFocusTo = this.focusedElement();
        this.panel = panel;
        await this.updateComplete;
        this.renderRoot.querySelector(`#${this.idPrefix}-passphrase`)?.focus();
    }
    closePassphraseForm() {
        const from = this.panel;
        this.panel = 'none';
        void this.restoreFocus(from === 'passphrase-first' ? '.lock-first button' : undefined);
    }
    async setPassphrase(event) {
        event.preventDefault();
        const first = this.renderRoot.querySelector(`#${this.idPrefix}-passphrase`).value;
        const again = this.renderRoot.querySelector(`#${this.idPrefix}-passphrase-again`).value;
        if (first.length < 8 || first !== again) {
            this.noticeIsProblem = true;
            this.notice = first.length < 8 ? msg('Please use at least 8 characters.') : msg('The two passphrases are not the same.');
            return;
        }
        this.noticeIsProblem = false;
        const from = this.panel;
        this.key = await deriveKey(first);
        this.protectedByPassphrase = true;
        if (this.saveState !== 'conflict')
            this.saveState = 'saving';
        this.panel = 'none';
        // The plain record, if any, is overwritten in place by the locked one (see PlanStore.save).
        this.saving = this.saving.then(() => this.save());
        await this.saving;
        this.notice =
            from === 'passphrase-first'
                ? msg('Your plan is locked with your passphrase. What you write is saved only in locked form.')
                : msg('Your plan is now protected with your passphrase.');
        await this.restoreFocus();
    }
    /** Saves, then forgets the passphrase's key and the plan from memory until the passphrase is typed again. */
    async lockNow() {
        await this.whenSaved();
        if (this.dirty) {
            this.noticeIsProblem = true;
            this.notice = msg('Your latest changes are not saved yet, so the plan stays open. Try again in a moment.');
            return;
        }
        this.panel = 'none';
        this.pendingReplacement = undefined;
        await this.load();
        await this.updateComplete;
        this.renderRoot.querySelector(`#${this.idPrefix}-unlock`)?.focus();
    }
    async removePassphrase() {
        this.key = undefined;
        this.protectedByPassphrase = false;
        this.panel = 'none';
        this.saving = this.saving.then(() => this.save());
        await this.saving;
        this.notice = msg('The passphrase is removed. Your plan is saved on this device without it.');
    }
    renderDeleteConfirm() {
        return html `<div class="panel warning" role="alertdialog" aria-labelledby="${this.idPrefix}-delete-title">
      <p id="${this.idPrefix}-delete-title"><strong>${msg('Delete your plan from this device?')}</strong> ${msg('This cannot be undone. Export it first if you want to keep a copy.')}</p>
      <p class="hint">${msg('The browser may keep old traces in its own files for a while. Clearing this site’s data in the browser settings removes those too.')}</p>
      <div class="actions">
        <button type="button" part="button" class="button danger" @click=${() => this.deletePlan()}>${msg('Yes, delete it')}</button>
        <button type="button" part="button" class="button secondary" @click=${() => (this.panel = 'none')}>${msg('No, keep it')}</button>
      </div>
    </div>`;
    }
    /** Removes the plan from this device: its stored record is overwritten, then deleted, and memory is cleared. */
    async deletePlan() {
        clearTimeout(this.saveTimer);
        this.saveTimer = undefined;
        await this.saving;
        const removed = (await this.store?.remove()) ?? true;
        this.plan = emptyPlan();
        this.key = undefined;
        this.locked = undefined;
        this.pendingReplacement = undefined;
        this.otherVersionLocked = false;
        this.offerLockFirst = this.device !== 'shared';
        this.protectedByPassphrase = false;
        this.revision = 0;
        this.dirty = false;
        this.panel = 'none';
        this.step = 0;
        this.saveState = 'idle';
        this.noticeIsProblem = !removed;
        this.notice = removed ? msg('Your plan has been deleted from this device.') : msg('The plan could not be removed from this browser’s storage. Clearing this site’s data in the browser settings removes it.');
    }
    exportPlan() {
        const blob = new Blob([JSON.stringify(this.plan, null, 2)], { type: 'application/json' });
        const url = URL.createObjectURL(blob);
        const link = document.createElement('a');
        link.href = url;
        link.download = 'self-care-plan.json';
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        this.notice = msg('Your plan was saved as a file. It is not protected by a passphrase: keep it somewhere private.');
    }
    /** Checks a plan file; returns the plan or a sentence saying why not. Nothing changes either way. */
    async readPlanFile(file) {
        if (file.size > MAX_IMPORT_BYTES)
            return msg('This file is too big to be a self-care plan. Nothing was changed.');
        let json;
        try {
            json = JSON.parse(await file.text());
        }
        catch {
            return msg('This file is not a plan we can read (it is not valid JSON). Nothing was changed.');
        }
        return this.checkPlan(json);
    }
    /**
     * Offers `value` (checked like an imported file) to take the place of the plan; `source` (`file` or
     * `example`) words the question. When a plan is already here, the person is asked first and can keep
     * theirs; a plan locked with a passphrase stays as it is until it is opened. Returns why `value`
     * cannot be used, or undefined.
     */
    replacePlan(value, source = 'file') {
        const result = this.checkPlan(value);
        if (typeof result === 'string')
            return result;
        this.offerReplacement(result, source);
        return undefined;
    }
    checkPlan(json) {
        const { plan, issues } = readPlan(json);
        if (!plan)
            return msg('This file is not a self-care plan from this tool, or it comes from a newer version. Nothing was changed.');
        if (issues.length)
            return msg(str `Part of this plan file cannot be read (${issues[0].path}: ${issues[0].message}). Nothing was changed.`);
        return plan;
    }
    async importFile(event) {
        const input = event.target;
        const file = input.files?.[0];
        input.value = '';
        if (!file)
            return;
        const result = await this.readPlanFile(file);
        this.noticeIsProblem = typeof result === 'string';
        if (typeof result === 'string') {
            this.notice = result;
            return;
        }
        this.offerReplacement(result, 'file');
    }
    offerReplacement(plan, source) {
        this.pendingReplacement = { plan, source };
        this.returnFocusTo = this.focusedElement();
        this.decideReplacement();
    }
    /** Once the stored plan is known and open: straight in when there is nothing to lose, otherwise ask. */
    decideReplacement() {
        if (!this.pendingReplacement || !this.loaded || this.locked)
            return;
        if (isEmpty(this.plan)) {
            this.acceptReplacement(false);
            return;
        }
        void this.updateComplete.then(() => this.renderRoot.querySelector(`#${this.idPrefix}-replace-keep`)?.focus());
    }
    renderReplaceConfirm({ source }) {
        const id = `${this.idPrefix}-replace`;
        const words = {
            file: {
                title: msg('Replace your plan with the one in the file?'),
                text: msg('There is already a plan on this device. The plan in the file would take its place, and yours could not be brought back unless you have exported it.'),
                keep: msg('Keep my plan'),
                replace: msg('Replace it with the file'),
            },
            example: {
                title: msg('Replace your plan with the example?'),
                text: msg('There is already a plan on this device. The made-up example would take its place, and yours could not be brought back unless you have exported it.'),
                keep: msg('Keep my plan'),
                replace: msg('Replace it with the example'),
            },
            unsaved: {
                title: msg('Use your changes from this tab?'),
                text: msg('Before the plan was locked somewhere else, you made changes in this tab that were not saved. They can take the place of the plan you just opened, or you can keep that plan as it is.'),
                keep: msg('Keep the saved plan'),
                replace: msg('Use my changes from this tab'),
            },
        }[source];
        return html `<div
      class="panel warning replace-confirm"
      role="alertdialog"
      aria-labelledby="${id}-title"
      aria-describedby="${id}-text"
      @keydown=${(event) => {
            if (event.key === 'Escape')
                this.keepExistingPlan();
        }}
    >
      <h3 id="${id}-title">${words.title}</h3>
      <p id="${id}-text">${words.text}</p>
      <div class="actions">
        <button type="button" id="${id}-keep" part="button" class="button" @click=${() => this.keepExistingPlan()}>${words.keep}</button>
        ${source === 'unsaved'
            ? nothing
            : html `<button type="button" part="button" class="button secondary" @click=${() => this.exportPlan()}>${msg('Export my plan first')}</button>`}
        <button type="button" part="button" class="button secondary danger" @click=${() => this.acceptReplacement()}>${words.replace}</button>
      </div>
    </div>`;
    }
    /** `answered`: the person chose this in the question, so focus goes back to where they were. */
    acceptReplacement(answered = true) {
        const offered = this.pendingReplacement;
        if (!offered)
            return;
        this.pendingReplacement = undefined;
        this.edit(offered.plan);
        this.noticeIsProblem = false;
        this.notice = {
            file: msg('Plan imported.'),
            example: msg('The example plan is loaded. It is made up: change anything, or delete it.'),
            unsaved: msg('Your changes from this tab are back in the plan.'),
        }[offered.source];
        if (answered)
            void this.restoreFocus();
        else
            this.returnFocusTo = undefined;
    }
    keepExistingPlan() {
        const offered = this.pendingReplacement;
        if (!offered)
            return;
        this.pendingReplacement = undefined;
        this.noticeIsProblem = false;
        this.notice = offered.source === 'unsaved' ? msg('Your changes from this tab were let go. The saved plan stays as it is.') : msg('Your plan stays as it is. Nothing was replaced.');
        void this.restoreFocus();
    }
    focusedElement() {
        return this.renderRoot.activeElement ?? undefined;
    }
    /** Back to where the person was, or (if that is gone) to `fallback`, or to the step's heading (the passphrase field when locked). */
    async restoreFocus(fallback) {
        const target = this.returnFocusTo;
        this.returnFocusTo = undefined;
        await this.updateComplete;
        if (target?.isConnected) {
            target.focus();
            return;
        }
        const firstChoice = fallback ? this.renderRoot.querySelector(fallback) : null;
        (firstChoice ?? this.renderRoot.querySelector(this.locked ? `#${this.idPrefix}-unlock` : '.section-title'))?.focus();
    }
    async print() {
        this.step = planSections().length;
        await this.updateComplete;
        globalThis.print?.();
    }
};
__decorate([
    property({ attribute: 'plan-id' })
], PeerSelfCarePlan.prototype, "planId", void 0);
__decorate([
    property()
], PeerSelfCarePlan.prototype, "device", void 0);
__decorate([
    property({ attribute: 'exit-url' })
], PeerSelfCarePlan.prototype, "exitUrl", void 0);
__decorate([
    property({ attribute: false })
], PeerSelfCarePlan.prototype, "supporters", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "plan", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "step", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "saveState", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "savedAt", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "loaded", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "locked", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "panel", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "notice", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "noticeIsProblem", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "hiddenByExit", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "pendingReplacement", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "protectedByPassphrase", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "otherVersionLocked", void 0);
__decorate([
    state()
], PeerSelfCarePlan.prototype, "offerLockFirst", void 0);
PeerSelfCarePlan = __decorate([
    localized()
], PeerSelfCarePlan);
export { PeerSelfCarePlan };
