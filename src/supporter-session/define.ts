import { defineElement } from '../core/define-element.js';
import { PeerSupporterSession } from './supporter-session.js';

defineElement('peer-supporter-session', PeerSupporterSession);

declare global {
  interface HTMLElementTagNameMap {
    'peer-supporter-session': PeerSupporterSession;
  }
}
