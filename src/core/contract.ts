/**
 * The HTTP contract between the widgets and a backend (the reference server or an HR portal).
 *
 * Each schema here is plain JSON Schema, written once: the reference server validates requests and
 * serializes responses with it and builds `/api/openapi.json` from it; the widgets take their
 * TypeScript types from it (`FromSchema`, type-only) and use it at run time to make whatever a portal
 * sends safe to render (see `conform.ts`). Plain objects cost the bundle almost nothing.
 */
import type { FromSchema } from 'json-schema-to-ts';

const id = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } as const;
const shortText = (maxLength: number) => ({ type: 'string', maxLength }) as const;
/** BCP 47 language tag such as `en`, `es`, `vi`, `asl` (sign languages have tags too). */
const languageTag = { type: 'string', pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$', maxLength: 35 } as const;

export const AVAILABILITY_STATES = ['available', 'busy', 'on-break', 'off-duty'] as const;
export const CHANNEL_KINDS = ['phone', 'text', 'email', 'video'] as const;
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
export const URGENCIES = ['today', 'few-days', 'no-rush'] as const;

export const ChannelSchema = {
  $id: 'Channel',
  type: 'object',
  description: 'One way to reach a supporter. `value` is a phone number, an email address or a video link.',
  additionalProperties: false,
  required: ['kind', 'value'],
  properties: {
    kind: { type: 'string', enum: CHANNEL_KINDS },
    value: shortText(320),
    label: shortText(60),
  },
} as const;

export const AvailabilitySchema = {
  $id: 'Availability',
  type: 'object',
  additionalProperties: false,
  required: ['status', 'since'],
  properties: {
    status: { type: 'string', enum: AVAILABILITY_STATES },
    since: { type: 'string', format: 'date-time', description: 'When the supporter last set it.' },
    until: { type: 'string', format: 'date-time', description: 'Optional: when it ends.' },
  },
} as const;

export const SupporterSchema = {
  $id: 'Supporter',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'displayName', 'experiences', 'languages', 'channels', 'availability'],
  properties: {
    id,
    displayName: { type: 'string', minLength: 1, maxLength: 80 },
    pronouns: shortText(40),
    role: shortText(80),
    team: shortText(80),
    photoUrl: shortText(2048),
    bio: shortText(600),
    experiences: {
      type: 'array',
      maxItems: 20,
      items: shortText(60),
      description: 'Lived-experience tags, e.g. "line-of-duty loss", "veteran", "new parent".',
    },
    languages: { type: 'array', maxItems: 12, items: languageTag },
    channels: { type: 'array', maxItems: 8, items: ChannelSchema },
    availability: AvailabilitySchema,
  },
} as const;

export const SupporterListSchema = {
  $id: 'SupporterList',
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    items: { type: 'array', items: SupporterSchema },
    updatedAt: { type: 'string', format: 'date-time' },
  },
} as const;

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

export const SupportRequestSchema = {
  $id: 'SupportRequest',
  type: 'object',
  description: 'A request for a supporter to get in touch. `id` is made on the device and equals the Idempotency-Key.',
  additionalProperties: false,
  required: ['id', 'name', 'channel', 'urgency', 'acknowledgedConfidentiality'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    supporterId: { ...id, description: 'Omit for "anyone on the team".' },
    preferences: {
      type: 'object',
      additionalProperties: false,
      properties: {
        notMyTeam: { type: 'boolean' },
        sharedExperience: shortText(60),
        language: languageTag,
      },
    },
    name: { type: 'string', minLength: 1, maxLength: 60, description: 'What to call the person; a first name is enough.' },
    channel: ChannelSchema,
    bestTimes: shortText(120),
    urgency: { type: 'string', enum: URGENCIES },
    message: shortText(1000),
    referral: {
      type: 'object',
      additionalProperties: false,
      required: ['personAgreed'],
      properties: { personAgreed: { type: 'boolean', const: true } },
    },
    acknowledgedConfidentiality: { type: 'boolean', const: true },
  },
} as const;

export const RequestReceiptSchema = {
  $id: 'RequestReceipt',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'status', 'receivedAt', 'respondBy'],
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['received'] },
    receivedAt: { type: 'string', format: 'date-time' },
    respondBy: { type: 'string', format: 'date-time' },
  },
} as const;

export const ProblemSchema = {
  $id: 'Problem',
  type: 'object',
  description: 'RFC 9457 problem details. `detail` is written for a person.',
  additionalProperties: true,
  required: ['title', 'status'],
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['field', 'message'],
        properties: { field: { type: 'string' }, message: { type: 'string' } },
      },
    },
  },
} as const;

export type Channel = FromSchema<typeof ChannelSchema>;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export type AvailabilityState = (typeof AVAILABILITY_STATES)[number];
export type Availability = FromSchema<typeof AvailabilitySchema>;
export type Supporter = FromSchema<typeof SupporterSchema>;
export type SupporterList = FromSchema<typeof SupporterListSchema>;
export type Resource = FromSchema<typeof ResourceSchema>;
export type ResourceList = FromSchema<typeof ResourceListSchema>;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];
export type SupportRequest = FromSchema<typeof SupportRequestSchema>;
export type RequestReceipt = FromSchema<typeof RequestReceiptSchema>;
export type Problem = FromSchema<typeof ProblemSchema>;

/** The resources of the contract; each maps to a path under the configured endpoint. */
export type PeerResourceName = 'supporters' | 'resources' | 'requests' | 'contacts' | 'stats';
