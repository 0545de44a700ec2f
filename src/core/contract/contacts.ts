/** Anonymous contact logs (`POST contacts`) and program impact (`GET stats`). */
import type { FromSchema } from 'json-schema-to-ts';

export const CONTACT_KINDS = ['one-on-one', 'group', 'defusing', 'debriefing', 'follow-up', 'family', 'referral'] as const;

export const CONTACT_ORIGINS = ['self-referred', 'peer-outreach', 'supervisor', 'after-incident'] as const;

export const CONTACT_TOPICS = ['work-stress', 'critical-incident', 'grief', 'relationships', 'family', 'health', 'substance-use', 'financial', 'burnout', 'other'] as const;

export const REFERRAL_TARGETS = ['none', 'eap', 'counselor', 'chaplain', 'medical', 'crisis-line'] as const;

/**
 * An anonymous record of one support contact. No names, no free text, no exact times: the ISO
 * week (`2026-W48`) is the finest date the server accepts.
 */
export const ContactLogSchema = {
  $id: 'ContactLog',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'week', 'kind', 'origin', 'durationMinutes', 'people', 'topics', 'referredTo'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    week: { type: 'string', pattern: '^[0-9]{4}-W(0[1-9]|[1-4][0-9]|5[0-3])$', description: 'ISO week, e.g. 2026-W48.' },
    kind: { type: 'string', enum: CONTACT_KINDS },
    origin: { type: 'string', enum: CONTACT_ORIGINS },
    durationMinutes: { type: 'integer', minimum: 15, maximum: 480, multipleOf: 15 },
    people: { type: 'integer', minimum: 1, maximum: 50, description: 'How many people were supported (a group counts each).' },
    topics: { type: 'array', uniqueItems: true, maxItems: CONTACT_TOPICS.length, items: { type: 'string', enum: CONTACT_TOPICS } },
    referredTo: { type: 'array', uniqueItems: true, minItems: 1, maxItems: REFERRAL_TARGETS.length, items: { type: 'string', enum: REFERRAL_TARGETS } },
    firstContact: { type: 'boolean', description: 'The first time I spoke with this person, or these people, about this. Absent means no.' },
  },
} as const;

/** The answer to a logged contact (201), and to a resend of one (200, Idempotent-Replayed). */
export const ContactLoggedSchema = {
  $id: 'ContactLogged',
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: { id: { type: 'string' } },
} as const;

export const STATS_PERIODS = ['month', 'quarter'] as const;

/** `GET stats?period=month|quarter`; month when absent. */
export const StatsQuerySchema = {
  $id: 'StatsQuery',
  type: 'object',
  additionalProperties: false,
  properties: { period: { type: 'string', enum: STATS_PERIODS } },
} as const;

/**
 * A published count: `null` means hidden, either because it is under the threshold (0 included) or
 * because it would let a hidden number be worked out from the others.
 */
const suppressedCount = { type: ['integer', 'null'] } as const;

const tally = { type: 'object', additionalProperties: suppressedCount } as const;

/**
 * Program impact for closed periods only: a month is published once none of its weeks can still be
 * logged, a quarter once its three months are, and a published number never changes afterwards.
 * Months carry totals; kinds, topics and referrals are published per quarter only.
 */
export const StatsSchema = {
  $id: 'Stats',
  type: 'object',
  additionalProperties: false,
  required: ['period', 'threshold', 'contactWeeksBack', 'rows', 'notYetPublished'],
  properties: {
    period: { type: 'string', enum: STATS_PERIODS },
    threshold: { type: 'integer', description: 'Counts below this (0 included) are published as null.' },
    contactWeeksBack: { type: 'integer', minimum: 0, description: 'Contacts can be logged for the current ISO week and this many weeks before it.' },
    rows: {
      type: 'array',
      description: 'Every closed month (or quarter) from the first quarter with a contact, oldest first; a month with nothing logged is a row of nulls, never missing.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['period', 'contacts', 'hours', 'peopleInContacts', 'newPeople'],
        properties: {
          period: { type: 'string', description: '2026-11 or 2026-Q4' },
          contacts: suppressedCount,
          hours: { ...suppressedCount, description: 'Hours spent, rounded; hidden whenever contacts are.' },
          peopleInContacts: { ...suppressedCount, description: 'The people in each contact, added up: someone met twice counts twice.' },
          newPeople: { ...suppressedCount, description: 'The people in contacts marked as a first contact: people reached for the first time.' },
          kinds: { ...tally, description: 'Quarters only.' },
          topics: { ...tally, description: 'Quarters only. A contact can have several topics, or none.' },
          referrals: { ...tally, description: 'Quarters only. A contact can have several referrals.' },
        },
      },
    },
    notYetPublished: {
      type: 'array',
      description: 'Periods that are still open, with the moment their numbers appear.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['period', 'publishedFrom'],
        properties: { period: { type: 'string' }, publishedFrom: { type: 'string', format: 'date-time' } },
      },
    },
  },
} as const;

export type ContactLog = FromSchema<typeof ContactLogSchema>;

export type ContactLogged = FromSchema<typeof ContactLoggedSchema>;

export type StatsPeriod = (typeof STATS_PERIODS)[number];

export type Stats = FromSchema<typeof StatsSchema>;
