import { PeerSupportConfig } from './support-config.js';
declare global {
    interface HTMLElementTagNameMap {
        'peer-support-config': PeerSupportConfig;
    }
}
