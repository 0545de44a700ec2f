import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import type { ProblemDetails } from './problem.js';
/** Ajv's findings as sentences a person can read ("The field "nickname" is not part of this form."). */
export declare function validationProblem(errors: FastifySchemaValidationError[], context?: string): ProblemDetails;
