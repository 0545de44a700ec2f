export interface Validator {
    /** A message for the person when `value` is not acceptable, else undefined. */
    check(value: string): string | undefined;
}
export declare const required: (message?: () => string) => Validator;
export declare const maxLength: (limit: number) => Validator;
/** 7 to 15 digits, with the usual spaces, dashes, dots, brackets and a leading +. */
export declare function isPhoneNumber(value: string): boolean;
/** One address, no spaces or lists. */
export declare function isEmailAddress(value: string): boolean;
export declare const phone: () => Validator;
export declare const email: () => Validator;
export declare const phoneOrEmail: () => Validator;
/** The first message from `validators` for `value`. */
export declare function validate(value: string, validators: Validator[]): string | undefined;
