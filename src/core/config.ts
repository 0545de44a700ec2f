import { createContext } from '@lit/context';
import type { PeerResourceName } from './contract.js';
import { supportedLocale } from './locale-match.js';

/** A crisis line shown by every widget, one glance away. */
export interface CrisisLine {
  /** Name as people know it, e.g. "988 Suicide & Crisis Lifeline". */
  name: string;
  /** Number to call, e.g. "988". Empty when the line takes no calls. */
  call?: string;
  /**
   * A menu choice to make once the call connects, e.g. "2" for Spanish at 988. A phone link cannot
   * press it, so the link's words say it: "Call 988 and press 2".
   */
  press?: string;
  /** Number to text, e.g. "988". */
  text?: string;
  /**
   * The word to text, e.g. "AYUDA" (988 in Spanish) or "HOME". Written into the `sms:` link's body
   * and said in the link's words: "Text AYUDA to 988".
   */
  textBody?: string;
  /** A web page (chat, more numbers). Rendered only through `safeUrl`. */
  url?: string;
}

/**
 * Where a supporter turns when what they heard is too heavy to hold alone: the program's on-call
 * clinical consultant (a clinician who backs the team up), and the program's written steps for a
 * disclosure (someone may harm themselves or others, or tells of abuse). Shown in every
 * supporter-side widget.
 */
export interface SupporterBackup {
  /** Who answers, as supporters know them, e.g. "On-call clinician (Dr. Rivera's team)". */
  name: string;
  /** Number to call. */
  call?: string;
  /** Number to text. */
  text?: string;
  /** The program's disclosure steps (a page on the intranet). Rendered only through `safeUrl`. */
  protocolUrl?: string;
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
  /**
   * The program's on-call consultant and disclosure steps, shown in every supporter-side widget.
   * Unset, those widgets say to call the coordinator, and show the crisis line, which also helps
   * people who support someone else.
   */
  supporterBackup?: SupporterBackup;
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

/**
 * The default 988 line as it answers in Spanish: call and press 2, or text AYUDA (docs/voice.md).
 * Used instead of `DEFAULT_CRISIS_LINE` when the widgets speak Spanish and the program has not set
 * a crisis line of its own; a line a program sets is always shown exactly as set.
 */
export const DEFAULT_CRISIS_LINE_ES: CrisisLine = {
  name: '988 Línea de Prevención del Suicidio y Crisis',
  call: '988',
  press: '2',
  text: '988',
  textBody: 'AYUDA',
  url: 'https://988lifeline.org/',
};

/** The default crisis line for a locale: 988, in the language the widgets speak. */
export function defaultCrisisLine(locale: string | undefined): CrisisLine {
  return supportedLocale(locale) === 'es' ? DEFAULT_CRISIS_LINE_ES : DEFAULT_CRISIS_LINE;
}

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

/**
 * The page's own language, `<html lang>`, when the widgets speak it (`es`, `es-MX`, `en-GB`); else
 * `undefined`, so that a page in a language without a translation gets English words with English
 * dates rather than English words with, say, French dates.
 */
export function pageLanguage(): string | undefined {
  watchPageLanguage();
  const lang = globalThis.document?.documentElement?.lang?.trim();
  if (!lang) return undefined;
  return lang.toLowerCase().split('-')[0] === supportedLocale(lang) ? lang : undefined;
}

let watchingPageLanguage = false;
/**
 * A single-page app (or the demo's switch) that changes `<html lang>` while widgets are on the page:
 * every widget reads its settings again, as after `configure()`, so its words follow the page.
 */
function watchPageLanguage(): void {
  const root = globalThis.document?.documentElement;
  if (watchingPageLanguage || !root || typeof MutationObserver !== 'function') return;
  watchingPageLanguage = true;
  new MutationObserver(() => globalThis.dispatchEvent(new Event(CONFIG_CHANGE_EVENT))).observe(root, { attributes: true, attributeFilter: ['lang'] });
}

/**
 * Defaults, then `configure()`, then the nearest `<peer-support-config>`, then the widget's own
 * attributes. The locale is the first one set there, else the page's `<html lang>`, else English.
 * The default crisis line (988, when no layer sets one) follows the locale.
 */
export function resolveConfig(...layers: (PeerConfigInput | undefined)[]): PeerConfig {
  const merged = mergeConfig(DEFAULT_CONFIG, { locale: pageLanguage() }, ...layers) as PeerConfig;
  if (merged.crisisLine === DEFAULT_CRISIS_LINE) merged.crisisLine = defaultCrisisLine(merged.locale);
  return merged;
}
