import { PeerCrisisLine } from './crisis-line.js';
declare global {
    interface HTMLElementTagNameMap {
        'peer-crisis-line': PeerCrisisLine;
    }
}
