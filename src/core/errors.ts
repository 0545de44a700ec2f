import { msg, str } from '@lit/localize';
import type { Problem } from './contract.js';

/**
 * Why a call to the backend did not give us what we asked for. Widgets show `userMessage`;
 * the outbox decides by `retryable` whether to try again later.
 */
export type PeerErrorKind =
  | 'network' // no answer at all: offline, DNS, CORS refusal, connection reset
  | 'timeout' // no answer in time
  | 'problem' // the server answered with an error status (problem+json or not)
  | 'sign-in' // the portal wants the person to sign in (401/403 or an SSO login page)
  | 'bad-response' // an answer we cannot use: not JSON, or not the shape of the contract
  | 'aborted'; // the widget itself cancelled (e.g. it left the page)

export abstract class PeerError extends Error {
  abstract readonly kind: PeerErrorKind;
  /** HTTP status when there was a response. */
  readonly status?: number;

  constructor(message: string, options?: { cause?: unknown; status?: number }) {
    super(message, options);
    this.name = new.target.name;
    this.status = options?.status;
  }

  /** A sentence a person can read. */
  abstract get userMessage(): string;

  /** Whether the same request may succeed if simply sent again later. */
  get retryable(): boolean {
    return false;
  }
}

export class PeerNetworkError extends PeerError {
  readonly kind = 'network';
  /**
   * The browser was online and the server is on another origin: most likely it does not allow this
   * page yet (CORS), though it may also be down. Said so, instead of "you may be offline".
   */
  readonly crossOrigin: boolean;

  constructor(message: string, options?: { cause?: unknown; crossOrigin?: boolean }) {
    super(message, options);
    this.crossOrigin = options?.crossOrigin ?? false;
  }

  get userMessage() {
    return this.crossOrigin
      ? msg("We couldn't reach the peer support service from this page. It may not be set up to allow this page yet, or it may be down for a moment. If this keeps happening, please let your IT team know.")
      : msg("We couldn't reach the server. You may be offline, or the service may be down for a moment.");
  }
  override get retryable() {
    return true;
  }
}

export class PeerTimeoutError extends PeerError {
  readonly kind = 'timeout';
  get userMessage() {
    return msg('The server took too long to answer.');
  }
  override get retryable() {
    return true;
  }
}

export class PeerAbortError extends PeerError {
  readonly kind = 'aborted';
  get userMessage() {
    return msg('The request was cancelled.');
  }
}

/** The server answered with an error status. `problem` holds its RFC 9457 details when it sent them. */
export class PeerProblemError extends PeerError {
  readonly kind = 'problem';
  declare readonly status: number;
  readonly problem?: Problem;
  /** Seconds to wait before trying again, from `Retry-After`. */
  readonly retryAfterSeconds?: number;

  constructor(status: number, problem?: Problem, retryAfterSeconds?: number) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`, { status });
    this.problem = problem;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get userMessage() {
    // The server's `detail` is written for a person; it is shown as text, never as markup.
    if (this.problem?.detail) return this.problem.detail;
    if (this.status >= 500) return msg('Something went wrong on the server. Please try again in a little while.');
    if (this.status === 404) return msg('The server does not know this address. Please tell your IT team.');
    if (this.status === 413) return msg('This is more than the server accepts. Please shorten it.');
    if (this.status === 429) return msg('The server is busy. Please try again in a little while.');
    return msg(str`The server could not accept this (error ${this.status}).`);
  }

  override get retryable() {
    return this.status === 408 || this.status === 409 || this.status === 429 || this.status >= 500;
  }
}

/**
 * The portal answered with a sign-in wall instead of data: a 401 or an SSO login page; or a 403, when
 * the person is signed in but their account may not do this (said so, not "please sign in").
 */
export class PeerSignInRequiredError extends PeerError {
  readonly kind = 'sign-in';
  /** With a 403: the server's `detail`, written for a person (e.g. why a change was refused). */
  readonly detail?: string;

  constructor(message: string, options?: { cause?: unknown; status?: number; detail?: string }) {
    super(message, options);
    this.detail = options?.detail;
  }

  /** Signed in, but this account may not do this (HTTP 403). */
  get forbidden(): boolean {
    return this.status === 403;
  }
  get userMessage() {
    if (!this.forbidden) return msg('Please sign in to your organization’s portal, then try again.');
    // Shown as text, never as markup.
    return this.detail ?? msg('Your account cannot do this. If you think it should, please ask your peer support coordinator.');
  }
}

/** The answer cannot be used: not JSON, or not the shape the contract describes. */
export class PeerBadResponseError extends PeerError {
  readonly kind = 'bad-response';
  get userMessage() {
    return msg('The server sent something we could not read. Please tell your IT team; the details are in the browser console.');
  }
}

/**
 * Also true for an error made by another copy of this library on the page (they share list requests,
 * see `shared-lists.ts`): same kind, same words, another class object.
 */
export function isPeerError(error: unknown): error is PeerError {
  if (error instanceof PeerError) return true;
  const candidate = error as Partial<PeerError> | null;
  return error instanceof Error && typeof candidate?.kind === 'string' && typeof candidate.userMessage === 'string' && typeof candidate.retryable === 'boolean';
}

/**
 * The one way a widget turns an error into words for a person: a `PeerError`'s `userMessage`, or
 * else a plain sentence. Raw error text (a stack, a `TypeError`'s message) never reaches a person;
 * it goes to the console, for IT.
 */
export function messageForPerson(error: unknown, fallback: () => string = () => msg('Something went wrong. Please try again; if it keeps happening, please let your IT team know.')): string {
  if (isPeerError(error)) return error.userMessage;
  console.error('[peer-support]', error);
  return fallback();
}
