import { defineElement } from '../core/define-element.js';
import { PeerProgramStats } from './program-stats.js';
defineElement('peer-program-stats', PeerProgramStats);
