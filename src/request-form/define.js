import { defineElement } from '../core/define-element.js';
import { PeerRequestForm } from './request-form.js';
defineElement('peer-request-form', PeerRequestForm);
