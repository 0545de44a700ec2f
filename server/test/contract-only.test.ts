// The contract is the single source: every schema the published routes use is one of
// src/core/contract.ts's, named (a component) or copied from it, never written in a route.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import * as contract from '../../src/core/contract.js';
import { testApp } from './helpers.js';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const named = new Map<string, Json>(
  (Object.values(contract) as unknown[]).flatMap((value) => (isObject(value) && typeof value.$id === 'string' ? [[value.$id, value] as const] : [])),
);
/** The contract's bodiless answers (204, 304), known by the description OpenAPI shows for them. */
const bodiless = new Set<string>([contract.NoContentSchema.description, contract.NotModifiedSchema.description]);

/** A contract schema as OpenAPI lists it: under its name, so without `$id`s, and `const` spelled as a one-value `enum` (@fastify/swagger's rendering). */
function asListed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(asListed);
  if (!isObject(schema)) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => key !== '$id')
      .map(([key, value]) => (key === 'const' ? ['enum', [value]] : [key, asListed(value)])),
  );
}

/** The contract name behind `{ $ref: '#/components/schemas/Name' }`, or why it is not one. */
function contractRef(schema: unknown): string | undefined {
  if (!isObject(schema) || Object.keys(schema).length !== 1 || typeof schema.$ref !== 'string') return undefined;
  const name = schema.$ref.replace('#/components/schemas/', '');
  return named.has(name) ? name : undefined;
}

/** Everything in the document's routes that is not the contract's. */
function offencesIn(document: { paths: Record<string, Record<string, Json>> }): string[] {
  const offences: string[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const where = `${method.toUpperCase()} ${path}`;
      const body = operation.requestBody as { content: Record<string, { schema: unknown }> } | undefined;
      for (const [media, { schema }] of Object.entries(body?.content ?? {})) {
        if (!contractRef(schema)) offences.push(`${where}: request body (${media}) is ${JSON.stringify(schema)}`);
      }
      for (const [status, response] of Object.entries(operation.responses as Record<string, { description: string; content?: Record<string, { schema: unknown }> }>)) {
        if (!response.content) {
          if (!bodiless.has(response.description)) offences.push(`${where}: ${status} has no body but is not one of the contract's bodiless answers`);
          continue;
        }
        for (const [media, { schema }] of Object.entries(response.content)) {
          if (!contractRef(schema)) offences.push(`${where}: ${status} (${media}) is ${JSON.stringify(schema)}`);
        }
      }
      // OpenAPI flattens params, query and headers into parameters: each must be a property of a
      // named contract schema, exactly (its description moves up beside it), and required as there.
      for (const parameter of (operation.parameters ?? []) as { name: string; in: string; required?: boolean; description?: string; schema: Json }[]) {
        const asWritten = { ...parameter.schema, ...(parameter.description ? { description: parameter.description } : {}) };
        const fromContract = [...named.values()].some((schema) => {
          const properties = (schema.properties ?? {}) as Record<string, unknown>;
          const required = ((schema.required ?? []) as string[]).includes(parameter.name);
          return parameter.name in properties && isDeepStrictEqual(asWritten, properties[parameter.name]) && required === (parameter.required === true);
        });
        if (!fromContract) offences.push(`${where}: ${parameter.in} parameter ${parameter.name} is ${JSON.stringify(parameter.schema)}, not a contract property`);
      }
    }
  }
  return offences;
}

test('every route in /api/openapi.json uses only schemas from src/core/contract.ts', async () => {
  const { app } = await testApp();
  const document = (await app.inject({ url: '/api/openapi.json' })).json();
  // Components are the contract's named schemas, word for word: no def-0, nothing made up on the way.
  for (const [name, component] of Object.entries(document.components.schemas as Json)) {
    assert.ok(named.has(name), `component ${name} is not a contract $id`);
    assert.deepEqual(component, asListed(named.get(name)), `component ${name} differs from the contract`);
  }
  const operations = Object.values(document.paths as Record<string, Json>).flatMap((methods) => Object.keys(methods));
  assert.ok(operations.length >= 17, `only ${operations.length} operations listed`);
  assert.deepEqual(offencesIn(document), []);
});

test('the walk would catch a route that describes its own shape', async () => {
  const { app } = await testApp();
  // The same app plus one route written the old way: inline query, body and answer.
  app.register(
    async (api) => {
      api.post(
        '/inline-shape',
        {
          schema: {
            querystring: { type: 'object', properties: { period: { type: 'string' } } },
            body: { type: 'object', properties: { token: { type: 'string' } } },
            response: { 200: { type: 'object', properties: { ok: { type: 'boolean' } } }, 204: { type: 'null' } },
          },
        },
        async () => ({ ok: true }),
      );
    },
    { prefix: '/api/probe' },
  );
  const document = (await app.inject({ url: '/api/openapi.json' })).json();
  const offences = offencesIn(document);
  assert.equal(offences.length, 4, offences.join('\n'));
  assert.ok(offences.every((offence) => offence.startsWith('POST /api/probe/inline-shape: ')));
});
