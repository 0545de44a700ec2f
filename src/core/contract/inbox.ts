/** The supporters' inbox (`GET inbox`, assigning and the request actions). */
import type { FromSchema } from 'json-schema-to-ts';
import { ChannelSchema } from './supporters.js';
import { URGENCIES } from './requests.js';

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
    peerToPeer: { type: 'boolean', description: 'A fellow supporter asks to talk something through (not in the summary view).' },
    view: {
      type: 'string',
      enum: ['full', 'preview', 'summary'],
      description:
        '"full": everything the person shared (the addressed supporter, or whoever took it). "preview": an "anyone" request not yet taken, shown to the team with a first name, urgency and preferences only. "summary": what a coordinator sees unless the program lets them read requests (that it exists, for whom, how urgent, respond-by).',
    },
    returnedReason: {
      type: 'string',
      enum: ['supporter-left', 'not-reached'],
      description:
        'Why it came back: "supporter-left" when the supporter it was addressed to (or who had taken it) left the roster; "not-reached" when the program\'s number of tries went by without getting through (back to the team, or, addressed to one supporter, flagged for the coordinator: see `needsCoordinator`).',
    },
    respondWithinHours: {
      type: 'number',
      exclusiveMinimum: 0,
      description: 'Why `respondBy` is when it is: the hours this request was given for its urgency (e.g. "today": 4), from its own times.',
    },
    attempts: { type: 'integer', minimum: 1, description: 'Tries so far without getting through ("couldn\'t reach them"). Absent when nobody has tried yet.' },
    lastAttemptAt: { type: 'string', format: 'date-time', description: 'When the last try was made, cut to the hour.' },
    nextAttemptAt: { type: 'string', format: 'date-time', description: 'When the supporter holding it means to try again, if they said.' },
    needsCoordinator: {
      type: 'boolean',
      description: 'Addressed to one supporter, who could not reach the person in the program\'s number of tries, and nobody has been in touch since: the coordinator should look at it (it cannot go to someone else; the person chose them).',
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
    nextCursor: {
      type: 'string',
      description: 'There may be more: ask `GET inbox?cursor=<this>` for the next page (also in the `Link: <…>; rel="next"` header). Absent on the last page.',
    },
  },
} as const;

/** `GET inbox?limit=&cursor=`: one page of the inbox, at most 50 requests. Other parameters (a proxy's cache-buster) are ignored. */
export const InboxQuerySchema = {
  $id: 'InboxQuery',
  type: 'object',
  additionalProperties: true,
  properties: {
    limit: { type: 'string', pattern: '^(?:[1-9]|[1-4][0-9]|50)$', description: 'How many requests at most (1–50; 50 when absent).' },
    cursor: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,400}$', description: 'The `nextCursor` of the page before.' },
  },
} as const;

/** The `{id}` of `inbox/{id}/…`: a request id as the server stored it. */
export const RequestIdParamsSchema = {
  $id: 'RequestIdParams',
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 64 } },
} as const;

/** A supporter account as coordinators see it: in the assignee list and in each supporter's load. */
const supporterAccount = { accountId: { type: 'string' }, displayName: { type: 'string' }, supporterId: { type: 'string' } } as const;

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
        properties: supporterAccount,
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

/** `POST inbox/{id}/attempt`: tried, no answer; optionally when the supporter means to try again. */
export const AttemptBodySchema = {
  $id: 'AttemptBody',
  type: 'object',
  additionalProperties: false,
  properties: {
    nextAttemptAt: { type: 'string', format: 'date-time', description: 'When to try again: after now, within 30 days.' },
  },
} as const;

/** What recording a try did. */
export const AttemptResultSchema = {
  $id: 'AttemptResult',
  type: 'object',
  additionalProperties: false,
  required: ['attempts', 'maxAttempts', 'outcome'],
  properties: {
    attempts: { type: 'integer', minimum: 1, description: 'Tries so far, this one included.' },
    maxAttempts: { type: 'integer', minimum: 1, description: 'The program\'s number of tries before a request goes back.' },
    outcome: {
      type: 'string',
      enum: ['recorded', 'returned-to-team', 'sent-to-coordinator'],
      description:
        '"recorded": the supporter keeps it. "returned-to-team": that was the last try: it is back with the team, untaken. "sent-to-coordinator": the same for a request addressed to this supporter by name; it stays theirs and the coordinator is asked to look at it.',
    },
    nextAttemptAt: { type: 'string', format: 'date-time' },
  },
} as const;

/** `GET inbox/load` (coordinators): each supporter's open load, counts only; no requester, no request id. */
export const InboxLoadSchema = {
  $id: 'InboxLoad',
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    items: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['accountId', 'displayName', 'addressed', 'claimed', 'attempted', 'contacted'],
        properties: {
          ...supporterAccount,
          addressed: { type: 'integer', minimum: 0, description: 'Open requests addressed to them by name that they have not taken yet.' },
          claimed: { type: 'integer', minimum: 0, description: 'Taken, nobody has tried or been in touch yet.' },
          attempted: { type: 'integer', minimum: 0, description: 'Taken and tried, not reached yet.' },
          contacted: { type: 'integer', minimum: 0, description: 'Taken and in touch, not closed yet.' },
        },
      },
    },
  },
} as const;

export type InboxItem = FromSchema<typeof InboxItemSchema>;

export type AttemptBody = FromSchema<typeof AttemptBodySchema>;
export type AttemptResult = FromSchema<typeof AttemptResultSchema>;
export type InboxLoad = FromSchema<typeof InboxLoadSchema>;

export type Inbox = FromSchema<typeof InboxSchema>;
export type InboxQuery = FromSchema<typeof InboxQuerySchema>;

export type Assignees = FromSchema<typeof AssigneesSchema>;

export type Assignee = Assignees['items'][number];

export type AssignBody = FromSchema<typeof AssignBodySchema>;
