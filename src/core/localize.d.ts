export declare const SOURCE_LOCALE = "en";
/** The closest supported locale: `es-MX` → `es` when only `es` exists; otherwise English. */
export declare function supportedLocale(requested: string | undefined): string;
/**
 * Switches the widgets' words to `requested` (or the closest supported locale). Elements decorated
 * with `@localized()` re-render when the new words are loaded.
 */
export declare function applyLocale(requested: string | undefined): Promise<string>;
