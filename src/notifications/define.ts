import { defineElement } from '../core/define-element.js';
import { PeerNotifications } from './notifications.js';

defineElement('peer-notifications', PeerNotifications);

declare global {
  interface HTMLElementTagNameMap {
    'peer-notifications': PeerNotifications;
  }
}
