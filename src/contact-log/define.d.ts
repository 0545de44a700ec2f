import { PeerContactLog } from './contact-log.js';
declare global {
    interface HTMLElementTagNameMap {
        'peer-contact-log': PeerContactLog;
    }
}
