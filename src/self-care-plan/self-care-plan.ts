import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { SupporterSchema } from '../core/contract.js';
import type { Supporter } from '../core/contract.js';
import type { CrisisLine } from '../core/config.js';
import { conformList } from '../core/conform.js';
import { callWords, crisisNoticeStyles, renderCrisisNotice, textWords } from '../core/crisis-notice.js';
import { PeerPlanSaveEvent, PeerQuickExitEvent } from '../core/events.js';
import { dateTime } from '../core/format.js';
import { PeerElement } from '../core/peer-element.js';
import { safeUrl } from '../core/safe-url.js';
import { baseStyles, controlStyles } from '../core/styles.js';
import { FormState } from '../core/form-state.js';
import { WrongPassphraseError } from './plan-crypto.js';
import { CARE_ROLES, MAX_IMPORT_BYTES, MAX_LIST_ENTRIES, SHORT_TEXT, isEmpty, readPlan } from './plan-model.js';
import type { PlanPerson, PlanTextField, SelfCarePlan } from './plan-model.js';
import { careRoleLabel, planAsText, planSections } from './plan-sections.js';
import type { PlanField, PlanSection } from './plan-sections.js';
import { PlanController } from './plan-controller.js';
import { selfCarePlanStyles } from './self-care-plan.styles.js';

/** `passphrase-first` is the passphrase form opened from the offer shown before anything is written. */
type Panel = 'none' | 'passphrase' | 'passphrase-first' | 'delete' | 'text';
/** Where a plan that would take the place of the current one comes from; it decides the words of the question. */
type ReplacementSource = 'file' | 'example' | 'unsaved';

const PASSPHRASE_MIN = 8;
const QUICK_EXIT_WINDOW_MS = 1500;

/**
 * The crisis line in the plan's text copy: its name, then each way to reach it in words of their own
 * ("- Call 988", "- Text 988"; in Spanish with the default line "- Llama al 988 y marca 2", "- Envía
 * AYUDA al 988"), the same messages as the crisis notice, so no English is glued around a number.
 */
function crisisLineAsText(line: CrisisLine): string {
  const ways = [line.call?.trim() ? callWords(line) : '', line.text?.trim() ? textWords(line) : '', safeUrl(line.url) ?? ''];
  return [line.name, ...ways.filter((way) => way).map((way) => `- ${way}`)].join('\n');
}

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
 *
 * @cssprop [--peer-color-warning=#9a5b00] - Border of a warning (offline, waiting to retry).
 * @cssprop [--peer-color-warning-surface=#fff8eb] - Background of a warning.
 */
@localized()
export class PeerSelfCarePlan extends PeerElement {
  static override styles = [baseStyles, controlStyles, crisisNoticeStyles, selfCarePlanStyles];

  /** Keeps separate plans apart on one device (e.g. two widgets on one page). */
  @property({ attribute: 'plan-id' }) planId = 'my-plan';

  /** `shared` keeps the plan in memory only (shared station computers); export is the way to keep it. */
  @property() device: 'personal' | 'shared' = 'personal';

  /** Where quick exit goes. Defaults to the root of this site. */
  @property({ attribute: 'exit-url' }) exitUrl?: string;

  /** Supporters (from the roster's data) to pick from for "peer supporter"; the plan itself requests nothing. */
  @property({ attribute: false }) supporters?: unknown[];

  @state() private step = 0;
  @state() private panel: Panel = 'none';
  /** A sentence about the last thing done (`problem`: it did not work). */
  @state() private notice?: { text: string; problem: boolean };
  @state() private hiddenByExit = false;
  /** A plan waiting to take the place of this one: it never does until the person says so (or there is nothing to lose). */
  @state() private pendingReplacement?: { plan: SelfCarePlan; source: ReplacementSource };

  /** The store, the autosave, revisions and conflicts, and the passphrase's key. */
  private readonly keeper = new PlanController(this, {
    onSaved: (where) => this.dispatchEvent(new PeerPlanSaveEvent(where)),
    onOpened: () => this.decideReplacement(),
  });
  // -Infinity, not 0: a single Escape in the first moments after the page loads is not a double press.
  private lastEscape = Number.NEGATIVE_INFINITY;
  private returnFocusTo?: HTMLElement;
  private readonly idPrefix = `peer-plan-${Math.random().toString(36).slice(2, 8)}`;
  /** The passphrase form: both fields filled in alike, at least 8 characters (the inputs are read as they are). */
  private readonly passphraseForm: FormState<'passphrase' | 'passphrase-again'> = new FormState<'passphrase' | 'passphrase-again'>(this, {
    fields: ['passphrase', 'passphrase-again'],
    idPrefix: this.idPrefix,
    value: (field) => this.renderRoot.querySelector<HTMLInputElement>(`#${this.idPrefix}-${field}`)?.value ?? '',
    validators: (field) =>
      field === 'passphrase'
        ? [{ check: (value) => (value.length < PASSPHRASE_MIN ? msg('Please use at least 8 characters.') : undefined) }]
        : [{ check: (value) => (value !== this.passphraseForm.fieldValue('passphrase') ? msg('The two passphrases are not the same. Please type the same one in both fields.') : undefined) }],
    // No summary in a two-field form: a failed submit takes the focus to the first field in error, described by what to fix.
    summary: () => this.renderRoot.querySelector<HTMLElement>(`[id^="${this.idPrefix}-passphrase"][aria-invalid="true"]`),
  });

  private get plan(): SelfCarePlan {
    return this.keeper.plan;
  }

  /** The notice's words are shown as text; `problem` makes it an alert. */
  private say(text: string | undefined, problem = false): void {
    this.notice = text === undefined ? undefined : { text, problem };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeydown);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('planId') || changed.has('device') || !this.keeper.isOpen) {
      // Another plan id: finish saving the edits where they belong, then show the other plan as stored.
      // The same plan kept elsewhere (`device` changed): keep the edits, and ask before they replace a stored plan.
      const anotherPlan = this.keeper.isOpen && changed.has('planId');
      if (anotherPlan) {
        this.pendingReplacement = undefined;
        this.panel = 'none';
        this.notice = undefined;
      }
      void this.keeper.open(this.planId, this.device === 'shared', anotherPlan);
    }
    // While a passphrase is being chosen nothing is written in the clear; closing the form without one saves as before.
    if (changed.has('panel')) this.keeper.setChoosingPassphrase(this.panel === 'passphrase' || this.panel === 'passphrase-first');
  }

  /** Resolves when every edit so far has been saved (or kept in memory, or held while a passphrase is being chosen). */
  whenSaved(): Promise<void> {
    return this.keeper.whenSaved();
  }

  /** The plan as it stands (a copy). */
  get value(): SelfCarePlan {
    return structuredClone(this.plan);
  }

  private edit(change: Partial<SelfCarePlan>): void {
    this.notice = undefined;
    this.keeper.edit(change);
  }

  private readonly onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const now = performance.now();
    if (now - this.lastEscape < QUICK_EXIT_WINDOW_MS) this.quickExit();
    this.lastEscape = now;
  };

  /** Hides the plan at once and leaves for a neutral page. */
  quickExit(): void {
    this.hiddenByExit = true;
    const url = this.exitUrl || `${location.origin}/`;
    const event = new PeerQuickExitEvent(url);
    this.dispatchEvent(event);
    if (!event.defaultPrevented) location.replace(url);
  }

  override render() {
    if (this.hiddenByExit) return html`<div part="base" class="plan"></div>`;
    const sections = planSections();
    return html`<section part="base" class="plan" aria-labelledby="${this.idPrefix}-title">
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
      <p part="status" class="status ${this.keeper.save.kind}" role="status" aria-live="polite">${this.statusText()}</p>
      ${this.keeper.save.kind === 'conflict' ? this.renderConflict(this.keeper.save.otherLocked) : nothing}
      ${this.notice
        ? html`<p class="notice ${this.notice.problem ? 'problem' : ''}" role=${this.notice.problem ? 'alert' : 'status'}>${this.notice.text}</p>`
        : nothing}
      ${!this.keeper.loaded
        ? nothing
        : this.keeper.lock.kind === 'locked'
          ? this.renderUnlock()
          : html`${this.pendingReplacement ? this.renderReplaceConfirm(this.pendingReplacement) : nothing}${this.renderLockFirst()}${this.renderPlan(sections)}`}
    </section>`;
  }

  /**
   * Before anything is written: the choice to lock the plan from the first word. It stays for this
   * visit (with other words once saved) so that the page does not jump while the person types.
   */
  private renderLockFirst() {
    if (!this.keeper.startedEmpty || this.keeper.protectedByPassphrase || this.device === 'shared') return nothing;
    if (this.panel === 'passphrase-first') return this.renderPassphraseForm();
    const nothingWritten = this.keeper.revision === 0;
    return html`<div class="panel lock-first">
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

  private statusText(): string {
    const save = this.keeper.save;
    switch (save.kind) {
      case 'saving':
        return msg('Saving on this device…');
      case 'saved':
        return save.at ? msg(str`Saved on this device (${dateTime(save.at, this.config.value.locale)}).`) : msg('Saved on this device.');
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

  private renderConflict(otherLocked: boolean) {
    if (otherLocked) {
      return html`<div class="panel warning" role="alert">
        <p>${msg('This plan was locked with a passphrase somewhere else (another tab, window or plan on this page). Your latest changes here are not saved, and they are not written over the locked plan.')}</p>
        <p>${msg('Open the locked plan with its passphrase; then you can choose to keep your changes from this tab instead.')}</p>
        <div class="actions">
          <button type="button" part="button" class="button" @click=${() => this.openLockedVersion()}>${msg('Open the locked plan')}</button>
        </div>
      </div>`;
    }
    return html`<div class="panel warning" role="alert">
      <p>${msg('This plan was changed somewhere else (another tab, window or plan on this page). Which version do you want to keep?')}</p>
      <div class="actions">
        <button type="button" part="button" class="button" @click=${() => this.keeper.load()}>${msg('Load the other version')}</button>
        <button type="button" part="button" class="button secondary" @click=${() => this.keeper.keepMine()}>${msg('Keep mine and save it')}</button>
      </div>
    </div>`;
  }

  /** Carries this tab's unsaved edits over the unlock, in memory only; once the plan is open, the person chooses. */
  private async openLockedVersion(): Promise<void> {
    this.pendingReplacement = { plan: this.plan, source: 'unsaved' };
    this.returnFocusTo = undefined;
    await this.keeper.discardEditsAndReload();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-unlock`)?.focus();
  }

  private renderUnlock() {
    const id = `${this.idPrefix}-unlock`;
    return html`${this.pendingReplacement ? this.renderWaitingWhileLocked(this.pendingReplacement.source) : nothing}
      <form class="panel" @submit=${(event: Event) => this.unlock(event)}>
      <h3>${msg('This plan is protected with a passphrase')}</h3>
      <label part="field" class="field" for=${id}>${msg('Passphrase')}</label>
      <input id=${id} part="input" class="control" type="password" autocomplete="current-password" required />
      <div class="actions">
        <button type="submit" part="button" class="button">${msg('Open my plan')}</button>
        <button type="button" part="button" class="button secondary" @click=${(event: Event) => this.askToDelete(event)}>${msg('I forgot it: delete this plan')}</button>
      </div>
      ${this.panel === 'delete' ? this.renderDeleteConfirm() : nothing}
    </form>`;
  }

  /** A locked plan is never replaced or unlocked for an offered one: it waits, and the person may set it aside. */
  private renderWaitingWhileLocked(source: ReplacementSource) {
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
    return html`<div class="panel warning">
      <p>${words[0]}</p>
      <div class="actions">
        <button type="button" part="button" class="button secondary" @click=${() => this.keepExistingPlan()}>${words[1]}</button>
      </div>
    </div>`;
  }

  private async unlock(event: Event): Promise<void> {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#${this.idPrefix}-unlock`)!;
    if (this.keeper.lock.kind !== 'locked') return;
    try {
      this.notice = undefined;
      await this.keeper.unlock(input.value);
    } catch (error) {
      if (!(error instanceof WrongPassphraseError)) console.error('[peer-support] the plan could not be opened', error);
      this.say(error instanceof WrongPassphraseError ? msg('That passphrase does not open this plan. Check Caps Lock and try again.') : msg('The plan could not be opened.'), true);
    }
  }

  private renderPlan(sections: PlanSection[]) {
    const overview = this.step >= sections.length;
    return html`<nav aria-label=${msg('Steps of the plan')}>
        <ol part="steps" class="steps">
          ${sections.map(
            (section, index) => html`<li>
              <button type="button" part="step" class="step-link" aria-current=${index === this.step ? 'step' : 'false'} @click=${() => this.goTo(index)}>
                <span class="step-number">${index + 1}</span> ${section.title}
              </button>
            </li>`,
          )}
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

  private async goTo(step: number): Promise<void> {
    this.step = step;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.section-title')?.focus();
  }

  private renderSection(section: PlanSection, total: number) {
    return html`<div part="section" class="section">
      <p class="progress">${msg(str`Step ${this.step + 1} of ${total}`)}</p>
      <h3 class="section-title" tabindex="-1">${section.title}</h3>
      <p class="prompt">${section.prompt}</p>
      <p class="example">${section.example}</p>
      ${section.fields.map((field) => this.renderField(field))}
      ${section.key === 'if-bad' ? renderCrisisNotice(this.config.value.crisisLine) : nothing}
      <div class="actions step-actions">
        ${this.step > 0
          ? html`<button type="button" part="button" class="button secondary" @click=${() => this.goTo(this.step - 1)}>${msg('Back')}</button>`
          : nothing}
        <button type="button" part="button" class="button" @click=${() => this.goTo(this.step + 1)}>
          ${this.step + 1 < total ? msg('Next') : msg('See the whole plan')}
        </button>
      </div>
    </div>`;
  }

  private renderField(field: PlanField) {
    if (field.kind === 'people') return this.renderPeople(field.name, field.label, field.roleLabel);
    if (field.kind === 'items') return this.renderItems(field.label);
    const id = `${this.idPrefix}-${field.name}`;
    const value = this.plan[field.name];
    const onInput = (event: Event) => this.edit({ [field.name]: (event.target as HTMLInputElement).value.slice(0, field.limit) } as Partial<SelfCarePlan>);
    return html`<div part="field" class="field-group">
      <label class="field" for=${id}>${field.label}</label>
      ${field.kind === 'long'
        ? html`<textarea id=${id} part="input" class="control" rows="3" maxlength=${field.limit} .value=${value} @input=${onInput}></textarea>`
        : html`<input id=${id} part="input" class="control" type=${field.kind === 'date' ? 'date' : 'text'} maxlength=${field.limit} .value=${value} @input=${onInput} />`}
    </div>`;
  }

  private renderPeople(list: 'aTeam' | 'careTeam', label: string, roleLabel: string) {
    const people = this.plan[list];
    const update = (index: number, change: Partial<PlanPerson>) =>
      this.edit({ [list]: people.map((person, at) => (at === index ? { ...person, ...change } : person)) } as Partial<SelfCarePlan>);
    const remove = async (index: number) => {
      this.edit({ [list]: people.filter((_, at) => at !== index) } as Partial<SelfCarePlan>);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-${list}-add`)?.focus();
    };
    const add = async () => {
      this.edit({ [list]: [...people, { name: '', role: list === 'careTeam' ? 'peer-supporter' : '', contact: '' }] } as Partial<SelfCarePlan>);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-${list}-${people.length}-name`)?.focus();
    };
    return html`<div class="list">
      ${people.map((person, index) => {
        const id = `${this.idPrefix}-${list}-${index}`;
        return html`<fieldset part="field" class="entry">
          <legend>${label} ${index + 1}</legend>
          ${list === 'careTeam'
            ? html`<label class="field" for="${id}-role">${roleLabel}</label>
                <select id="${id}-role" class="control" @change=${(event: Event) => update(index, { role: (event.target as HTMLSelectElement).value })}>
                  ${CARE_ROLES.map((role) => html`<option value=${role} ?selected=${role === person.role}>${careRoleLabel(role)}</option>`)}
                </select>
                ${person.role === 'peer-supporter' ? this.renderSupporterPicker(id, (chosen) => update(index, chosen)) : nothing}`
            : nothing}
          <label class="field" for="${id}-name">${msg('Name')}</label>
          <input id="${id}-name" part="input" class="control" maxlength=${SHORT_TEXT} .value=${person.name} @input=${(event: Event) => update(index, { name: (event.target as HTMLInputElement).value })} />
          ${list === 'aTeam'
            ? html`<label class="field" for="${id}-role">${roleLabel}</label>
                <input id="${id}-role" part="input" class="control" maxlength=${SHORT_TEXT} .value=${person.role} @input=${(event: Event) => update(index, { role: (event.target as HTMLInputElement).value })} />`
            : nothing}
          <label class="field" for="${id}-contact">${msg('How to reach them')}</label>
          <input id="${id}-contact" part="input" class="control" maxlength=${SHORT_TEXT} .value=${person.contact} @input=${(event: Event) => update(index, { contact: (event.target as HTMLInputElement).value })} />
          <button type="button" part="button" class="button secondary" @click=${() => remove(index)}>
            ${msg('Remove')}<span class="visually-hidden"> ${label} ${index + 1}</span>
          </button>
        </fieldset>`;
      })}
      ${people.length < MAX_LIST_ENTRIES
        ? html`<button type="button" id="${this.idPrefix}-${list}-add" part="button" class="button secondary" @click=${add}>${msg(str`Add ${label.toLowerCase()}`)}</button>`
        : html`<p class="hint">${msg(str`That is the most this list holds (${MAX_LIST_ENTRIES}).`)}</p>`}
    </div>`;
  }

  /** Fills a care-team entry from roster data the page passed in; no request of its own. */
  private renderSupporterPicker(id: string, choose: (chosen: Partial<PlanPerson>) => void) {
    const team = this.supporters ? conformList<Supporter>(SupporterSchema, this.supporters).items : [];
    if (!team.length) return nothing;
    return html`<label class="field" for="${id}-pick">${msg('Pick from the peer support team (optional)')}</label>
      <select
        id="${id}-pick"
        class="control"
        @change=${(event: Event) => {
          const supporter = team.find((candidate) => candidate.id === (event.target as HTMLSelectElement).value);
          if (supporter) choose({ name: supporter.displayName, contact: supporter.channels[0]?.value ?? '' });
        }}
      >
        <option value="">${msg('Choose someone')}</option>
        ${team.map((supporter) => html`<option value=${supporter.id}>${supporter.displayName}</option>`)}
      </select>`;
  }

  private renderItems(label: string) {
    const foods = this.plan.foods;
    const add = async () => {
      this.edit({ foods: [...foods, ''] });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-foods-${foods.length}`)?.focus();
    };
    return html`<fieldset part="field" class="entry">
      <legend>${label}</legend>
      ${foods.map(
        (food, index) => html`<div class="item">
          <label class="visually-hidden" for="${this.idPrefix}-foods-${index}">${label} ${index + 1}</label>
          <input id="${this.idPrefix}-foods-${index}" part="input" class="control" maxlength=${SHORT_TEXT} .value=${food} @input=${(event: Event) =>
            this.edit({ foods: foods.map((item, at) => (at === index ? (event.target as HTMLInputElement).value : item)) })} />
          <button type="button" part="button" class="button secondary" @click=${async () => {
            this.edit({ foods: foods.filter((_, at) => at !== index) });
            await this.updateComplete;
            this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-foods-add`)?.focus();
          }}>${msg('Remove')}<span class="visually-hidden"> ${food || label}</span></button>
        </div>`,
      )}
      ${foods.length < MAX_LIST_ENTRIES
        ? html`<button type="button" id="${this.idPrefix}-foods-add" part="button" class="button secondary" @click=${add}>${msg('Add one')}</button>`
        : nothing}
    </fieldset>`;
  }

  private renderOverview(sections: PlanSection[]) {
    const plan = this.plan;
    return html`<div part="overview" class="overview">
      <h3 class="section-title" tabindex="-1">${msg('My whole plan')}</h3>
      ${isEmpty(plan) ? html`<p>${msg('Nothing written yet. Start with any step; every step is optional.')}</p>` : nothing}
      ${sections.map(
        (section, index) => html`<section class="overview-section">
          <h4>${section.title} <button type="button" part="button" class="link-button edit-link" @click=${() => this.goTo(index)}>${msg('Edit')}<span class="visually-hidden"> ${section.title}</span></button></h4>
          ${section.fields.map((field) => this.renderFieldSummary(field))}
          ${section.key === 'if-bad' ? renderCrisisNotice(this.config.value.crisisLine, { compact: true }) : nothing}
        </section>`,
      )}
    </div>`;
  }

  private renderFieldSummary(field: PlanField) {
    const empty = html`<span class="empty">—</span>`;
    if (field.kind === 'people') {
      const people = this.plan[field.name].filter((person) => person.name.trim() || person.contact.trim());
      return html`<p class="summary-label">${field.listLabel}</p>
        ${people.length
          ? html`<ul>${people.map((person) => html`<li>${[person.name, field.name === 'careTeam' ? careRoleLabel(person.role) : person.role, person.contact].filter((part) => part.trim()).join(' — ')}</li>`)}</ul>`
          : empty}`;
    }
    if (field.kind === 'items') {
      const foods = this.plan.foods.filter((food) => food.trim());
      return html`<p class="summary-label">${field.label}</p>${foods.length ? html`<p>${foods.join(', ')}</p>` : empty}`;
    }
    const value = this.plan[field.name as PlanTextField].trim();
    return html`<p class="summary-label">${field.label}</p><p class="summary-value">${value || empty}</p>`;
  }

  private renderTools() {
    const crisis = this.config.value.crisisLine;
    return html`<div part="tools" class="tools">
      <h3>${msg('Keep, share or remove your plan')}</h3>
      <div class="actions">
        <button type="button" part="button" class="button secondary" @click=${() => this.exportPlan()}>${msg('Export (save a file)')}</button>
        <label part="button" class="button secondary file-button">
          ${msg('Import a plan file')}
          <input type="file" accept="application/json,.json" class="visually-hidden" @change=${(event: Event) => this.importFile(event)} />
        </label>
        <button type="button" part="button" class="button secondary" @click=${() => (this.panel = this.panel === 'text' ? 'none' : 'text')}>${msg('Copy as text')}</button>
        <button type="button" part="button" class="button secondary" @click=${() => this.print()}>${msg('Print')}</button>
        ${this.device === 'shared'
          ? nothing
          : html`<button
              type="button"
              part="button"
              class="button secondary"
              aria-expanded=${this.panel === 'passphrase' ? 'true' : 'false'}
              @click=${(event: Event) => {
                this.returnFocusTo = event.currentTarget as HTMLElement;
                this.panel = this.panel === 'passphrase' ? 'none' : 'passphrase';
              }}
            >
              ${this.keeper.protectedByPassphrase ? msg('Passphrase settings') : msg('Protect with a passphrase')}
            </button>`}
        <button type="button" part="button" class="button secondary danger" @click=${(event: Event) => this.askToDelete(event)}>${msg('Delete from this device')}</button>
      </div>
      <p class="hint">${msg('An exported file is not protected by a passphrase. Keep it somewhere private.')}</p>
      ${this.panel === 'text' ? this.renderText(planAsText(this.plan, crisisLineAsText(crisis))) : nothing}
      ${this.panel === 'passphrase' ? this.renderPassphrase() : nothing}
      ${this.panel === 'delete' ? this.renderDeleteConfirm() : nothing}
    </div>`;
  }

  private renderText(text: string) {
    const id = `${this.idPrefix}-text`;
    return html`<div class="panel">
      <label class="field" for=${id}>${msg('Your plan as plain text, ready to paste into an email to your counselor')}</label>
      <textarea id=${id} class="control" rows="10" readonly .value=${text}></textarea>
      <button type="button" part="button" class="button" @click=${() => this.copyText(text)}>${msg('Copy to clipboard')}</button>
    </div>`;
  }

  private async copyText(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.say(msg('Copied. Paste it wherever you like.'), this.notice?.problem);
    } catch {
      this.renderRoot.querySelector<HTMLTextAreaElement>(`#${this.idPrefix}-text`)?.select();
      this.say(msg('Your browser did not allow copying. The text is selected: press Ctrl+C (or ⌘C) to copy it.'), true);
    }
  }

  private renderPassphrase() {
    if (!this.keeper.protectedByPassphrase) return this.renderPassphraseForm();
    return html`<div class="panel">
      <p>${msg('Your plan is protected with a passphrase on this device.')}</p>
      <div class="actions">
        <button type="button" part="button" class="button secondary" @click=${() => this.lockNow()}>${msg('Lock now')}</button>
        <button type="button" part="button" class="button secondary" @click=${() => this.removePassphrase()}>${msg('Remove the passphrase')}</button>
      </div>
      <p class="hint">${msg('Lock now closes the plan until the passphrase is typed again. Removing the passphrase saves the plan on this device without it.')}</p>
    </div>`;
  }

  private renderPassphraseForm() {
    const id = `${this.idPrefix}-passphrase`;
    return html`<form class="panel ${this.panel === 'passphrase-first' ? 'lock-first' : ''}" novalidate @submit=${(event: Event) => this.setPassphrase(event)}>
      ${this.panel === 'passphrase-first' ? html`<p>${msg('Nothing is saved while you choose. Once your passphrase is set, your plan is saved only in locked form.')}</p>` : nothing}
      <p><strong>${msg('Before you set one:')}</strong> ${msg('if you forget the passphrase, nobody can open your plan: not you, not IT, not us. There is no reset. Export a copy first if you want a backup.')}</p>
      <label class="field" for=${id}>${msg('Passphrase (at least 8 characters)')}</label>
      ${this.renderPassphraseInput('passphrase')}
      <label class="field" for="${id}-again">${msg('The same passphrase again')}</label>
      ${this.renderPassphraseInput('passphrase-again')}
      <div class="actions">
        <button type="submit" part="button" class="button">${msg('Protect my plan')}</button>
        <button type="button" part="button" class="button secondary" @click=${() => this.closePassphraseForm()}>${msg('Not now')}</button>
      </div>
    </form>`;
  }

  private renderPassphraseInput(field: 'passphrase' | 'passphrase-again') {
    const form = this.passphraseForm;
    const error = form.visibleError(field);
    return html`<input
        id=${form.fieldId(field)}
        part="input"
        class="control"
        type="password"
        autocomplete="new-password"
        minlength=${PASSPHRASE_MIN}
        required
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${form.describedBy(field)}
        @blur=${() => form.touch(field)}
      />
      ${error ? html`<p part="error" class="error" id=${form.errorId(field)}>${error}</p>` : nothing}`;
  }

  private async openPassphraseForm(panel: 'passphrase' | 'passphrase-first'): Promise<void> {
    this.returnFocusTo = this.focusedElement();
    this.passphraseForm.reset();
    this.panel = panel;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-passphrase`)?.focus();
  }

  private closePassphraseForm(): void {
    const from = this.panel;
    this.panel = 'none';
    void this.restoreFocus(from === 'passphrase-first' ? '.lock-first button' : undefined);
  }

  private async setPassphrase(event: Event): Promise<void> {
    event.preventDefault();
    const form = this.passphraseForm;
    if (!(await form.submit())) {
      // Said where it was said before, too: the first thing to fix.
      this.say(form.allErrors[0]?.[1], true);
      return;
    }
    const from = this.panel;
    // The key is in place before the form closes, so that closing it never lets a save go out in the clear.
    await this.keeper.usePassphrase(form.fieldValue('passphrase'));
    this.panel = 'none';
    // The plain record, if any, is overwritten in place by the locked one (see PlanStore.save).
    await this.keeper.saveNow();
    const text =
      from === 'passphrase-first'
        ? msg('Your plan is locked with your passphrase. What you write is saved only in locked form.')
        : msg('Your plan is now protected with your passphrase.');
    this.say(text);
    await this.restoreFocus();
  }

  /** Saves, then forgets the passphrase's key and the plan from memory until the passphrase is typed again. */
  private async lockNow(): Promise<void> {
    await this.whenSaved();
    if (this.keeper.dirty) {
      this.say(msg('Your latest changes are not saved yet, so the plan stays open. Try again in a moment.'), true);
      return;
    }
    this.panel = 'none';
    this.pendingReplacement = undefined;
    await this.keeper.load();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-unlock`)?.focus();
  }

  private async removePassphrase(): Promise<void> {
    this.keeper.forgetPassphrase();
    this.panel = 'none';
    await this.keeper.saveNow();
    this.say(msg('The passphrase is removed. Your plan is saved on this device without it.'), this.notice?.problem);
  }

  /** The question takes the focus (on its safe answer); Escape or "No, keep it" gives it back to the button that asked. */
  private async askToDelete(event: Event): Promise<void> {
    this.returnFocusTo = event.currentTarget as HTMLElement;
    this.panel = 'delete';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-delete-keep`)?.focus();
  }

  private keepPlan(): void {
    if (this.panel !== 'delete') return;
    this.panel = 'none';
    void this.restoreFocus();
  }

  /** Deleted: the focus goes to the (now empty) plan's first step, under the sentence saying it is gone. */
  private async confirmDelete(): Promise<void> {
    this.returnFocusTo = undefined;
    await this.deletePlan();
    await this.restoreFocus();
  }

  private renderDeleteConfirm() {
    return html`<div
      class="panel warning"
      role="alertdialog"
      aria-labelledby="${this.idPrefix}-delete-title"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') this.keepPlan();
      }}
    >
      <p id="${this.idPrefix}-delete-title"><strong>${msg('Delete your plan from this device?')}</strong> ${msg('This cannot be undone. Export it first if you want to keep a copy.')}</p>
      <p class="hint">${msg('The browser may keep old traces in its own files for a while. Clearing this site’s data in the browser settings removes those too.')}</p>
      <div class="actions">
        <button type="button" part="button" class="button danger" @click=${() => this.confirmDelete()}>${msg('Yes, delete it')}</button>
        <button type="button" id="${this.idPrefix}-delete-keep" part="button" class="button secondary" @click=${() => this.keepPlan()}>${msg('No, keep it')}</button>
      </div>
    </div>`;
  }

  /** Removes the plan from this device: its stored record is overwritten, then deleted, and memory is cleared. */
  async deletePlan(): Promise<void> {
    const removed = await this.keeper.remove();
    this.pendingReplacement = undefined;
    this.panel = 'none';
    this.step = 0;
    this.say(
      removed ? msg('Your plan has been deleted from this device.') : msg('The plan could not be removed from this browser’s storage. Clearing this site’s data in the browser settings removes it.'),
      !removed,
    );
  }

  private exportPlan(): void {
    const blob = new Blob([JSON.stringify(this.plan, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'self-care-plan.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    this.say(msg('Your plan was saved as a file. It is not protected by a passphrase: keep it somewhere private.'), this.notice?.problem);
  }

  /** Checks a plan file; returns the plan or a sentence saying why not. Nothing changes either way. */
  async readPlanFile(file: File): Promise<SelfCarePlan | string> {
    if (file.size > MAX_IMPORT_BYTES) return msg('This file is too big to be a self-care plan. Nothing was changed.');
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
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
  replacePlan(value: unknown, source: 'file' | 'example' = 'file'): string | undefined {
    const result = this.checkPlan(value);
    if (typeof result === 'string') return result;
    this.offerReplacement(result, source);
    return undefined;
  }

  private checkPlan(json: unknown): SelfCarePlan | string {
    const { plan, issues } = readPlan(json);
    if (!plan) return msg('This file is not a self-care plan from this tool, or it comes from a newer version. Nothing was changed.');
    if (issues.length) return msg(str`Part of this plan file cannot be read (${issues[0].path}: ${issues[0].message}). Nothing was changed.`);
    return plan;
  }

  private async importFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await this.readPlanFile(file);
    if (typeof result === 'string') {
      this.say(result, true);
      return;
    }
    if (this.notice) this.notice = { ...this.notice, problem: false };
    this.offerReplacement(result, 'file');
  }

  private offerReplacement(plan: SelfCarePlan, source: ReplacementSource): void {
    this.pendingReplacement = { plan, source };
    this.returnFocusTo = this.focusedElement();
    this.decideReplacement();
  }

  /** Once the stored plan is known and open: straight in when there is nothing to lose, otherwise ask. */
  private decideReplacement(): void {
    if (!this.pendingReplacement || !this.keeper.loaded || this.keeper.lock.kind === 'locked') return;
    if (isEmpty(this.plan)) {
      this.acceptReplacement(false);
      return;
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${this.idPrefix}-replace-keep`)?.focus());
  }

  private renderReplaceConfirm({ source }: { source: ReplacementSource }) {
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
    return html`<div
      class="panel warning replace-confirm"
      role="alertdialog"
      aria-labelledby="${id}-title"
      aria-describedby="${id}-text"
      @keydown=${(event: KeyboardEvent) => {
        if (event.key === 'Escape') this.keepExistingPlan();
      }}
    >
      <h3 id="${id}-title">${words.title}</h3>
      <p id="${id}-text">${words.text}</p>
      <div class="actions">
        <button type="button" id="${id}-keep" part="button" class="button" @click=${() => this.keepExistingPlan()}>${words.keep}</button>
        ${source === 'unsaved'
          ? nothing
          : html`<button type="button" part="button" class="button secondary" @click=${() => this.exportPlan()}>${msg('Export my plan first')}</button>`}
        <button type="button" part="button" class="button secondary danger" @click=${() => this.acceptReplacement()}>${words.replace}</button>
      </div>
    </div>`;
  }

  /** `answered`: the person chose this in the question, so focus goes back to where they were. */
  private acceptReplacement(answered = true): void {
    const offered = this.pendingReplacement;
    if (!offered) return;
    this.pendingReplacement = undefined;
    this.edit(offered.plan);
    this.say(
      {
        file: msg('Plan imported.'),
        example: msg('The example plan is loaded. It is made up: change anything, or delete it.'),
        unsaved: msg('Your changes from this tab are back in the plan.'),
      }[offered.source],
    );
    if (answered) void this.restoreFocus();
    else this.returnFocusTo = undefined;
  }

  private keepExistingPlan(): void {
    const offered = this.pendingReplacement;
    if (!offered) return;
    this.pendingReplacement = undefined;
    this.say(offered.source === 'unsaved' ? msg('Your changes from this tab were let go. The saved plan stays as it is.') : msg('Your plan stays as it is. Nothing was replaced.'));
    void this.restoreFocus();
  }

  private focusedElement(): HTMLElement | undefined {
    return ((this.renderRoot as ShadowRoot).activeElement as HTMLElement | null) ?? undefined;
  }

  /** Back to where the person was, or (if that is gone) to `fallback`, or to the step's heading (the passphrase field when locked). */
  private async restoreFocus(fallback?: string): Promise<void> {
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    await this.updateComplete;
    if (target?.isConnected) {
      target.focus();
      return;
    }
    const firstChoice = fallback ? this.renderRoot.querySelector<HTMLElement>(fallback) : null;
    (firstChoice ?? this.renderRoot.querySelector<HTMLElement>(this.keeper.lock.kind === 'locked' ? `#${this.idPrefix}-unlock` : '.section-title'))?.focus();
  }

  private async print(): Promise<void> {
    this.step = planSections().length;
    await this.updateComplete;
    globalThis.print?.();
  }
}
