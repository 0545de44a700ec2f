/**
 * The HTTP contract between the widgets and a backend (the reference server or an HR portal).
 *
 * Each schema is plain JSON Schema, written once: the reference server validates requests and
 * serializes responses with it and builds `/api/openapi.json` from it; the widgets take their
 * TypeScript types from it (`FromSchema`, type-only) and use it at run time to make whatever a portal
 * sends safe to render (see `conform.ts`).
 *
 * One module per resource (`contract/<resource>.ts`), so a page bundles only the schemas of the
 * resources its elements read: a roster-only page carries the supporter schemas and nothing of
 * requests, inbox or stats. This file gathers them for the server, the tests and the docs.
 */
export * from './contract/common.js';
export * from './contract/supporters.js';
export * from './contract/resources.js';
export * from './contract/requests.js';
export * from './contract/contacts.js';
export * from './contract/inbox.js';
export * from './contract/session.js';
export * from './contract/push.js';
