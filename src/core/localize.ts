/**
 * Every word a person reads goes through `msg()` from `@lit/localize` (runtime mode). English is the
 * source locale. Adding a language is a translation file: `npm run localize:extract` writes
 * `xliff/<locale>.xlf`, a translator fills it, `npm run localize:build` writes
 * `src/core/locales/<locale>.ts`, and its loader is listed in `LOCALE_LOADERS` below.
 */
import { configureLocalization } from '@lit/localize';
import type { LocaleModule } from '@lit/localize';
import { SOURCE_LOCALE, supportedLocale } from './locale-match.js';
import type { targetLocales } from './locales/locale-codes.js';

export { SOURCE_LOCALE, supportedLocale };

/** Translations that ship with the library, loaded only when a page asks for them (one per `targetLocales`). */
const LOCALE_LOADERS: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  // A dynamic import each: an English page never downloads a translation.
  es: () => import('./locales/es.js'),
};

let controls: ReturnType<typeof configureLocalization> | undefined;

/**
 * Switches the widgets' words to `requested` (or the closest supported locale). Elements decorated
 * with `@localized()` re-render when the new words are loaded.
 */
export async function applyLocale(requested: string | undefined): Promise<string> {
  const locale = supportedLocale(requested);
  if (!controls && locale === SOURCE_LOCALE) return locale;
  controls ??= configureLocalization({
    sourceLocale: SOURCE_LOCALE,
    targetLocales: Object.keys(LOCALE_LOADERS),
    loadLocale: (target) => LOCALE_LOADERS[target as keyof typeof LOCALE_LOADERS](),
  });
  await controls.setLocale(locale);
  return locale;
}
