import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PeerConfig, PeerConfigInput } from './config.js';
import { PeerHttpClient } from './http-client.js';
/**
 * Gives a widget its effective configuration: defaults, then `configure()`, then the nearest
 * `<peer-support-config>` above it, then the widget's own attributes. Re-renders the widget when
 * any of those change.
 */
export declare class PeerConfigController implements ReactiveController {
    private readonly host;
    private readonly ownSettings;
    private fromContext?;
    private appliedLocale?;
    constructor(host: ReactiveControllerHost & HTMLElement, ownSettings?: () => PeerConfigInput);
    /** The configuration in force right now. */
    get value(): PeerConfig;
    /** An HTTP client for the configuration in force right now. */
    get client(): PeerHttpClient;
    hostConnected(): void;
    hostDisconnected(): void;
    hostUpdate(): void;
    private readonly onPageConfigChange;
}
