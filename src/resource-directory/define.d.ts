import { PeerResourceDirectory } from './resource-directory.js';
declare global {
    interface HTMLElementTagNameMap {
        'peer-resource-directory': PeerResourceDirectory;
    }
}
