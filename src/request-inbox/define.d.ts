import { PeerRequestInbox } from './request-inbox.js';
declare global {
    interface HTMLElementTagNameMap {
        'peer-request-inbox': PeerRequestInbox;
    }
}
