import { createContext } from '@lit/context';
export const DEFAULT_CRISIS_LINE = {
    name: '988 Suicide & Crisis Lifeline',
    call: '988',
    text: '988',
    url: 'https://988lifeline.org/',
};
export const DEFAULT_CONFIG = Object.freeze({
    endpoint: '/api/',
    paths: {},
    credentials: 'same-origin',
    csrfMeta: 'csrf-token',
    csrfHeader: 'X-CSRF-Token',
    locale: 'en',
    crisisLine: DEFAULT_CRISIS_LINE,
    timeoutMs: 15_000,
    resourcesFormat: 'contract',
});
/**
 * The context key. A string (not a Symbol) so that two copies of this library on one page still
 * find each other's `<peer-support-config>`.
 */
export const peerConfigContext = createContext('peer-support-config');
/** Event fired on `window` when `configure()` changes the page-wide defaults. */
export const CONFIG_CHANGE_EVENT = 'peer-config-change';
// Kept on globalThis under a registered symbol so that every copy of the library shares one page config.
const GLOBAL_KEY = Symbol.for('peer-support-widgets.config');
/**
 * Page-wide configuration for pages without a `<peer-support-config>` wrapper.
 * Later calls merge into earlier ones; every widget on the page picks the change up.
 *
 * @example configure({ endpoint: 'https://hr.example.org/peer/', credentials: 'include' })
 */
export function configure(input) {
    const store = globalThis;
    store[GLOBAL_KEY] = mergeConfig(store[GLOBAL_KEY] ?? {}, input);
    globalThis.dispatchEvent?.(new Event(CONFIG_CHANGE_EVENT));
}
/** Forget what `configure()` set (useful in tests and single-page apps that switch tenants). */
export function resetConfiguration() {
    delete globalThis[GLOBAL_KEY];
    globalThis.dispatchEvent?.(new Event(CONFIG_CHANGE_EVENT));
}
export function pageConfiguration() {
    return globalThis[GLOBAL_KEY] ?? {};
}
/**
 * Later layers win and `undefined` never overwrites. `paths` merge key by key; a crisis line is
 * replaced whole, so an internal line never inherits 988's text number by accident.
 */
export function mergeConfig(...layers) {
    const merged = {};
    for (const layer of layers) {
        if (!layer)
            continue;
        for (const [key, value] of Object.entries(layer)) {
            if (value === undefined)
                continue;
            if (key === 'paths') {
                merged[key] = { ...merged[key], ...value };
            }
            else {
                merged[key] = value;
            }
        }
    }
    return merged;
}
/** Defaults, then `configure()`, then the nearest `<peer-support-config>`, then the widget's own attributes. */
export function resolveConfig(...layers) {
    return mergeConfig(DEFAULT_CONFIG, ...layers);
}
