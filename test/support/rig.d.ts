export declare const API_URL: string;
export declare const PROXY_URL: string;
export interface FaultRule {
    /** Upstream path prefix, e.g. `/api/supporters`. */
    match: string;
    method?: string;
    /** Apply this many times, then forward normally again. */
    times?: number;
    status?: number;
    headers?: Record<string, string>;
    body?: unknown;
    contentType?: string;
    delayMs?: number;
    /** Close the connection before the server sees the request. */
    drop?: boolean;
    /** Let the server store it, then close the connection: the answer is lost. */
    dropResponse?: boolean;
}
export interface ProxyLogEntry {
    method: string;
    path: string;
    idempotencyKey?: string;
    /** authorization, x-csrf-token, content-type, accept, x-tenant as the proxy received them. */
    headers: Record<string, string>;
    /** The proxy has finished with it (answered, dropped, or forwarded and answered). */
    done: boolean;
}
/** Resolves once every request that reached the proxy has been fully handled (e.g. an abandoned one forwarded). */
export declare function proxySettled(): Promise<void>;
export declare function injectFault(rule: FaultRule): Promise<void>;
export declare function clearFaults(): Promise<void>;
export declare function proxyLog(): Promise<ProxyLogEntry[]>;
/** How many times each request id is stored in the server's database (read directly from the file). */
export declare function storedRequestCounts(ids: string[]): Promise<Record<string, number>>;
export declare function cspViolations(): {
    directive: string;
    blocked: string;
    sample: string;
}[];
