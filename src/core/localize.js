/**
 * Every word a person reads goes through `msg()` from `@lit/localize` (runtime mode). English is the
 * source locale. Adding a language is a translation file: `npm run localize:extract` writes
 * `xliff/<locale>.xlf`, a translator fills it, `npm run localize:build` writes
 * `src/core/locales/<locale>.ts`, and its loader is listed in `LOCALE_LOADERS` below.
 */
import { configureLocalization } from '@lit/localize';
export const SOURCE_LOCALE = 'en';
/** Translations that ship with the library, loaded only when a page asks for them. */
const LOCALE_LOADERS = {};
let controls;
/** The closest supported locale: `es-MX` → `es` when only `es` exists; otherwise English. */
export function supportedLocale(requested) {
    if (!requested)
        return SOURCE_LOCALE;
    const lower = requested.toLowerCase();
    const available = [SOURCE_LOCALE, ...Object.keys(LOCALE_LOADERS)];
    return available.find((locale) => locale === lower) ?? available.find((locale) => lower.startsWith(`${locale}-`)) ?? SOURCE_LOCALE;
}
/**
 * Switches the widgets' words to `requested` (or the closest supported locale). Elements decorated
 * with `@localized()` re-render when the new words are loaded.
 */
export async function applyLocale(requested) {
    const locale = supportedLocale(requested);
    if (!controls && locale === SOURCE_LOCALE)
        return locale;
    controls ??= configureLocalization({
        sourceLocale: SOURCE_LOCALE,
        targetLocales: Object.keys(LOCALE_LOADERS),
        loadLocale: (target) => LOCALE_LOADERS[target](),
    });
    await controls.setLocale(locale);
    return locale;
}
