import { PeerRequestForm } from './request-form.js';
declare global {
    interface HTMLElementTagNameMap {
        'peer-request-form': PeerRequestForm;
    }
}
