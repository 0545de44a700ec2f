/**
 * Route types from the route's own schemas, as `@fastify/type-provider-json-schema-to-ts` does it,
 * kept local because it is a dozen lines on top of json-schema-to-ts (already the widgets' source of
 * types). A route's `body`, `params`, `querystring`, `headers` and replies are typed from the schema
 * Ajv validates with; `ref(Schema)` is resolved against the contract's named schemas. Nothing about
 * a route's shape is written by hand.
 */
import type { FastifyPluginAsync, FastifyPluginOptions, FastifyTypeProvider, RawServerDefault } from 'fastify';
import type { FromSchema, JSONSchema } from 'json-schema-to-ts';
import type { ContractSchemas } from './schemas.js';

type FromContract<Schema> = Schema extends JSONSchema ? FromSchema<Schema, { references: [...ContractSchemas] }> : unknown;

export interface ContractTypeProvider extends FastifyTypeProvider {
  validator: FromContract<this['schema']>;
  // A `type: 'null'` answer (204, 304) has no body at all: `reply.code(204).send()`, not `send(null)`.
  serializer: this['schema'] extends { readonly type: 'null' } ? undefined : FromContract<this['schema']>;
}

/** A plugin whose routes are typed by ContractTypeProvider. */
export type ContractRoutes<Options extends FastifyPluginOptions> = FastifyPluginAsync<Options, RawServerDefault, ContractTypeProvider>;
