import { defineElement } from '../core/define-element.js';
import { PeerAvailability } from './availability.js';
defineElement('peer-availability', PeerAvailability);
