import { PeerSelfCarePlan } from './self-care-plan.js';
declare global {
    interface HTMLElementTagNameMap {
        'peer-self-care-plan': PeerSelfCarePlan;
    }
}
