/**
 * The contract's schemas (src/core/contract.ts), prepared for Fastify: the top-level ones are
 * registered by `$id` (so OpenAPI lists them as components) and nested `$id`s are dropped, since
 * Ajv refuses one id registered twice. Nothing here describes a shape again.
 */
import type { FastifyInstance } from 'fastify';
export declare function registerContractSchemas(app: FastifyInstance): void;
/** `{ $ref: 'Name#' }` for a registered contract schema. */
export declare const ref: (schema: {
    $id: string;
}) => {
    $ref: string;
};
export declare const problemResponses: (...statuses: number[]) => {
    [k: string]: {
        description: string;
        content: {
            'application/problem+json': {
                schema: {
                    $ref: string;
                };
            };
        };
    };
};
