/** Words for contract values that several widgets show, written once. */
import { msg } from '@lit/localize';
/** "Phone call", "Text message", "Email", "Video call". */
export function channelLabel(kind) {
    switch (kind) {
        case 'phone':
            return msg('Phone call');
        case 'text':
            return msg('Text message');
        case 'email':
            return msg('Email');
        case 'video':
            return msg('Video call');
    }
}
/** "Crisis line", "Employee assistance (EAP)", … */
export function resourceCategoryLabel(category) {
    switch (category) {
        case 'crisis-line':
            return msg('Crisis line');
        case 'eap':
            return msg('Employee assistance (EAP)');
        case 'counseling':
            return msg('Counseling');
        case 'chaplain':
            return msg('Chaplain');
        case 'support-group':
            return msg('Support group');
        case 'financial':
            return msg('Financial help');
        case 'legal':
            return msg('Legal help');
        case 'medical':
            return msg('Medical');
        case 'other':
            return msg('Other help');
    }
}
