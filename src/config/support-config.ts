import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { mergeConfig, peerConfigContext } from '../core/config.js';
import type { CrisisLine, HeaderProvider, PeerConfigInput, SupporterBackup } from '../core/config.js';
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
export class PeerSupportConfig extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Base URL of the API, e.g. `https://hr.example.org/peer-support/`. */
  @property() endpoint?: string;

  /** `fetch` credentials mode: `same-origin`, `include` (portal on another origin, cookies sent) or `omit`. */
  @property() credentials?: RequestCredentials;

  /** Locale for words and dates, e.g. `es` or `en-CA`. */
  @property() locale?: string;

  /** Name of the `<meta>` tag that holds the CSRF token. */
  @property({ attribute: 'csrf-meta' }) csrfMeta?: string;

  /** Header that carries the CSRF token on writes. */
  @property({ attribute: 'csrf-header' }) csrfHeader?: string;

  /** Milliseconds before a request counts as timed out. */
  @property({ type: Number }) timeout?: number;

  /** Crisis line name, e.g. "Talk Suicide Canada". Setting any `crisis-*` attribute replaces the default 988 line. */
  @property({ attribute: 'crisis-name' }) crisisName?: string;

  /** Number to call for the crisis line. */
  @property({ attribute: 'crisis-call' }) crisisCall?: string;

  /** Number to text for the crisis line (leave out if it takes no texts). */
  @property({ attribute: 'crisis-text' }) crisisText?: string;

  /** Web page of the crisis line. */
  @property({ attribute: 'crisis-url' }) crisisUrl?: string;

  /** The program's on-call consultant, as supporters know them (shown in every supporter-side widget). Setting any `backup-*` attribute replaces the default advice (call your coordinator). */
  @property({ attribute: 'backup-name' }) backupName?: string;

  /** Number to call for the on-call consultant. */
  @property({ attribute: 'backup-call' }) backupCall?: string;

  /** Number to text for the on-call consultant. */
  @property({ attribute: 'backup-text' }) backupText?: string;

  /** The program's disclosure steps: what a supporter does when someone may harm themselves or others, or tells of abuse. */
  @property({ attribute: 'protocol-url' }) protocolUrl?: string;

  /** `hsds` when `GET resources` is an Open Referral HSDS 3.x `/services` endpoint (mapped in the browser). */
  @property({ attribute: 'resources-format' }) resourcesFormat?: 'contract' | 'hsds';

  /**
   * A short name for the sign-in these settings send, e.g. `north` (never a token). Writes waiting on
   * this device remember it and are sent only with these settings. Give each wrapper its own when two
   * send different headers to one endpoint.
   */
  @property() scope?: string;

  /**
   * `once`: widgets inside leave out their own crisis notice while a `<peer-crisis-line>`, or a widget
   * earlier on the page, shows the same line and can be seen. `every` (default): each widget shows it.
   */
  @property() crisis?: 'every' | 'once';

  /** Per-resource path overrides, e.g. `{ supporters: 'hr/peer-team' }`. Property only. */
  @property({ attribute: false }) paths?: Partial<Record<PeerResourceName, string>>;

  /** Extra headers, or a function returning them per request (an SSO bearer token). Property only. */
  @property({ attribute: false }) headers?: HeaderProvider;

  private inherited?: PeerConfigInput;
  private readonly provider = new ContextProvider(this, { context: peerConfigContext, initialValue: {} });

  constructor() {
    super();
    // An outer <peer-support-config> supplies defaults for this one.
    new ContextConsumer(this, {
      context: peerConfigContext,
      subscribe: true,
      callback: (value) => {
        this.inherited = value;
        this.requestUpdate();
      },
    });
  }

  /** The settings this element gives the widgets inside it (its own merged over any outer config). */
  get value(): PeerConfigInput {
    return mergeConfig(this.inherited, this.ownSettings());
  }

  private ownSettings(): PeerConfigInput {
    const setsCrisisLine = [this.crisisName, this.crisisCall, this.crisisText, this.crisisUrl].some((value) => value !== undefined);
    const crisisLine: CrisisLine | undefined = setsCrisisLine
      ? { name: this.crisisName ?? this.crisisCall ?? '', call: this.crisisCall, text: this.crisisText, url: this.crisisUrl }
      : undefined;
    const setsBackup = [this.backupName, this.backupCall, this.backupText, this.protocolUrl].some((value) => value !== undefined);
    const supporterBackup: SupporterBackup | undefined = setsBackup
      ? { name: this.backupName ?? this.backupCall ?? '', call: this.backupCall, text: this.backupText, protocolUrl: this.protocolUrl }
      : undefined;
    return {
      endpoint: this.endpoint || undefined,
      credentials: this.credentials,
      locale: this.locale,
      csrfMeta: this.csrfMeta,
      csrfHeader: this.csrfHeader,
      timeoutMs: this.timeout,
      resourcesFormat: this.resourcesFormat,
      paths: this.paths,
      headers: this.headers,
      crisisLine,
      supporterBackup,
      scope: this.scope,
      crisisNotice: this.crisis === 'once' || this.crisis === 'every' ? this.crisis : undefined,
    };
  }

  override connectedCallback(): void {
    // Give widgets inside the right settings before their first render, so none of them fetches
    // from the default endpoint first.
    this.provider.setValue(this.value);
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    this.provider.setValue(this.value);
  }

  override render() {
    return html`<slot></slot>`;
  }
}
