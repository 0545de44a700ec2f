import type { PeerResourceName } from './contract.js';
import type { PeerConfig } from './config.js';
export interface PeerRequestOptions<T> {
    method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    /** Sub-path under the resource, e.g. a record id. Encoded here. */
    id?: string;
    query?: Record<string, string | number | boolean | undefined>;
    /** Sent as JSON. */
    body?: unknown;
    /** Sent as the `Idempotency-Key` header so a retried write lands once. */
    idempotencyKey?: string;
    /** Turns the parsed JSON into what the caller needs; throw `PeerBadResponseError` when it cannot. */
    decode?: (json: unknown) => T;
    /** Cancels the request (e.g. when the element leaves the page). */
    signal?: AbortSignal;
    /** Overrides the configured timeout for this request. */
    timeoutMs?: number;
}
/**
 * The one way widgets talk to a backend. It knows the contract's paths, the page's auth (credentials,
 * extra headers, CSRF meta), and turns every way a call can go wrong into a typed `PeerError`
 * with a sentence a person can read.
 */
export declare class PeerHttpClient {
    private readonly config;
    constructor(config: PeerConfig);
    /** Absolute URL of a contract resource, honouring per-path overrides. */
    url(resource: PeerResourceName, id?: string): URL;
    /**
     * What makes two reads of a resource the very same request: its URL, the credentials mode and the
     * extra headers (a header provider function by identity). Elements with equal keys share one
     * request and one answer (see `shared-lists.ts`).
     */
    shareKey(resource: PeerResourceName): string;
    request<T = unknown>(resource: PeerResourceName, options?: PeerRequestOptions<T>): Promise<T>;
    /** Sends to an absolute URL (the outbox keeps the URL a request was made for). */
    send<T = unknown>(url: URL, options?: Omit<PeerRequestOptions<T>, 'id' | 'query'>): Promise<T>;
    /** Tells IT in the console, once per endpoint, what to set so that the API allows this page. */
    private tellItOnce;
    private headersFor;
    private read;
}
/** `Retry-After` as seconds (either delta-seconds or an HTTP date). */
export declare function parseRetryAfter(value: string | null, now?: number): number | undefined;
