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

export type InboxItem = FromSchema<typeof InboxItemSchema>;

export type Inbox = FromSchema<typeof InboxSchema>;
export type InboxQuery = FromSchema<typeof InboxQuerySchema>;

export type Assignees = FromSchema<typeof AssigneesSchema>;

export type Assignee = Assignees['items'][number];

export type AssignBody = FromSchema<typeof AssignBodySchema>;
