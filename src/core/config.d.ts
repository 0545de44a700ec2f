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
}
/** What a page may set: any subset of the config. */
export type PeerConfigInput = Partial<PeerConfig>;
export declare const DEFAULT_CRISIS_LINE: CrisisLine;
export declare const DEFAULT_CONFIG: Readonly<PeerConfig>;
/**
 * The context key. A string (not a Symbol) so that two copies of this library on one page still
 * find each other's `<peer-support-config>`.
 */
export declare const peerConfigContext: {
    __context__: Partial<PeerConfig>;
};
/** Event fired on `window` when `configure()` changes the page-wide defaults. */
export declare const CONFIG_CHANGE_EVENT = "peer-config-change";
/**
 * Page-wide configuration for pages without a `<peer-support-config>` wrapper.
 * Later calls merge into earlier ones; every widget on the page picks the change up.
 *
 * @example configure({ endpoint: 'https://hr.example.org/peer/', credentials: 'include' })
 */
export declare function configure(input: PeerConfigInput): void;
/** Forget what `configure()` set (useful in tests and single-page apps that switch tenants). */
export declare function resetConfiguration(): void;
export declare function pageConfiguration(): PeerConfigInput;
/**
 * Later layers win and `undefined` never overwrites. `paths` merge key by key; a crisis line is
 * replaced whole, so an internal line never inherits 988's text number by accident.
 */
export declare function mergeConfig(...layers: (PeerConfigInput | undefined)[]): PeerConfigInput;
/** Defaults, then `configure()`, then the nearest `<peer-support-config>`, then the widget's own attributes. */
export declare function resolveConfig(...layers: (PeerConfigInput | undefined)[]): PeerConfig;
