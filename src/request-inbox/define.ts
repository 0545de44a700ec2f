import { defineElement } from '../core/define-element.js';
import { PeerRequestInbox } from './request-inbox.js';

defineElement('peer-request-inbox', PeerRequestInbox);

declare global {
  interface HTMLElementTagNameMap {
    'peer-request-inbox': PeerRequestInbox;
  }
}
