/**
 * What a form knows about its own feedback, in one place for every form of the library (the request
 * form, the plan's passphrase form, the contact log, availability).
 *
 * Lion's rule: a field's error shows once the person has left it, or after they tried to send the
 * form, never while they are still typing for the first time. A failed submit shows every error and
 * moves focus to the summary of them, so that a screen reader reads what to fix.
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

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: FormStateOptions<F>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  get submitted(): boolean {
    return this.submittedOnce;
  }

  isTouched(field: F): boolean {
    return this.touchedFields.has(field);
  }

  /** The person left `field` (blur), or made a choice that is complete at once (a checkbox). */
  touch(field: F): void {
    if (this.touchedFields.has(field)) return;
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
    this.submittedOnce = false;
    this.host.requestUpdate();
  }
}
