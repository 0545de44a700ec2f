import { defineElement } from '../core/define-element.js';
import { PeerCrisisLine } from './crisis-line.js';
defineElement('peer-crisis-line', PeerCrisisLine);
