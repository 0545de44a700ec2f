import { defineElement } from '../core/define-element.js';
import { PeerRequestInbox } from './request-inbox.js';
defineElement('peer-request-inbox', PeerRequestInbox);
