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

export const InboxItemSchema = {
  $id: 'InboxItem',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'status', 'urgency', 'receivedAt', 'respondBy', 'overdue'],
  properties: {
    id: { type: 'string' },
    status: { type: 'string', enum: ['open', 'claimed', 'contacted'] },
    supporterId: { type: 'string' },
    claimedBy: { type: 'string' },
    claimedByMe: { type: 'boolean' },
    urgency: { type: 'string', enum: URGENCIES },
    receivedAt: { type: 'string', format: 'date-time' },
    respondBy: { type: 'string', format: 'date-time' },
    overdue: { type: 'boolean' },
    name: { type: 'string' },
    channel: ChannelSchema,
    bestTimes: { type: 'string' },
    message: { type: 'string' },
    preferences: { type: 'object', additionalProperties: true },
    referral: { type: 'boolean' },
    view: {
      type: 'string',
      enum: ['full', 'preview', 'summary'],
      description:
        '"full": everything the person shared (the addressed supporter, or whoever took it). "preview": an "anyone" request not yet taken, shown to the team with a first name, urgency and preferences only. "summary": what a coordinator sees unless the program lets them read requests (that it exists, for whom, how urgent, respond-by).',
    },
    returnedReason: {
      type: 'string',
      enum: ['supporter-left'],
      description: 'Why it came back to the team: "supporter-left" when the supporter it was addressed to (or who had taken it) left the roster.',
    },
  },
} as const;

export const InboxSchema = {
  $id: 'Inbox',
  type: 'object',
  additionalProperties: false,
  required: ['items', 'eraseAfterMinutes'],
  properties: {
    items: { type: 'array', items: InboxItemSchema },
    eraseAfterMinutes: { type: 'integer', description: 'Minutes after closing before name, contact details and message are erased.' },
  },
} as const;

/** The `{id}` of `inbox/{id}/…`: a request id as the server stored it. */
export const RequestIdParamsSchema = {
  $id: 'RequestIdParams',
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 64 } },
} as const;

/** Supporter accounts a coordinator can assign a request to (`GET inbox/assignees`). */
export const AssigneesSchema = {
  $id: 'Assignees',
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['accountId', 'displayName'],
        properties: { accountId: { type: 'string' }, displayName: { type: 'string' }, supporterId: { type: 'string' } },
      },
    },
  },
} as const;

/** `POST inbox/{id}/assign`: the supporter account that takes the request. */
export const AssignBodySchema = {
  $id: 'AssignBody',
  type: 'object',
  additionalProperties: false,
  required: ['accountId'],
  properties: { accountId: { type: 'string', maxLength: 64 } },
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
    responseWindowHours: { type: 'number', exclusiveMinimum: 0, description: 'How soon someone is expected to get in touch.' },
    notes: { type: 'array', maxItems: 10, items: shortText(600), description: 'Program-specific limits, shown after the facts above.' },
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

/** `POST session`: a one-time sign-in link's token, and how the session should travel. */
export const SignInSchema = {
  $id: 'SignIn',
  type: 'object',
  additionalProperties: false,
  required: ['token'],
  properties: {
    token: { type: 'string', minLength: 20, maxLength: 100 },
    mode: { type: 'string', enum: ['cookie', 'bearer'], description: '"cookie" (the default): an HttpOnly, SameSite=Strict cookie. "bearer": the token is returned as sessionToken.' },
  },
} as const;

/** The answer to `POST session/sign-out-everywhere`. */
export const SignOutEverywhereSchema = {
  $id: 'SignOutEverywhere',
  type: 'object',
  additionalProperties: false,
  required: ['endedSessions'],
  properties: { endedSessions: { type: 'integer', minimum: 0, description: 'How many sessions were ended, this one included.' } },
} as const;

/**
 * An answer without a body. Not named (no `$id`): OpenAPI then lists the status without content.
 * The 304 says why the body is missing.
 */
export const NoContentSchema = { type: 'null', description: 'No content.' } as const;
export const NotModifiedSchema = { type: 'null', description: 'Not modified: the ETag named in If-None-Match is still current.' } as const;

export const SessionSchema = {
  $id: 'Session',
  type: 'object',
  additionalProperties: false,
  required: ['accountId', 'role', 'displayName', 'csrfToken'],
  properties: {
    accountId: { type: 'string' },
    role: { type: 'string', enum: ['supporter', 'coordinator'] },
    supporterId: { type: 'string' },
    displayName: { type: 'string' },
    csrfToken: { type: 'string', description: 'Send as X-CSRF-Token on every write made with the session cookie.' },
    sessionToken: { type: 'string', description: 'Only when a bearer session was asked for.' },
  },
} as const;

export type ContactLog = FromSchema<typeof ContactLogSchema>;
export type Stats = FromSchema<typeof StatsSchema>;
export type InboxItem = FromSchema<typeof InboxItemSchema>;
export type Inbox = FromSchema<typeof InboxSchema>;
export type Session = FromSchema<typeof SessionSchema>;
export type SignIn = FromSchema<typeof SignInSchema>;
export type SignOutEverywhere = FromSchema<typeof SignOutEverywhereSchema>;
export type Assignees = FromSchema<typeof AssigneesSchema>;
export type Assignee = Assignees['items'][number];
export type AssignBody = FromSchema<typeof AssignBodySchema>;
export type ContactLogged = FromSchema<typeof ContactLoggedSchema>;
export type StatsPeriod = (typeof STATS_PERIODS)[number];

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
export type ProgramPolicy = FromSchema<typeof ProgramPolicySchema>;
export type CoordinatorReads = (typeof COORDINATOR_READS)[number];

/** The resources of the contract; each maps to a path under the configured endpoint. */
export type PeerResourceName = 'supporters' | 'resources' | 'requests' | 'contacts' | 'stats' | 'inbox' | 'availability' | 'session' | 'policy';
