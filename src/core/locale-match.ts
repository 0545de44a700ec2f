/**
 * Which of the shipped locales a requested one maps to. No dependencies (only the list lit-localize
 * generates), so that `config.ts`, which the tiny loader carries, can ask without pulling in
 * `@lit/localize`.
 */
import { allLocales, sourceLocale } from './locales/locale-codes.js';

export const SOURCE_LOCALE: string = sourceLocale;

/** The closest supported locale: `es-MX` → `es` when only `es` exists; otherwise English. */
export function supportedLocale(requested: string | undefined): string {
  if (!requested) return SOURCE_LOCALE;
  const lower = requested.toLowerCase();
  const available: readonly string[] = allLocales;
  return available.find((locale) => locale === lower) ?? available.find((locale) => lower.startsWith(`${locale}-`)) ?? SOURCE_LOCALE;
}
