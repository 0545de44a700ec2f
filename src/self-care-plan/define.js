import { defineElement } from '../core/define-element.js';
import { PeerSelfCarePlan } from './self-care-plan.js';
defineElement('peer-self-care-plan', PeerSelfCarePlan);
