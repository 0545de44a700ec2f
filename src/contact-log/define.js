import { defineElement } from '../core/define-element.js';
import { PeerContactLog } from './contact-log.js';
defineElement('peer-contact-log', PeerContactLog);
