import type { Problem } from './contract.js';
/**
 * Why a call to the backend did not give us what we asked for. Widgets show `userMessage`;
 * the outbox decides by `retryable` whether to try again later.
 */
export type PeerErrorKind = 'network' | 'timeout' | 'problem' | 'sign-in' | 'bad-response' | 'aborted';
export declare abstract class PeerError extends Error {
    abstract readonly kind: PeerErrorKind;
    /** HTTP status when there was a response. */
    readonly status?: number;
    constructor(message: string, options?: {
        cause?: unknown;
        status?: number;
    });
    /** A sentence a person can read. */
    abstract get userMessage(): string;
    /** Whether the same request may succeed if simply sent again later. */
    get retryable(): boolean;
}
export declare class PeerNetworkError extends PeerError {
    readonly kind = "network";
    /**
     * The browser was online and the server is on another origin: most likely it does not allow this
     * page yet (CORS), though it may also be down. Said so, instead of "you may be offline".
     */
    readonly crossOrigin: boolean;
    constructor(message: string, options?: {
        cause?: unknown;
        crossOrigin?: boolean;
    });
    get userMessage(): string;
    get retryable(): boolean;
}
export declare class PeerTimeoutError extends PeerError {
    readonly kind = "timeout";
    get userMessage(): string;
    get retryable(): boolean;
}
export declare class PeerAbortError extends PeerError {
    readonly kind = "aborted";
    get userMessage(): string;
}
/** The server answered with an error status. `problem` holds its RFC 9457 details when it sent them. */
export declare class PeerProblemError extends PeerError {
    readonly kind = "problem";
    readonly status: number;
    readonly problem?: Problem;
    /** Seconds to wait before trying again, from `Retry-After`. */
    readonly retryAfterSeconds?: number;
    constructor(status: number, problem?: Problem, retryAfterSeconds?: number);
    get userMessage(): string;
    get retryable(): boolean;
}
/** The portal answered with a sign-in wall instead of data: a 401/403 or an SSO login page. */
export declare class PeerSignInRequiredError extends PeerError {
    readonly kind = "sign-in";
    get userMessage(): string;
}
/** The answer cannot be used: not JSON, or not the shape the contract describes. */
export declare class PeerBadResponseError extends PeerError {
    readonly kind = "bad-response";
    get userMessage(): string;
}
/**
 * Also true for an error made by another copy of this library on the page (they share list requests,
 * see `shared-lists.ts`): same kind, same words, another class object.
 */
export declare function isPeerError(error: unknown): error is PeerError;
