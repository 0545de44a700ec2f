/** Words for contract values that several widgets show, written once. */
import { msg, str } from '@lit/localize';
import type { ChannelKind, ResourceCategory } from './contract.js';

/** "Phone call", "Text message", "Email", "Video call". */
export function channelLabel(kind: ChannelKind): string {
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

/** What a link to one channel says: "Call …", "Text …", "Email …", "Video call". */
export function channelActionLabel(channel: { kind: ChannelKind; value: string }): string {
  switch (channel.kind) {
    case 'phone':
      return msg(str`Call ${channel.value}`);
    case 'text':
      return msg(str`Text ${channel.value}`);
    case 'email':
      return msg(str`Email ${channel.value}`);
    case 'video':
      return msg('Video call');
  }
}

/** "Crisis line", "Employee assistance (EAP)", … */
export function resourceCategoryLabel(category: ResourceCategory): string {
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
