/** Field shapes the contract's schemas share. Not part of the public contract (the barrel does not re-export them). */

export const id = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } as const;

export const shortText = (maxLength: number) => ({ type: 'string', maxLength }) as const;

/** BCP 47 language tag such as `en`, `es`, `vi`, `asl` (sign languages have tags too). */
export const languageTag = { type: 'string', pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$', maxLength: 35 } as const;
