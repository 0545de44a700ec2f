/**
 * One rule for every write that creates something under a key made on the device (a support request,
 * a contact log entry), so that a device resending from its outbox never stores a thing twice:
 *
 * - the `Idempotency-Key` header must equal the body's `id` (422 otherwise);
 * - the first body with that id is stored, with the hash of its canonical JSON;
 * - the same id with the same body is a replay: the stored answer again, 200, `Idempotent-Replayed`;
 * - the same id with another body is refused (422), unless the store answers that id the same
 *   whatever the body (a closed request: see routes/requests.ts).
 *
 * Each route keeps its own table and answers; only the rule and the hash live here.
 */
import { createHash } from 'node:crypto';
import { HttpProblem, problem } from './problem.js';

/** JSON with object keys sorted: key order does not change what was sent. Array order does. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The hash stored with a body (SHA-256 of its canonical JSON, hex), compared when the id comes again. */
export const bodyHash = (body: unknown): string => createHash('sha256').update(canonicalJson(body)).digest('hex');

/** What the store remembers of the first write with this id. */
export type EarlierWrite<Answer> =
  /** Stored with this body hash; a resend of the same body gets `answer` again. */
  | { bodyHash: string; answer: Answer }
  /** Answered the same whatever body is resent, compared with nothing. */
  | { sameAnswerForAnyBody: Answer };

/**
 * The lookup and the insert of one route, run by `writeOnce` inside the caller's transaction (SQLite:
 * IMMEDIATE, so two processes do not both insert; PostgreSQL: the insert is `ON CONFLICT DO NOTHING`).
 */
export interface IdempotentStore<Body, Answer> {
  earlier(id: string): Promise<EarlierWrite<Answer> | undefined>;
  /**
   * Stores a new body; may refuse it by throwing an HttpProblem (nothing is stored then). Answers
   * `undefined` when another writer stored this id after the lookup: `writeOnce` then answers the
   * resend from what that writer stored.
   */
  insert(body: Body, bodyHash: string): Promise<Answer | undefined>;
  /**
   * Hashes this body had under schemes used before the canonical one, for rows stored back then. Safe
   * to offer for every row: each hashes a JSON array, never the canonical JSON of an object, so it
   * can only ever equal a hash that was itself made by that older scheme.
   */
  legacyHashes?(body: Body): string[];
}

export interface IdempotentWrite<Body> {
  /** The header as received. */
  key: string;
  body: Body;
  /** What the client calls the thing, for the refusals: "request", "entry". */
  noun: string;
}

/**
 * Stores the body once under its key, or answers a resend of it; see the rule above. Call it inside
 * one transaction (`store.transaction`), with `store` bound to it.
 */
export async function writeOnce<Body extends { id: string }, Answer>({ key, body, noun }: IdempotentWrite<Body>, store: IdempotentStore<Body, Answer>): Promise<{ replayed: boolean; answer: Answer }> {
  if (key !== body.id) throw new HttpProblem(problem(422, `The Idempotency-Key header must equal the ${noun} id.`));
  const hash = bodyHash(body);
  let earlier = await store.earlier(body.id);
  if (!earlier) {
    const answer = await store.insert(body, hash);
    if (answer !== undefined) return { replayed: false, answer };
    // Another instance stored this id since the lookup; answer as for any resend.
    earlier = await store.earlier(body.id);
    if (!earlier) throw new HttpProblem(problem(409, `The same ${noun} is being saved right now. Send it again in a moment to get its receipt.`));
  }
  if ('sameAnswerForAnyBody' in earlier) return { replayed: true, answer: earlier.sameAnswerForAnyBody };
  const sameBody = earlier.bodyHash === hash || (store.legacyHashes?.(body) ?? []).includes(earlier.bodyHash);
  if (!sameBody) throw new HttpProblem(problem(422, `This key was already used for a different ${noun}.`));
  return { replayed: true, answer: earlier.answer };
}
