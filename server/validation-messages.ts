import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import { problem } from './problem.js';
import type { Problem } from '../src/core/contract.js';

/** Ajv's findings as sentences a person can read ("The field "nickname" is not part of this form."). */
export function validationProblem(errors: FastifySchemaValidationError[], context?: string): Problem {
  const details = errors.map((error) => {
    const path = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
    const params = error.params as Record<string, unknown>;
    const field = (name?: unknown) => [path, name].filter((part) => part !== undefined && part !== '').join('.') || context || 'request';
    switch (error.keyword) {
      case 'additionalProperties':
        return { field: field(params.additionalProperty), message: `The field "${field(params.additionalProperty)}" is not part of this form.` };
      case 'required':
        return { field: field(params.missingProperty), message: `"${field(params.missingProperty)}" is required.` };
      case 'enum':
        return { field: field(), message: `"${field()}" must be one of: ${(params.allowedValues as unknown[]).join(', ')}.` };
      case 'const':
        return { field: field(), message: `"${field()}" must be ${JSON.stringify(params.allowedValue)}.` };
      case 'type':
        return { field: field(), message: `"${field()}" must be ${params.type === 'object' ? 'an object' : `a ${params.type}`}.` };
      case 'maxLength':
        return { field: field(), message: `"${field()}" must be at most ${params.limit} characters.` };
      case 'minLength':
        return { field: field(), message: `"${field()}" must not be empty.` };
      case 'maxItems':
        return { field: field(), message: `"${field()}" has too many entries (at most ${params.limit}).` };
      case 'format':
        return { field: field(), message: `"${field()}" must be a valid ${params.format}.` };
      case 'pattern':
        return { field: field(), message: `"${field()}" is not in the expected form.` };
      default:
        return { field: field(), message: `"${field()}" ${error.message ?? 'is not valid'}.` };
    }
  });
  const where = context === 'headers' ? 'A request header' : 'The request';
  return problem(400, details.map((detail) => detail.message).join(' ') || `${where} is not valid.`, { errors: details });
}
