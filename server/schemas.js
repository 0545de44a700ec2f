import { AvailabilityUpdateSchema, ContactLogSchema, InboxSchema, ProblemSchema, ProgramPolicySchema, RequestReceiptSchema, ResourceListSchema, SessionSchema, StatsSchema, SupportRequestSchema, SupporterListSchema, } from '../src/core/contract.js';
function withoutNestedIds(schema, isRoot = true) {
    if (Array.isArray(schema))
        return schema.map((item) => withoutNestedIds(item, false));
    if (typeof schema !== 'object' || schema === null)
        return schema;
    return Object.fromEntries(Object.entries(schema)
        .filter(([key]) => isRoot || key !== '$id')
        .map(([key, value]) => [key, withoutNestedIds(value, false)]));
}
const SHARED = [SupporterListSchema, ResourceListSchema, SupportRequestSchema, RequestReceiptSchema, ProblemSchema, ContactLogSchema, StatsSchema, InboxSchema, AvailabilityUpdateSchema, SessionSchema, ProgramPolicySchema];
export function registerContractSchemas(app) {
    for (const schema of SHARED)
        app.addSchema(withoutNestedIds(schema));
}
/** `{ $ref: 'Name#' }` for a registered contract schema. */
export const ref = (schema) => ({ $ref: `${schema.$id}#` });
export const problemResponses = (...statuses) => Object.fromEntries(statuses.map((status) => [status, { description: 'Problem details (RFC 9457)', content: { 'application/problem+json': { schema: ref(ProblemSchema) } } }]));
