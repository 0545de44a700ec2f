import { defineElement } from '../core/define-element.js';
import { PeerFollowUps } from './follow-ups.js';

defineElement('peer-follow-ups', PeerFollowUps);

declare global {
  interface HTMLElementTagNameMap {
    'peer-follow-ups': PeerFollowUps;
  }
}
