/**
 * Abuse limits for anonymous writes and sign-in. The counters live behind `RateLimitStore`, so that
 * several server instances on one database share them.
 *
 * A client is known only by a keyed hash of its address (HMAC-SHA-256 with a secret that is random per
 * process unless LIMIT_KEY_SECRET gives every instance the same one): the address itself is never
 * stored, counted under its own name or logged.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../src/core/contract.js';
import { problem, sendProblem } from './problem.js';

/** Counts hits per key in fixed windows; shared across instances when backed by the database. */
export interface RateLimitStore {
  /** Records one hit for `key` in the fixed window that holds `now`, and returns the hits counted in that window so far. */
  hit(key: string, windowMs: number, now: number): Promise<{ count: number; resetAt: number }>;
  /**
   * Optional, for a store behind a network hop: `hit(first)`, then `hit(then)` only when the first
   * count is within `first.max`, in one round trip. Same counts as those calls made one after the other.
   */
  hitThen?(first: { key: string; windowMs: number; max: number }, then: { key: string; windowMs: number }, now: number): Promise<[{ count: number; resetAt: number }, { count: number; resetAt: number } | undefined]>;
}

/**
 * Counters in this process's memory: right for one instance and for tests. Several instances need the
 * database's store (they would each count on their own, multiplying every limit by their number).
 */
export class MemoryRateLimitStore implements RateLimitStore {
  readonly #windows = new Map<string, { start: number; count: number }>();
  #sweptAt = 0;

  async hit(key: string, windowMs: number, now: number): Promise<{ count: number; resetAt: number }> {
    const start = Math.floor(now / windowMs) * windowMs;
    const id = `${windowMs}:${key}`;
    let window = this.#windows.get(id);
    if (!window || window.start !== start) {
      window = { start, count: 0 };
      this.#windows.set(id, window);
    }
    window.count++;
    this.#sweep(now);
    return { count: window.count, resetAt: start + windowMs };
  }

  /**
   * Forgets finished windows now and then (every minute; every second while the map is large), so a
   * flood from many addresses cannot grow it for good, nor make every hit pay for a sweep.
   */
  #sweep(now: number) {
    if (now - this.#sweptAt < (this.#windows.size < 100_000 ? 60_000 : 1_000)) return;
    this.#sweptAt = now;
    for (const [id, window] of this.#windows) {
      const windowMs = Number(id.slice(0, id.indexOf(':')));
      if (window.start + windowMs <= now) this.#windows.delete(id);
    }
  }
}

/** At most `max` hits per `windowMs`; `max` 0 turns the rule off. */
export interface Rule {
  max: number;
  windowMs: number;
}

export interface LimitSettings {
  /** Anonymous `POST /api/requests` from one client. */
  requestsPerClient: Rule;
  /** Anonymous `POST /api/requests` from everyone together (what the team can read in a day, with room). */
  requestsOverall: Rule;
  /** `POST /api/session` (redeeming a sign-in link) from one client. */
  signInPerClient: Rule;
  /** `POST /api/session` from everyone together. */
  signInOverall: Rule;
  /** Open requests that may share one contact value (phone number, email…); 0 turns the cap off. */
  openRequestsPerContact: number;
}

/**
 * Defaults sized for a workplace: a whole site often reaches the server through one address (a
 * corporate proxy or NAT), so "one client" can be many people; a program receives a few requests a
 * day, and a shift change brings a few dozen sign-ins at once.
 */
export const DEFAULT_LIMITS: LimitSettings = {
  requestsPerClient: { max: 20, windowMs: 10 * 60_000 },
  requestsOverall: { max: 600, windowMs: 60_000 },
  signInPerClient: { max: 30, windowMs: 10 * 60_000 },
  signInOverall: { max: 300, windowMs: 60_000 },
  openRequestsPerContact: 3,
};

/** No limits at all (the benchmarks' throughput runs; most tests). */
export const NO_LIMITS: LimitSettings = {
  requestsPerClient: { max: 0, windowMs: 60_000 },
  requestsOverall: { max: 0, windowMs: 60_000 },
  signInPerClient: { max: 0, windowMs: 60_000 },
  signInOverall: { max: 0, windowMs: 60_000 },
  openRequestsPerContact: 0,
};

/** A keyed hash of the client address: the same client gets the same key, and the key gives the address away to nobody. */
export function clientKeyer(secret: string | undefined = undefined): (address: string) => string {
  const key = secret ? Buffer.from(secret) : randomBytes(32);
  return (address) => createHmac('sha256', key).update(address).digest('base64url').slice(0, 22);
}

interface Limited {
  /** Words for the person, shown by the widgets (Retry-After says when). */
  detail: string;
  perClient: Rule;
  overall: Rule;
}

/**
 * Counts one hit against the client's rule, then (only when the client is within it, so one client's
 * flood does not use up everyone's allowance) against the overall rule. Answers the seconds to wait
 * when either is over, or undefined.
 */
export async function overLimit(store: RateLimitStore, name: string, clientKey: string, limited: Pick<Limited, 'perClient' | 'overall'>, now: number): Promise<number | undefined> {
  const { perClient, overall } = limited;
  if (store.hitThen && perClient.max > 0 && overall.max > 0) {
    const [client, all] = await store.hitThen({ key: `${name}:client:${clientKey}`, windowMs: perClient.windowMs, max: perClient.max }, { key: `${name}:all`, windowMs: overall.windowMs }, now);
    const over = client.count > perClient.max ? client : all && all.count > overall.max ? all : undefined;
    return over && Math.max(1, Math.ceil((over.resetAt - now) / 1000));
  }
  for (const [rule, key] of [
    [limited.perClient, `${name}:client:${clientKey}`],
    [limited.overall, `${name}:all`],
  ] as const) {
    if (rule.max <= 0) continue;
    const { count, resetAt } = await store.hit(key, rule.windowMs, now);
    if (count > rule.max) return Math.max(1, Math.ceil((resetAt - now) / 1000));
  }
  return undefined;
}

/** 429 with Retry-After and a problem the widgets show as it is. */
export function sendTooMany(reply: FastifyReply, retryAfterSeconds: number, detail: string, extra: Partial<Problem> = {}): FastifyReply {
  return sendProblem(reply.header('Retry-After', String(retryAfterSeconds)), problem(429, detail, extra));
}

const REQUESTS_DETAIL = 'A lot of requests have come from here in a short time, so the server is pausing new ones for a little while. Yours is kept and will be sent again on its own. If you need someone now, please use the crisis line.';
const STATUS_DETAIL = 'Many look-ups have come from here in a short time. Please look again in a little while; your request is kept either way.';
const SIGN_IN_DETAIL = 'There have been many sign-in attempts in a short time. Please wait a little and open your sign-in link again.';

/**
 * An `onRequest` hook (before the body is read, so a flood costs little) limiting anonymous
 * `POST /api/requests`, `GET /api/requests/{id}/status` and `POST /api/session`; every other route passes untouched.
 */
export function abuseLimits(store: RateLimitStore, limits: LimitSettings, keyOf: (address: string) => string, now: () => number = Date.now) {
  const routes = new Map<string, Limited>([
    ['POST /api/requests', { detail: REQUESTS_DETAIL, perClient: limits.requestsPerClient, overall: limits.requestsOverall }],
    ['POST /api/session', { detail: SIGN_IN_DETAIL, perClient: limits.signInPerClient, overall: limits.signInOverall }],
    // The person's receipt (no sign-in): counted apart from new requests, with the same allowances.
    ['GET /api/requests/:id/status', { detail: STATUS_DETAIL, perClient: limits.requestsPerClient, overall: limits.requestsOverall }],
  ]);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const name = `${request.method} ${request.routeOptions.url}`;
    const limited = routes.get(name);
    if (!limited) return;
    // request.ip honours TRUST_PROXY; it is used here only, and only through its keyed hash.
    const wait = await overLimit(store, name, keyOf(request.ip ?? ''), limited, now());
    if (wait !== undefined) return sendTooMany(reply, wait, limited.detail);
  };
}

const CONTACT_DETAIL =
  'There are already requests waiting with these contact details, so this one was not added. A supporter will get in touch about them. If you need someone now, please use the crisis line.';

/** How many open requests (not closed, not erased) carry this contact value, other than the one with `exceptId`. */
export type OpenRequestsForContact = (channel: { kind: string; value: string }, exceptId: string) => Promise<number> | number;

/**
 * The cap on open requests per contact value, checked by `POST /api/requests` (server/routes/requests.ts)
 * once the body is validated and before anything else about it: answers the 429 when `max` (above 0)
 * open requests other than this one carry its contact value (true: answered). The request's own id is left out of the
 * count, so resending a request that is already saved still gets its receipt. The route's one-statement
 * insert (RequestsRepository.insertIfAllowed) applies the same cap in SQL; this is the answer when it
 * stored nothing.
 */
export async function refuseOverContactCap(reply: FastifyReply, max: number, countOpen: OpenRequestsForContact, body: { id: string; channel: { kind: string; value: string } }): Promise<boolean> {
  if (max <= 0) return false;
  if ((await countOpen(body.channel, body.id)) < max) return false;
  // Not the reply itself: a FastifyReply is thenable, and awaiting it would wait for the answer to be sent.
  sendTooMany(reply, 3600, CONTACT_DETAIL, { errors: [{ field: 'channel.value', message: 'too many open requests with this contact' }] });
  return true;
}
