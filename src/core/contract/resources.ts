/** The resource directory (`GET resources`). */
import type { FromSchema } from 'json-schema-to-ts';
import { id, shortText, languageTag } from './fields.js';

export const RESOURCE_CATEGORIES = [
  'crisis-line',
  'eap',
  'counseling',
  'chaplain',
  'support-group',
  'financial',
  'legal',
  'medical',
  'other',
] as const;

export const RESOURCE_COSTS = ['free', 'covered', 'low-cost', 'paid'] as const;

export const RESOURCE_AUDIENCES = ['staff', 'family', 'retirees'] as const;

export const ResourcePhoneSchema = {
  $id: 'ResourcePhone',
  type: 'object',
  additionalProperties: false,
  required: ['number', 'kind'],
  properties: {
    number: shortText(40),
    kind: { type: 'string', enum: ['voice', 'text'] },
    label: shortText(60),
  },
} as const;

export const OpeningHoursSchema = {
  $id: 'OpeningHours',
  type: 'object',
  additionalProperties: false,
  required: ['day', 'opens', 'closes'],
  properties: {
    day: { type: 'integer', minimum: 0, maximum: 6, description: '0 = Sunday.' },
    opens: { type: 'string', pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$' },
    closes: { type: 'string', pattern: '^([01][0-9]|2[0-4]):[0-5][0-9]$' },
  },
} as const;

export const ResourceSchema = {
  $id: 'Resource',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name', 'category', 'phones', 'hours', 'confidential', 'cost', 'languages', 'audiences', 'verifiedOn'],
  properties: {
    id,
    name: shortText(120),
    category: { type: 'string', enum: RESOURCE_CATEGORIES },
    description: shortText(600),
    phones: { type: 'array', maxItems: 8, items: ResourcePhoneSchema },
    url: shortText(2048),
    email: shortText(320),
    hours: {
      type: 'object',
      additionalProperties: false,
      required: ['is24x7'],
      properties: {
        is24x7: { type: 'boolean' },
        timeZone: shortText(64),
        schedule: { type: 'array', maxItems: 28, items: OpeningHoursSchema },
        note: shortText(200),
      },
    },
    confidential: { type: 'boolean' },
    cost: { type: 'string', enum: RESOURCE_COSTS },
    costNote: shortText(200),
    languages: { type: 'array', maxItems: 24, items: languageTag },
    audiences: { type: 'array', maxItems: 3, items: { type: 'string', enum: RESOURCE_AUDIENCES } },
    verifiedOn: { type: 'string', format: 'date', description: 'The day someone last checked the listing.' },
  },
} as const;

export const ResourceListSchema = {
  $id: 'ResourceList',
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    items: { type: 'array', items: ResourceSchema },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

export type Resource = FromSchema<typeof ResourceSchema>;

export type ResourceList = FromSchema<typeof ResourceListSchema>;

export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];
