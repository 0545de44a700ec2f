/**
 * Small validators in the manner of Lion: each checks one thing and says, in plain words, what to
 * do about it. Fields compose them; the request form and the plan builder share them.
 */
import { msg, str } from '@lit/localize';

export interface Validator {
  /** A message for the person when `value` is not acceptable, else undefined. */
  check(value: string): string | undefined;
}

export const required = (message: () => string = () => msg('Please fill this in.')): Validator => ({
  check: (value) => (value.trim() ? undefined : message()),
});

export const maxLength = (limit: number): Validator => ({
  check: (value) => (value.length > limit ? msg(str`Please keep this to ${limit} characters or fewer (now ${value.length}).`) : undefined),
});

/** 7 to 15 digits, with the usual spaces, dashes, dots, brackets and a leading +. */
export function isPhoneNumber(value: string): boolean {
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, '');
  return /^\+?[\d\s().-]+$/.test(trimmed) && digits.length >= 7 && digits.length <= 15;
}

/** One address, no spaces or lists. */
export function isEmailAddress(value: string): boolean {
  return /^[^\s@,;<>"']+@[^\s@,;<>"']+\.[^\s@,;<>"'.]{2,}$/.test(value.trim());
}

export const phone = (): Validator => ({
  check: (value) => (!value.trim() || isPhoneNumber(value) ? undefined : msg('Please enter a phone number, like 555-010-0199.')),
});

export const email = (): Validator => ({
  check: (value) => (!value.trim() || isEmailAddress(value) ? undefined : msg('Please enter an email address, like name@example.org.')),
});

export const phoneOrEmail = (): Validator => ({
  check: (value) =>
    !value.trim() || isPhoneNumber(value) || isEmailAddress(value) ? undefined : msg('Please enter an email address or a phone number for the video link.'),
});

/** The first message from `validators` for `value`. */
export function validate(value: string, validators: Validator[]): string | undefined {
  for (const validator of validators) {
    const message = validator.check(value);
    if (message) return message;
  }
  return undefined;
}

/** A whole number from `min` to `max` (limits read from the contract's schema). */
export const wholeNumberBetween = (min: number, max: number): Validator => ({
  check: (value) => {
    const number = Number(value);
    return value.trim() && Number.isInteger(number) && number >= min && number <= max ? undefined : msg(str`Please enter a whole number from ${min} to ${max}.`);
  },
});
