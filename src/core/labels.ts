/** Words for contract values that several widgets show, written once. */
import { msg } from '@lit/localize';
import type { ChannelKind } from './contract.js';

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
