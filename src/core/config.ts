import { createContext } from '@lit/context';
import type { PeerResourceName } from './contract.js';

/** A crisis line shown by every widget, one glance away. */
export interface CrisisLine {
  /** Name as people know it, e.g. "988 Suicide & Crisis Lifeline". */
  name: string;
  /** Number to call, e.g. "988". Empty when the line takes no calls. */
  call?: string;
  /** Number to text, e.g. "988". */
  text?: string;
  /** A web page (chat, more numbers). Rendered only through `safeUrl`. */
  url?: string;
}

export type HeaderMap = Record<string, string>;
/** Extra headers, or a function that supplies them per request (e.g. a fresh SSO bearer token). */
export type HeaderProvider = HeaderMap | (() => HeaderMap | Promise<HeaderMap>);

/** Everything a widget needs to know about the page it lives in. */
export interface PeerConfig {
  /** Base URL of the API; contract paths are resolved against it. */
  endpoint: string;
  /** Per-resource path overrides for portals whose URLs differ, e.g. `{ supporters: 'hr/peers' }`. */
  paths: Partial<Record<PeerResourceName, string>>;
  /** `fetch` credentials mode: `same-origin` (default), `include` for a portal on another origin, or `omit`. */
  credentials: RequestCredentials;
  /** Extra request headers or an async provider of them. */
  headers?: HeaderProvider;
  /** Name of the `<meta>` tag holding a CSRF token; its content is sent as `csrfHeader` on writes. */
  csrfMeta: string;
  /** Header that carries the CSRF token. */
  csrfHeader: string;
  /** BCP 47 locale for the widgets' words and dates. */
  locale: string;
  /** Crisis line(s) shown by every widget. */
  crisisLine: CrisisLine;
  /** Milliseconds before a request is abandoned as timed out. */
  timeoutMs: number;
  /**
   * Shape of `GET resources`: `contract` (this library's), or `hsds` for an Open Referral HSDS 3.x
   * `/services` endpoint, mapped in the browser (pair it with `paths: { resources: 'services' }`).
   */
  resourcesFormat: 'contract' | 'hsds';
  /**
   * A short, non-secret name for the sign-in these settings send (e.g. `north`; never a token). It is
   * stored with every write waiting on this device, so that a write is only ever sent with the
   * settings it was made with. Needed when one page sends different headers to one endpoint (two
   * tenants, or an app that switches tenants); without it, writes from an earlier visit go out with
   * whatever settings now have their endpoint and credentials.
   */
  scope?: string;
  /**
   * `every` (default): each widget shows the crisis line where it would otherwise be out of sight.
   * `once`: a widget's own standing notice gives way to a `<peer-crisis-line>`, or to a widget earlier
   * on the page, that shows the same line and can be seen (see `crisis-notice.ts`).
   */
  crisisNotice: 'every' | 'once';
}

/** What a page may set: any subset of the config. */
export type PeerConfigInput = Partial<PeerConfig>;

export const DEFAULT_CRISIS_LINE: CrisisLine = {
  name: '988 Suicide & Crisis Lifeline',
  call: '988',
  text: '988',
  url: 'https://988lifeline.org/',
};

export const DEFAULT_CONFIG: Readonly<PeerConfig> = Object.freeze({
  endpoint: '/api/',
  paths: {},
  credentials: 'same-origin',
  csrfMeta: 'csrf-token',
  csrfHeader: 'X-CSRF-Token',
  locale: 'en',
  crisisLine: DEFAULT_CRISIS_LINE,
  timeoutMs: 15_000,
  resourcesFormat: 'contract',
  crisisNotice: 'every',
});

/**
 * The context key. A string (not a Symbol) so that two copies of this library on one page still
 * find each other's `<peer-support-config>`.
 */
export const peerConfigContext = createContext<PeerConfigInput>('peer-support-config');

/** Event fired on `window` when `configure()` changes the page-wide defaults. */
export const CONFIG_CHANGE_EVENT = 'peer-config-change';

// Kept on globalThis under a registered symbol so that every copy of the library shares one page config.
const GLOBAL_KEY = Symbol.for('peer-support-widgets.config');
type GlobalWithConfig = typeof globalThis & { [GLOBAL_KEY]?: PeerConfigInput };

/**
 * Page-wide configuration for pages without a `<peer-support-config>` wrapper.
 * Later calls merge into earlier ones; every widget on the page picks the change up.
 *
 * @example configure({ endpoint: 'https://hr.example.org/peer/', credentials: 'include' })
 */
export function configure(input: PeerConfigInput): void {
  const store = globalThis as GlobalWithConfig;
  store[GLOBAL_KEY] = mergeConfig(store[GLOBAL_KEY] ?? {}, input);
  globalThis.dispatchEvent?.(new Event(CONFIG_CHANGE_EVENT));
}

/** Forget what `configure()` set (useful in tests and single-page apps that switch tenants). */
export function resetConfiguration(): void {
  delete (globalThis as GlobalWithConfig)[GLOBAL_KEY];
  globalThis.dispatchEvent?.(new Event(CONFIG_CHANGE_EVENT));
}

export function pageConfiguration(): PeerConfigInput {
  return (globalThis as GlobalWithConfig)[GLOBAL_KEY] ?? {};
}

/**
 * Later layers win and `undefined` never overwrites. `paths` merge key by key; a crisis line is
 * replaced whole, so an internal line never inherits 988's text number by accident.
 */
export function mergeConfig(...layers: (PeerConfigInput | undefined)[]): PeerConfigInput {
  const merged: PeerConfigInput = {};
  for (const layer of layers) {
    if (!layer) continue;
    for (const [key, value] of Object.entries(layer) as [keyof PeerConfigInput, unknown][]) {
      if (value === undefined) continue;
      if (key === 'paths') {
        (merged as Record<string, unknown>)[key] = { ...(merged[key] as object), ...(value as object) };
      } else {
        (merged as Record<string, unknown>)[key] = value;
      }
    }
  }
  return merged;
}

/** Defaults, then `configure()`, then the nearest `<peer-support-config>`, then the widget's own attributes. */
export function resolveConfig(...layers: (PeerConfigInput | undefined)[]): PeerConfig {
  return mergeConfig(DEFAULT_CONFIG, ...layers) as PeerConfig;
}
