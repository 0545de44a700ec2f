import { defineElement } from '../core/define-element.js';
import { PeerProgramStats } from './program-stats.js';

defineElement('peer-program-stats', PeerProgramStats);

declare global {
  interface HTMLElementTagNameMap {
    'peer-program-stats': PeerProgramStats;
  }
}
