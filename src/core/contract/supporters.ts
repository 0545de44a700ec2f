/** The roster (`GET supporters`) and a supporter's availability (`PUT availability`). */
import type { FromSchema } from 'json-schema-to-ts';
import { id, shortText, languageTag } from './fields.js';

export const AVAILABILITY_STATES = ['available', 'busy', 'on-break', 'off-duty'] as const;

export const CHANNEL_KINDS = ['phone', 'text', 'email', 'video'] as const;

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
    acceptsRequests: {
      type: 'boolean',
      description: 'Whether a request addressed to this supporter reaches them (the reference server: they have an active account). Absent means the backend does not say; the widgets then offer them.',
    },
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

export const AvailabilityUpdateSchema = {
  $id: 'AvailabilityUpdate',
  type: 'object',
  additionalProperties: false,
  required: ['status'],
  properties: {
    status: { type: 'string', enum: AVAILABILITY_STATES },
    until: { type: 'string', format: 'date-time' },
  },
} as const;

export type Channel = FromSchema<typeof ChannelSchema>;

export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export type AvailabilityState = (typeof AVAILABILITY_STATES)[number];

export type Availability = FromSchema<typeof AvailabilitySchema>;

export type Supporter = FromSchema<typeof SupporterSchema>;

export type SupporterList = FromSchema<typeof SupporterListSchema>;
