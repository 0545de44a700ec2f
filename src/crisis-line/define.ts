import { defineElement } from '../core/define-element.js';
import { PeerCrisisLine } from './crisis-line.js';

defineElement('peer-crisis-line', PeerCrisisLine);

declare global {
  interface HTMLElementTagNameMap {
    'peer-crisis-line': PeerCrisisLine;
  }
}
