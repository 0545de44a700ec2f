import { msg, str } from '@lit/localize';
export class PeerError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
        this.status = options?.status;
    }
    /** Whether the same request may succeed if simply sent again later. */
    get retryable() {
        return false;
    }
}
export class PeerNetworkError extends PeerError {
    constructor(message, options) {
        super(message, options);
        this.kind = 'network';
        this.crossOrigin = options?.crossOrigin ?? false;
    }
    get userMessage() {
        return this.crossOrigin
            ? msg("We couldn't reach the peer support service from this page. It may not be set up to allow this page yet, or it may be down for a moment. If this keeps happening, please let your IT team know.")
            : msg("We couldn't reach the server. You may be offline, or the service may be down for a moment.");
    }
    get retryable() {
        return true;
    }
}
export class PeerTimeoutError extends PeerError {
    constructor() {
        super(...arguments);
        this.kind = 'timeout';
    }
    get userMessage() {
        return msg('The server took too long to answer.');
    }
    get retryable() {
        return true;
    }
}
export class PeerAbortError extends PeerError {
    constructor() {
        super(...arguments);
        this.kind = 'aborted';
    }
    get userMessage() {
        return msg('The request was cancelled.');
    }
}
/** The server answered with an error status. `problem` holds its RFC 9457 details when it sent them. */
export class PeerProblemError extends PeerError {
    constructor(status, problem, retryAfterSeconds) {
        super(problem?.detail ?? problem?.title ?? `HTTP ${status}`, { status });
        this.kind = 'problem';
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }
    get userMessage() {
        // The server's `detail` is written for a person; it is shown as text, never as markup.
        if (this.problem?.detail)
            return this.problem.detail;
        if (this.status >= 500)
            return msg('Something went wrong on the server. Please try again in a little while.');
        if (this.status === 404)
            return msg('The server does not know this address. Please tell your IT team.');
        if (this.status === 413)
            return msg('This is more than the server accepts. Please shorten it.');
        if (this.status === 429)
            return msg('The server is busy. Please try again in a little while.');
        return msg(str `The server could not accept this (error ${this.status}).`);
    }
    get retryable() {
        return this.status === 408 || this.status === 409 || this.status === 429 || this.status >= 500;
    }
}
/** The portal answered with a sign-in wall instead of data: a 401/403 or an SSO login page. */
export class PeerSignInRequiredError extends PeerError {
    constructor() {
        super(...arguments);
        this.kind = 'sign-in';
    }
    get userMessage() {
        return msg('Please sign in to your organization’s portal, then try again.');
    }
}
/** The answer cannot be used: not JSON, or not the shape the contract describes. */
export class PeerBadResponseError extends PeerError {
    constructor() {
        super(...arguments);
        this.kind = 'bad-response';
    }
    get userMessage() {
        return msg('The server sent something we could not read. Please tell your IT team; the details are in the browser console.');
    }
}
/**
 * Also true for an error made by another copy of this library on the page (they share list requests,
 * see `shared-lists.ts`): same kind, same words, another class object.
 */
export function isPeerError(error) {
    if (error instanceof PeerError)
        return true;
    const candidate = error;
    return error instanceof Error && typeof candidate?.kind === 'string' && typeof candidate.userMessage === 'string' && typeof candidate.retryable === 'boolean';
}
