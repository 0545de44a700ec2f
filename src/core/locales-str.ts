/**
 * `str` for the generated translation modules (src/core/locales/<locale>.ts): the same
 * `{ strTag, strings, values }` shape as @lit/localize's own `str`, which its runtime reads. The
 * modules import it from here rather than from @lit/localize, so that a language's chunk imports
 * nothing: the all-in-one file then stays one request for English pages and two for others.
 * `npm run localize:build` points the generated imports here (scripts/localize-build.mjs).
 */
export const str = (strings: TemplateStringsArray, ...values: unknown[]) => ({ strTag: true as const, strings, values });
