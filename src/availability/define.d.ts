import { PeerAvailability } from './availability.js';
declare global {
    interface HTMLElementTagNameMap {
        'peer-availability': PeerAvailability;
    }
}
