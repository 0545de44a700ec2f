/**
 * Small validators in the manner of Lion: each checks one thing and says, in plain words, what to
 * do about it. Fields compose them; the request form and the plan builder share them.
 */
import { msg, str } from '@lit/localize';
export const required = (message = () => msg('Please fill this in.')) => ({
    check: (value) => (value.trim() ? undefined : message()),
});
export const maxLength = (limit) => ({
    check: (value) => (value.length > limit ? msg(str `Please keep this to ${limit} characters or fewer (now ${value.length}).`) : undefined),
});
/** 7 to 15 digits, with the usual spaces, dashes, dots, brackets and a leading +. */
export function isPhoneNumber(value) {
    const trimmed = value.trim();
    const digits = trimmed.replace(/\D/g, '');
    return /^\+?[\d\s().-]+$/.test(trimmed) && digits.length >= 7 && digits.length <= 15;
}
/** One address, no spaces or lists. */
export function isEmailAddress(value) {
    return /^[^\s@,;<>"']+@[^\s@,;<>"']+\.[^\s@,;<>"'.]{2,}$/.test(value.trim());
}
export const phone = () => ({
    check: (value) => (!value.trim() || isPhoneNumber(value) ? undefined : msg('Please enter a phone number, like 555-010-0199.')),
});
export const email = () => ({
    check: (value) => (!value.trim() || isEmailAddress(value) ? undefined : msg('Please enter an email address, like name@example.org.')),
});
export const phoneOrEmail = () => ({
    check: (value) => !value.trim() || isPhoneNumber(value) || isEmailAddress(value) ? undefined : msg('Please enter an email address or a phone number for the video link.'),
});
/** The first message from `validators` for `value`. */
export function validate(value, validators) {
    for (const validator of validators) {
        const message = validator.check(value);
        if (message)
            return message;
    }
    return undefined;
}
