import { defineElement } from '../core/define-element.js';
import { PeerSupportConfig } from './support-config.js';

defineElement('peer-support-config', PeerSupportConfig);

declare global {
  interface HTMLElementTagNameMap {
    'peer-support-config': PeerSupportConfig;
  }
}
