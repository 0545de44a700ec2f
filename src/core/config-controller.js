import { ContextConsumer } from '@lit/context';
import { CONFIG_CHANGE_EVENT, pageConfiguration, peerConfigContext, resolveConfig } from './config.js';
import { PeerHttpClient } from './http-client.js';
import { applyLocale } from './localize.js';
/**
 * Gives a widget its effective configuration: defaults, then `configure()`, then the nearest
 * `<peer-support-config>` above it, then the widget's own attributes. Re-renders the widget when
 * any of those change.
 */
export class PeerConfigController {
    constructor(host, ownSettings = () => ({})) {
        this.host = host;
        this.ownSettings = ownSettings;
        this.onPageConfigChange = () => this.host.requestUpdate();
        host.addController(this);
        new ContextConsumer(host, {
            context: peerConfigContext,
            subscribe: true,
            callback: (value) => {
                this.fromContext = value;
                host.requestUpdate();
            },
        });
    }
    /** The configuration in force right now. */
    get value() {
        return resolveConfig(pageConfiguration(), this.fromContext, this.ownSettings());
    }
    /** An HTTP client for the configuration in force right now. */
    get client() {
        return new PeerHttpClient(this.value);
    }
    hostConnected() {
        globalThis.addEventListener(CONFIG_CHANGE_EVENT, this.onPageConfigChange);
    }
    hostDisconnected() {
        globalThis.removeEventListener(CONFIG_CHANGE_EVENT, this.onPageConfigChange);
    }
    hostUpdate() {
        const { locale } = this.value;
        if (locale !== this.appliedLocale) {
            this.appliedLocale = locale;
            applyLocale(locale).catch((error) => console.warn('[peer-support] could not load locale', locale, error));
        }
    }
}
