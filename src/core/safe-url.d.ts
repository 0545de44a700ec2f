export declare function safeUrl(input: unknown, base?: string): string | undefined;
/** `tel:` link for a phone number as people write it ("(555) 010-0199", "988"). */
export declare function telUrl(phone: unknown): string | undefined;
/** `sms:` link for a number that takes texts. */
export declare function smsUrl(phone: unknown, body?: string): string | undefined;
/** `mailto:` link for something that looks like one email address, nothing more. */
export declare function mailtoUrl(address: unknown): string | undefined;
