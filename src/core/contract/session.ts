/** Sign-in by one-time link and the session (`session`). */
import type { FromSchema } from 'json-schema-to-ts';

/** `POST session`: a one-time sign-in link's token, and how the session should travel. */
export const SignInSchema = {
  $id: 'SignIn',
  type: 'object',
  additionalProperties: false,
  required: ['token'],
  properties: {
    token: { type: 'string', minLength: 20, maxLength: 100 },
    mode: { type: 'string', enum: ['cookie', 'bearer'], description: '"cookie" (the default): an HttpOnly, SameSite=Strict cookie. "bearer": the token is returned as sessionToken.' },
  },
} as const;

/** The answer to `POST session/sign-out-everywhere`. */
export const SignOutEverywhereSchema = {
  $id: 'SignOutEverywhere',
  type: 'object',
  additionalProperties: false,
  required: ['endedSessions'],
  properties: { endedSessions: { type: 'integer', minimum: 0, description: 'How many sessions were ended, this one included.' } },
} as const;

export const SessionSchema = {
  $id: 'Session',
  type: 'object',
  additionalProperties: false,
  required: ['accountId', 'role', 'displayName', 'csrfToken'],
  properties: {
    accountId: { type: 'string' },
    role: { type: 'string', enum: ['supporter', 'coordinator'] },
    supporterId: { type: 'string' },
    displayName: { type: 'string' },
    csrfToken: { type: 'string', description: 'Send as X-CSRF-Token on every write made with the session cookie.' },
    sessionToken: { type: 'string', description: 'Only when a bearer session was asked for.' },
  },
} as const;

export type Session = FromSchema<typeof SessionSchema>;

export type SignIn = FromSchema<typeof SignInSchema>;

export type SignOutEverywhere = FromSchema<typeof SignOutEverywhereSchema>;
