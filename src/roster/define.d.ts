import { PeerRoster } from './roster.js';
import { PeerSupporterCard } from './supporter-card.js';
declare global {
    interface HTMLElementTagNameMap {
        'peer-roster': PeerRoster;
        'peer-supporter-card': PeerSupporterCard;
    }
}
