import { PeerProgramStats } from './program-stats.js';
declare global {
    interface HTMLElementTagNameMap {
        'peer-program-stats': PeerProgramStats;
    }
}
