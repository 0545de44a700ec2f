import { defineElement } from '../core/define-element.js';
import { PeerSupportConfig } from './support-config.js';
defineElement('peer-support-config', PeerSupportConfig);
