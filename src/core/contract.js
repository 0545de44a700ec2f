const id = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' };
const shortText = (maxLength) => ({ type: 'string', maxLength });
/** BCP 47 language tag such as `en`, `es`, `vi`, `asl` (sign languages have tags too). */
const languageTag = { type: 'string', pattern: '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$', maxLength: 35 };
export const AVAILABILITY_STATES = ['available', 'busy', 'on-break', 'off-duty'];
export const CHANNEL_KINDS = ['phone', 'text', 'email', 'video'];
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
];
export const RESOURCE_COSTS = ['free', 'covered', 'low-cost', 'paid'];
export const RESOURCE_AUDIENCES = ['staff', 'family', 'retirees'];
export const URGENCIES = ['today', 'few-days', 'no-rush'];
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
};
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
};
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
};
export const SupporterListSchema = {
    $id: 'SupporterList',
    type: 'object',
    additionalProperties: false,
    required: ['items'],
    properties: {
        items: { type: 'array', items: SupporterSchema },
        updatedAt: { type: 'string', format: 'date-time' },
    },
};
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
};
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
};
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
};
export const ResourceListSchema = {
    $id: 'ResourceList',
    type: 'object',
    additionalProperties: false,
    required: ['items'],
    properties: {
        items: { type: 'array', items: ResourceSchema },
        updatedAt: { type: 'string', format: 'date-time' },
    },
};
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
};
export const RequestReceiptSchema = {
    $id: 'RequestReceipt',
    type: 'object',
    description: '"received": the request is waiting for a supporter, with when it arrived and by when someone should get in touch. "closed": a resend of a request that reached the team and has since been closed; it is delivered, nothing else is said (no times), and the answer is the same whatever body was resent.',
    additionalProperties: false,
    required: ['id', 'status'],
    properties: {
        id: { type: 'string' },
        status: { type: 'string', enum: ['received', 'closed'] },
        receivedAt: { type: 'string', format: 'date-time', description: 'Only with status "received".' },
        respondBy: { type: 'string', format: 'date-time', description: 'Only with status "received".' },
    },
};
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
};
export const CONTACT_KINDS = ['one-on-one', 'group', 'defusing', 'debriefing', 'follow-up', 'family', 'referral'];
export const CONTACT_ORIGINS = ['self-referred', 'peer-outreach', 'supervisor', 'after-incident'];
export const CONTACT_TOPICS = ['work-stress', 'critical-incident', 'grief', 'relationships', 'family', 'health', 'substance-use', 'financial', 'burnout', 'other'];
export const REFERRAL_TARGETS = ['none', 'eap', 'counselor', 'chaplain', 'medical', 'crisis-line'];
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
};
/**
 * A published count: `null` means hidden, either because it is under the threshold (0 included) or
 * because it would let a hidden number be worked out from the others.
 */
const suppressedCount = { type: ['integer', 'null'] };
const tally = { type: 'object', additionalProperties: suppressedCount };
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
        period: { type: 'string', enum: ['month', 'quarter'] },
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
};
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
            description: '"full": everything the person shared (the addressed supporter, or whoever took it). "preview": an "anyone" request not yet taken, shown to the team with a first name, urgency and preferences only. "summary": what a coordinator sees unless the program lets them read requests (that it exists, for whom, how urgent, respond-by).',
        },
        returnedReason: {
            type: 'string',
            enum: ['supporter-left'],
            description: 'Why it came back to the team: "supporter-left" when the supporter it was addressed to (or who had taken it) left the roster.',
        },
    },
};
export const InboxSchema = {
    $id: 'Inbox',
    type: 'object',
    additionalProperties: false,
    required: ['items', 'eraseAfterMinutes'],
    properties: {
        items: { type: 'array', items: InboxItemSchema },
        eraseAfterMinutes: { type: 'integer', description: 'Minutes after closing before name, contact details and message are erased.' },
    },
};
export const COORDINATOR_READS = ['none', 'overdue', 'all'];
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
            description: 'When a coordinator may read a request\'s name, contact details and message: "none" (never; they see only that it exists, its urgency and respond-by), "overdue" (once nobody has been in touch by respond-by), "all" (the program triages through its coordinator).',
        },
        eraseAfterMinutes: { type: 'integer', minimum: 0, description: 'Minutes between closing a request and erasing what identifies the person.' },
        responseWindowHours: { type: 'number', exclusiveMinimum: 0, description: 'How soon someone is expected to get in touch.' },
        notes: { type: 'array', maxItems: 10, items: shortText(600), description: 'Program-specific limits, shown after the facts above.' },
    },
};
export const AvailabilityUpdateSchema = {
    $id: 'AvailabilityUpdate',
    type: 'object',
    additionalProperties: false,
    required: ['status'],
    properties: {
        status: { type: 'string', enum: AVAILABILITY_STATES },
        until: { type: 'string', format: 'date-time' },
    },
};
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
};
