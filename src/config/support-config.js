var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ContextConsumer, ContextProvider } from '@lit/context';
import { mergeConfig, peerConfigContext } from '../core/config.js';
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
    static { this.styles = css `
    :host {
      display: contents;
    }
  `; }
    constructor() {
        super();
        this.provider = new ContextProvider(this, { context: peerConfigContext, initialValue: {} });
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
    get value() {
        return mergeConfig(this.inherited, this.ownSettings());
    }
    ownSettings() {
        const setsCrisisLine = [this.crisisName, this.crisisCall, this.crisisText, this.crisisUrl].some((value) => value !== undefined);
        const crisisLine = setsCrisisLine
            ? { name: this.crisisName ?? this.crisisCall ?? '', call: this.crisisCall, text: this.crisisText, url: this.crisisUrl }
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
        };
    }
    connectedCallback() {
        // Give widgets inside the right settings before their first render, so none of them fetches
        // from the default endpoint first.
        this.provider.setValue(this.value);
        super.connectedCallback();
    }
    willUpdate() {
        this.provider.setValue(this.value);
    }
    render() {
        return html `<slot></slot>`;
    }
}
__decorate([
    property()
], PeerSupportConfig.prototype, "endpoint", void 0);
__decorate([
    property()
], PeerSupportConfig.prototype, "credentials", void 0);
__decorate([
    property()
], PeerSupportConfig.prototype, "locale", void 0);
__decorate([
    property({ attribute: 'csrf-meta' })
], PeerSupportConfig.prototype, "csrfMeta", void 0);
__decorate([
    property({ attribute: 'csrf-header' })
], PeerSupportConfig.prototype, "csrfHeader", void 0);
__decorate([
    property({ type: Number })
], PeerSupportConfig.prototype, "timeout", void 0);
__decorate([
    property({ attribute: 'crisis-name' })
], PeerSupportConfig.prototype, "crisisName", void 0);
__decorate([
    property({ attribute: 'crisis-call' })
], PeerSupportConfig.prototype, "crisisCall", void 0);
__decorate([
    property({ attribute: 'crisis-text' })
], PeerSupportConfig.prototype, "crisisText", void 0);
__decorate([
    property({ attribute: 'crisis-url' })
], PeerSupportConfig.prototype, "crisisUrl", void 0);
__decorate([
    property({ attribute: 'resources-format' })
], PeerSupportConfig.prototype, "resourcesFormat", void 0);
__decorate([
    property({ attribute: false })
], PeerSupportConfig.prototype, "paths", void 0);
__decorate([
    property({ attribute: false })
], PeerSupportConfig.prototype, "headers", void 0);
