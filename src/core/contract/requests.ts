/** Support requests (`POST requests`) and the program policy the request form states (`GET policy`). */
import type { FromSchema } from 'json-schema-to-ts';
import { id, shortText, languageTag } from './fields.js';
import { ChannelSchema } from './supporters.js';

export const URGENCIES = ['today', 'few-days', 'no-rush'] as const;

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
        team: {
          ...shortText(80),
          description: 'The requester\'s own team, sent with notMyTeam so that the server keeps the request from supporters of that team. Required when notMyTeam is true.',
        },
        sharedExperience: shortText(60),
        language: languageTag,
      },
    },
    name: { type: 'string', minLength: 1, maxLength: 60, description: 'What to call the person; a first name is enough.' },
    channel: ChannelSchema,
    bestTimes: shortText(120),
    urgency: { type: 'string', enum: URGENCIES },
    message: shortText(1000),
    peerToPeer: {
      type: 'boolean',
      description: 'A supporter asking a fellow supporter to talk something through (sent from the supporters\' own page, usually "not my team"). Shown to whoever may read the request; never in a coordinator\'s summary.',
    },
    referral: {
      type: 'object',
      additionalProperties: false,
      required: ['personAgreed'],
      properties: { personAgreed: { type: 'boolean', const: true } },
    },
    acknowledgedConfidentiality: { type: 'boolean', const: true },
  },
} as const;

/**
 * The header every creating write carries (a support request, a contact log entry): a key made on the
 * device, equal to the body's `id`, so that a resend is recognised and answered instead of stored twice.
 */
export const IdempotencyKeyHeaderSchema = {
  $id: 'IdempotencyKeyHeader',
  type: 'object',
  required: ['idempotency-key'],
  properties: { 'idempotency-key': { ...id, description: 'Equal to the body id.' } },
} as const;

export const RequestReceiptSchema = {
  $id: 'RequestReceipt',
  type: 'object',
  description:
    '"received": the request is waiting for a supporter, with when it arrived and by when someone should get in touch. "closed": a resend of a request that reached the team and has since been closed; it is delivered, nothing else is said (no times), and the answer is the same whatever body was resent.',
  additionalProperties: false,
  required: ['id', 'status'],
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['received', 'closed'] },
    receivedAt: { type: 'string', format: 'date-time', description: 'Only with status "received".' },
    respondBy: { type: 'string', format: 'date-time', description: 'Only with status "received".' },
  },
} as const;

export const COORDINATOR_READS = ['none', 'overdue', 'all'] as const;

/**
 * The facts behind the request form's confidentiality notice, stated by the server that enforces
 * them, so the words never promise more than the backend does. A program can add its own limits in
 * `notes`; it cannot take these facts away.
 */
export const ProgramPolicySchema = {
  $id: 'ProgramPolicy',
  type: 'object',
  additionalProperties: false,
  required: ['coordinatorReads', 'eraseAfterMinutes', 'responseWindowHours'],
  properties: {
    coordinatorReads: {
      type: 'string',
      enum: COORDINATOR_READS,
      description:
        'When a coordinator may read a request\'s name, contact details and message: "none" (never; they see only that it exists, its urgency and respond-by), "overdue" (once nobody has been in touch by respond-by), "all" (the program triages through its coordinator).',
    },
    eraseAfterMinutes: { type: 'integer', minimum: 0, description: 'Minutes between closing a request and erasing what identifies the person.' },
    responseWindowHours: {
      type: 'number',
      exclusiveMinimum: 0,
      description:
        'How soon someone is expected to get in touch at the latest for the most urgent requests: the shortest of `respondWithinHours`. A form that knows only this field states it, and so never promises a longer wait before a coordinator may read a request than the server gives.',
    },
    respondWithinHours: {
      type: 'object',
      additionalProperties: false,
      required: URGENCIES,
      description: 'Hours to get in touch, per urgency: a request\'s `respondBy` is when it arrived plus these hours for the urgency the person chose. Absent from older backends.',
      properties: {
        today: { type: 'number', exclusiveMinimum: 0 },
        'few-days': { type: 'number', exclusiveMinimum: 0 },
        'no-rush': { type: 'number', exclusiveMinimum: 0 },
      },
    },
    maxAttempts: {
      type: 'integer',
      minimum: 1,
      description: 'Tries without an answer ("couldn\'t reach them") before a request goes back to the team, or, when it was addressed to one supporter, to the coordinator. Absent from older backends.',
    },
    notes: { type: 'array', maxItems: 10, items: shortText(600), description: 'Program-specific limits, shown after the facts above.' },
  },
} as const;

/** `GET requests/{id}/status`: the id the device made for its request (a random UUID, so knowing it is the permission). */
export const RequestStatusParamsSchema = {
  $id: 'RequestStatusParams',
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', format: 'uuid' } },
} as const;

/**
 * The person's honest receipt, for the device that sent the request. Never a name, a supporter, the
 * times of tries or any message: only where the request stands.
 */
export const RequestStatusSchema = {
  $id: 'RequestStatus',
  type: 'object',
  additionalProperties: false,
  required: ['status'],
  description:
    '"waiting": nobody has been in touch yet, nor tried (with `respondBy`, by when someone should). "tried": a supporter tried to reach the person and has not got through yet. "in-touch": a supporter has been in touch. "closed": the request is closed, or this server does not know the id; the answer is the same on purpose, so that an id left on a device never confirms that a request was sent once it has been erased.',
  properties: {
    status: { type: 'string', enum: ['waiting', 'tried', 'in-touch', 'closed'] },
    respondBy: { type: 'string', format: 'date-time', description: 'Only with status "waiting".' },
  },
} as const;

export type RequestStatus = FromSchema<typeof RequestStatusSchema>;

export type SupportRequest = FromSchema<typeof SupportRequestSchema>;

export type RequestReceipt = FromSchema<typeof RequestReceiptSchema>;

export type ProgramPolicy = FromSchema<typeof ProgramPolicySchema>;

export type CoordinatorReads = (typeof COORDINATOR_READS)[number];
