/** What every resource shares: problem details and answers without a body. */
import type { FromSchema } from 'json-schema-to-ts';

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

/**
 * An answer without a body. Not named (no `$id`): OpenAPI then lists the status without content.
 * The 304 says why the body is missing.
 */
export const NoContentSchema = { type: 'null', description: 'No content.' } as const;

export const NotModifiedSchema = { type: 'null', description: 'Not modified: the ETag named in If-None-Match is still current.' } as const;

export type Problem = FromSchema<typeof ProblemSchema>;

/** The resources of the contract; each maps to a path under the configured endpoint. */
export type PeerResourceName = 'supporters' | 'resources' | 'requests' | 'contacts' | 'stats' | 'inbox' | 'availability' | 'session' | 'policy' | 'push';
