/**
 * What a form knows about its own feedback, in one place for every form of the library (the request
 * form, the plan's passphrase form, the contact log, availability).
 *
 * Lion's rule: a field's error shows once the person has left it, or after they tried to send the
 * form, never while they are still typing for the first time. A failed submit shows every error and
 * moves focus to the summary of them, so that a screen reader reads what to fix.
 *
 * An error never moves what is under a pressed pointer: a field left because the person pressed the
 * mouse (or a finger) on something else shows its error once the pointer is released, after the
 * press has become a click on what was under it. Otherwise "Send my request" could slide down
 * between mouse-down and mouse-up, and the click would be lost.
 */
import { nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { validate } from './validators.js';
import type { Validator } from './validators.js';

export interface FormStateOptions<F extends string> {
  /** Every field, in the order their errors are listed in the summary. */
  fields: readonly F[];
  /** The field's current value; a checkbox counts as filled in when true. */
  value: (field: F) => string | boolean | number | undefined;
  /** The validators that apply now (they may depend on other fields). */
  validators: (field: F) => Validator[];
  /** Fields whose error is said at once, before they are left (a choice that cannot work at all). */
  immediate?: readonly F[];
  /** Prefix of the ids of the fields (`${idPrefix}-${field}`) and of their errors (`${idPrefix}-${field}-error`). */
  idPrefix: string;
  /** The error summary, focused after a failed submit. */
  summary?: () => HTMLElement | null | undefined;
}

export class FormState<F extends string> implements ReactiveController {
  private touchedFields = new Set<F>();
  private submittedOnce = false;
  /** A pointer is pressed somewhere on the page: errors of fields left now wait for its release. */
  private pressed = false;
  private waiting = new Set<F>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FormStateOptions<F>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ['pointerdown', 'mousedown']) document.addEventListener(type, this.onPress, true);
    for (const type of ['pointerup', 'mouseup', 'pointercancel', 'dragend', 'keydown']) document.addEventListener(type, this.onRelease, true);
    window.addEventListener('blur', this.onRelease);
  }

  hostDisconnected(): void {
    for (const type of ['pointerdown', 'mousedown']) document.removeEventListener(type, this.onPress, true);
    for (const type of ['pointerup', 'mouseup', 'pointercancel', 'dragend', 'keydown']) document.removeEventListener(type, this.onRelease, true);
    window.removeEventListener('blur', this.onRelease);
    this.pressed = false;
    this.waiting.clear();
  }

  private readonly onPress = () => {
    this.pressed = true;
  };

  /**
   * The pointer is up: the browser has already chosen what the click lands on (the common ancestor of
   * where it went down and up), so the errors that waited may now change the layout.
   */
  private readonly onRelease = () => {
    this.pressed = false;
    if (!this.waiting.size) return;
    for (const field of this.waiting) this.touchedFields.add(field);
    this.waiting.clear();
    this.host.requestUpdate();
  };

  get submitted(): boolean {
    return this.submittedOnce;
  }

  isTouched(field: F): boolean {
    return this.touchedFields.has(field);
  }

  /** The person left `field` (blur), or made a choice that is complete at once (a checkbox). */
  touch(field: F): void {
    if (this.touchedFields.has(field)) return;
    if (this.pressed) {
      this.waiting.add(field);
      return;
    }
    this.touchedFields.add(field);
    this.host.requestUpdate();
  }

  /** The field's value as text (what the validators see). */
  fieldValue(field: F): string {
    const value = this.options.value(field);
    return typeof value === 'boolean' ? (value ? 'yes' : '') : value === undefined ? '' : String(value);
  }

  /** The field's error now, whether or not it is shown yet. */
  errorFor(field: F): string | undefined {
    return validate(this.fieldValue(field), this.options.validators(field));
  }

  /** The error to show: only after the field was left or the form was sent (Lion's rule). */
  visibleError(field: F): string | undefined {
    return this.submittedOnce || this.touchedFields.has(field) || this.options.immediate?.includes(field) ? this.errorFor(field) : undefined;
  }

  /** Every field's error, in field order, shown or not. */
  get allErrors(): [F, string][] {
    return this.options.fields.map((field) => [field, this.errorFor(field)] as [F, string | undefined]).filter((entry): entry is [F, string] => !!entry[1]);
  }

  /** What the error summary lists: nothing until the person tried to send. */
  get summaryErrors(): [F, string][] {
    return this.submittedOnce ? this.allErrors : [];
  }

  get valid(): boolean {
    return this.allErrors.length === 0;
  }

  fieldId(field: F): string {
    return `${this.options.idPrefix}-${field}`;
  }

  errorId(field: F): string {
    return `${this.fieldId(field)}-error`;
  }

  /** `aria-describedby` for a field: `others` (hints, counters), then its error only while the error is shown. */
  describedBy(field: F, others = ''): string {
    return [others, this.visibleError(field) ? this.errorId(field) : ''].filter(Boolean).join(' ') || (nothing as unknown as string);
  }

  /**
   * The person tried to send. Returns true when the form may go; otherwise every error shows and,
   * once rendered, focus moves to the summary.
   */
  async submit(): Promise<boolean> {
    this.submittedOnce = true;
    this.host.requestUpdate();
    if (this.valid) return true;
    await this.host.updateComplete;
    this.options.summary?.()?.focus();
    return false;
  }

  /** A fresh form (after sending, or starting over): nothing touched, nothing shown. */
  reset(): void {
    this.touchedFields = new Set();
    this.waiting.clear();
    this.submittedOnce = false;
    this.host.requestUpdate();
  }
}
