/**
 * The contract's schemas (src/core/contract.ts), prepared for Fastify: the named ones are registered
 * by `$id` (so OpenAPI lists them as components) and nested `$id`s are dropped, since Ajv refuses one
 * id registered twice. Routes point at them with `ref()`; nothing here describes a shape again.
 */
import type { FastifyInstance } from 'fastify';
import {
  AssignBodySchema,
  AssigneesSchema,
  AttemptBodySchema,
  AttemptResultSchema,
  InboxLoadSchema,
  RequestStatusParamsSchema,
  RequestStatusSchema,
  AvailabilityUpdateSchema,
  ContactLoggedSchema,
  ContactLogSchema,
  IdempotencyKeyHeaderSchema,
  InboxQuerySchema,
  InboxSchema,
  ProblemSchema,
  ProgramPolicySchema,
  PushKeySchema,
  PushSubscriptionBodySchema,
  PushUnsubscribeSchema,
  RequestIdParamsSchema,
  RequestReceiptSchema,
  ResourceListSchema,
  SessionSchema,
  SignInSchema,
  SignOutEverywhereSchema,
  StatsQuerySchema,
  StatsSchema,
  SupportRequestSchema,
  SupporterListSchema,
} from '../src/core/contract.js';

/**
 * Every named schema a route may `ref()`. The tuple's type is what the type provider resolves `$ref`s
 * against (server/type-provider.ts), so a route's types come from the same objects Ajv validates with.
 */
export const CONTRACT_SCHEMAS = [
  SupporterListSchema,
  ResourceListSchema,
  SupportRequestSchema,
  IdempotencyKeyHeaderSchema,
  RequestReceiptSchema,
  ProblemSchema,
  ContactLogSchema,
  ContactLoggedSchema,
  StatsQuerySchema,
  StatsSchema,
  InboxSchema,
  InboxQuerySchema,
  RequestIdParamsSchema,
  AssigneesSchema,
  AssignBodySchema,
  AvailabilityUpdateSchema,
  SignInSchema,
  SessionSchema,
  SignOutEverywhereSchema,
  ProgramPolicySchema,
  PushKeySchema,
  PushSubscriptionBodySchema,
  PushUnsubscribeSchema,
  RequestStatusParamsSchema,
  RequestStatusSchema,
  AttemptBodySchema,
  AttemptResultSchema,
  InboxLoadSchema,
] as const;

export type ContractSchemas = typeof CONTRACT_SCHEMAS;
type ContractId = ContractSchemas[number]['$id'];

function withoutNestedIds(schema: unknown, isRoot = true): unknown {
  if (Array.isArray(schema)) return schema.map((item) => withoutNestedIds(item, false));
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => isRoot || key !== '$id')
      .map(([key, value]) => [key, withoutNestedIds(value, false)]),
  );
}

export function registerContractSchemas(app: FastifyInstance): void {
  for (const schema of CONTRACT_SCHEMAS) app.addSchema(withoutNestedIds(schema) as { $id: string });
}

/**
 * `{ $ref: 'Name#' }` for a registered contract schema. The literal type lets the type provider find
 * the schema behind it; an unregistered one does not compile.
 */
export const ref = <Schema extends { readonly $id: ContractId }>(schema: Schema) => ({ $ref: `${schema.$id}#` }) as { readonly $ref: `${Schema['$id']}#` };

/**
 * A contract schema copied into the route rather than referenced. For `headers` only: Fastify
 * lower-cases header names in the schema itself and will not follow a `$ref` to do it (FSTSEC002),
 * and OpenAPI lists headers as parameters either way.
 */
export function inlineHeaders<Schema extends { readonly $id: ContractId }>(schema: Schema): Omit<Schema, '$id'> {
  const { $id: _named, ...headers } = schema;
  return headers;
}

const problemResponse = {
  description: 'Problem details (RFC 9457)',
  content: { 'application/problem+json': { schema: ref(ProblemSchema) } },
} as const;

/** Problem+json answers for these statuses; the keys stay literal so `reply.code()` accepts exactly them. */
export const problemResponses = <const Statuses extends readonly number[]>(...statuses: Statuses) =>
  Object.fromEntries(statuses.map((status) => [status, problemResponse])) as { [Status in Statuses[number]]: typeof problemResponse };
