import { defineElement } from '../core/define-element.js';
import { PeerRoster } from './roster.js';
import { PeerSupporterCard } from './supporter-card.js';
defineElement('peer-roster', PeerRoster);
defineElement('peer-supporter-card', PeerSupporterCard);
