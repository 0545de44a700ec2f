/** Web Push for supporters and coordinators (`push`): the server's key and each browser's subscription. */
import type { FromSchema } from 'json-schema-to-ts';

/** `GET push/key`: the server's VAPID public key, to subscribe with (`applicationServerKey`). */
export const PushKeySchema = {
  $id: 'PushKey',
  type: 'object',
  additionalProperties: false,
  required: ['publicKey'],
  properties: {
    publicKey: { type: 'string', pattern: '^[A-Za-z0-9_-]{87}$', description: 'The uncompressed P-256 public key, base64url without padding.' },
  },
} as const;

/**
 * `POST push/subscriptions`: a browser's push subscription, as `PushSubscription.toJSON()` gives it.
 * The endpoint must be https on a browser's push service; the keys are the browser's P-256 public
 * key (65 bytes) and its 16-byte auth secret, base64url.
 */
export const PushSubscriptionBodySchema = {
  $id: 'PushSubscriptionBody',
  type: 'object',
  additionalProperties: false,
  required: ['endpoint', 'keys'],
  properties: {
    endpoint: { type: 'string', minLength: 10, maxLength: 2048 },
    expirationTime: { type: ['number', 'null'] },
    keys: {
      type: 'object',
      additionalProperties: false,
      required: ['p256dh', 'auth'],
      properties: {
        p256dh: { type: 'string', pattern: '^[A-Za-z0-9_-]{87}={0,1}$' },
        auth: { type: 'string', pattern: '^[A-Za-z0-9_-]{22}(==)?$' },
      },
    },
  },
} as const;

/** `DELETE push/subscriptions`: which of the signed-in account's subscriptions to end. */
export const PushUnsubscribeSchema = {
  $id: 'PushUnsubscribe',
  type: 'object',
  additionalProperties: false,
  required: ['endpoint'],
  properties: { endpoint: { type: 'string', minLength: 10, maxLength: 2048 } },
} as const;

export type PushKey = FromSchema<typeof PushKeySchema>;
export type PushSubscriptionBody = FromSchema<typeof PushSubscriptionBodySchema>;
export type PushUnsubscribe = FromSchema<typeof PushUnsubscribeSchema>;
