import { defineElement } from '../core/define-element.js';
import { PeerResourceDirectory } from './resource-directory.js';
defineElement('peer-resource-directory', PeerResourceDirectory);
