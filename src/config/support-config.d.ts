import { LitElement } from 'lit';
import type { HeaderProvider, PeerConfigInput } from '../core/config.js';
import type { PeerResourceName } from '../core/contract.js';
/**
 * @tag peer-support-config
 * @summary Page-wide settings for every widget inside it: where the API lives, how to authenticate,
 * the locale and the crisis line. Renders nothing of its own.
 *
 * Nested `<peer-support-config>` elements inherit from the outer one and override what they set.
 * A widget's own `endpoint` attribute wins over both.
 *
 * @slot - The widgets that use these settings.
 */
export declare class PeerSupportConfig extends LitElement {
    static styles: import("lit").CSSResult;
    /** Base URL of the API, e.g. `https://hr.example.org/peer-support/`. */
    endpoint?: string;
    /** `fetch` credentials mode: `same-origin`, `include` (portal on another origin, cookies sent) or `omit`. */
    credentials?: RequestCredentials;
    /** Locale for words and dates, e.g. `es` or `en-CA`. */
    locale?: string;
    /** Name of the `<meta>` tag that holds the CSRF token. */
    csrfMeta?: string;
    /** Header that carries the CSRF token on writes. */
    csrfHeader?: string;
    /** Milliseconds before a request counts as timed out. */
    timeout?: number;
    /** Crisis line name, e.g. "Talk Suicide Canada". Setting any `crisis-*` attribute replaces the default 988 line. */
    crisisName?: string;
    /** Number to call for the crisis line. */
    crisisCall?: string;
    /** Number to text for the crisis line (leave out if it takes no texts). */
    crisisText?: string;
    /** Web page of the crisis line. */
    crisisUrl?: string;
    /** `hsds` when `GET resources` is an Open Referral HSDS 3.x `/services` endpoint (mapped in the browser). */
    resourcesFormat?: 'contract' | 'hsds';
    /** Per-resource path overrides, e.g. `{ supporters: 'hr/peer-team' }`. Property only. */
    paths?: Partial<Record<PeerResourceName, string>>;
    /** Extra headers, or a function returning them per request (an SSO bearer token). Property only. */
    headers?: HeaderProvider;
    private inherited?;
    private readonly provider;
    constructor();
    /** The settings this element gives the widgets inside it (its own merged over any outer config). */
    get value(): PeerConfigInput;
    private ownSettings;
    connectedCallback(): void;
    protected willUpdate(): void;
    render(): import("lit-html").TemplateResult<1>;
}
