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

/**
 * Words people search for when they look for this kind of help ("money" for financial help), in
 * the person's language: the directory searches them with the kind's label.
 */
export function resourceCategoryKeywords(category: ResourceCategory): string {
  switch (category) {
    case 'crisis-line':
      return msg('crisis, emergency, suicide, hotline, urgent');
    case 'eap':
      return msg('employee assistance, EAP, counselling, work');
    case 'counseling':
      return msg('counselling, therapy, therapist, mental health, talk');
    case 'chaplain':
      return msg('faith, spiritual, religion, pastoral');
    case 'support-group':
      return msg('group, peers, meeting, circle');
    case 'financial':
      return msg('money, debt, budget, finances, bills');
    case 'legal':
      return msg('lawyer, legal advice, rights');
    case 'medical':
      return msg('doctor, health, clinic');
    case 'other':
      return msg('other');
  }
}

/**
 * The plural form of the locale for `count` ("1 thing", "4 things"): `forms.one` when the locale's
 * rules say "one", else `forms.other`. Each form is a whole sentence, so that translators see both.
 */
export function plural(count: number, locale: string, forms: { one: () => string; other: () => string }): string {
  return new Intl.PluralRules(locale).select(count) === 'one' ? forms.one() : forms.other();
}

/** "1 minute", "30 minutes", "1 hour", "24 hours", in the locale's words (`Intl.NumberFormat` units). */
export function duration(count: number, unit: 'minute' | 'hour' | 'day', locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(count);
}
