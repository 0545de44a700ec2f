/**
 * The contract's schemas (src/core/contract.ts), prepared for Fastify: the top-level ones are
 * registered by `$id` (so OpenAPI lists them as components) and nested `$id`s are dropped, since
 * Ajv refuses one id registered twice. Nothing here describes a shape again.
 */
import type { FastifyInstance } from 'fastify';
import {
  AvailabilityUpdateSchema,
  ContactLogSchema,
  InboxSchema,
  ProblemSchema,
  ProgramPolicySchema,
  RequestReceiptSchema,
  ResourceListSchema,
  SessionSchema,
  StatsSchema,
  SupportRequestSchema,
  SupporterListSchema,
} from '../src/core/contract.js';

function withoutNestedIds(schema: unknown, isRoot = true): unknown {
  if (Array.isArray(schema)) return schema.map((item) => withoutNestedIds(item, false));
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => isRoot || key !== '$id')
      .map(([key, value]) => [key, withoutNestedIds(value, false)]),
  );
}

const SHARED = [SupporterListSchema, ResourceListSchema, SupportRequestSchema, RequestReceiptSchema, ProblemSchema, ContactLogSchema, StatsSchema, InboxSchema, AvailabilityUpdateSchema, SessionSchema, ProgramPolicySchema];

export function registerContractSchemas(app: FastifyInstance): void {
  for (const schema of SHARED) app.addSchema(withoutNestedIds(schema) as { $id: string });
}

/** `{ $ref: 'Name#' }` for a registered contract schema. */
export const ref = (schema: { $id: string }) => ({ $ref: `${schema.$id}#` });

export const problemResponses = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: ref(ProblemSchema) } } }]));
