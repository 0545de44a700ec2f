import type { PeerResourceName, Problem } from './contract.js';
import type { HeaderProvider, PeerConfig } from './config.js';
import { pageRegistry } from './page-registry.js';
import {
  PeerAbortError,
  PeerBadResponseError,
  PeerNetworkError,
  PeerProblemError,
  PeerSignInRequiredError,
  PeerTimeoutError,
} from './errors.js';

export interface PeerRequestOptions<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sub-path under the resource, e.g. a record id. Encoded here. */
  id?: string;
  /** A further sub-path after the id (or straight under the resource), e.g. `claim` in `inbox/{id}/claim`. Encoded here. */
  action?: string;
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

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json\b/i;
const PROBLEM_TYPE = /^application\/problem\+json\b/i;
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one way widgets talk to a backend. It knows the contract's paths, the page's auth (credentials,
 * extra headers, CSRF meta), and turns every way a call can go wrong into a typed `PeerError`
 * with a sentence a person can read.
 */
export class PeerHttpClient {
  constructor(private readonly config: PeerConfig) {}

  /**
   * Absolute URL of a contract resource, honouring per-path overrides (`paths`), with an optional
   * record `id` and `action` below it: `url('inbox', id, 'claim')` is `{paths.inbox}/{id}/claim`,
   * `url('inbox', undefined, 'assignees')` is `{paths.inbox}/assignees`. Each segment is encoded.
   */
  url(resource: PeerResourceName, id?: string, action?: string): URL {
    const base = new URL(this.config.endpoint, globalThis.location?.href);
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    const path = this.config.paths[resource] ?? resource;
    const url = new URL(path, base);
    const below = [id, action].filter((segment): segment is string => segment !== undefined).map(encodeURIComponent);
    if (below.length) url.pathname = [url.pathname.replace(/\/$/, ''), ...below].join('/');
    return url;
  }

  /**
   * What makes two reads of a resource the very same request: its URL, the credentials mode and the
   * extra headers (a header provider function by identity). Elements with equal keys share one
   * request and one answer (see `shared-lists.ts`).
   */
  shareKey(resource: PeerResourceName): string {
    return JSON.stringify([this.url(resource).href, this.config.credentials, headerScope(this.config.headers)]);
  }

  async request<T = unknown>(resource: PeerResourceName, options: PeerRequestOptions<T> = {}): Promise<T> {
    const url = this.url(resource, options.id, options.action);
    for (const [key, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return this.send(url, options);
  }

  /** Sends to an absolute URL (the outbox keeps the URL a request was made for). */
  async send<T = unknown>(url: URL, options: Omit<PeerRequestOptions<T>, 'id' | 'action' | 'query'> = {}): Promise<T> {
    const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
    const headers = await this.headersFor(method, options);
    const timeoutMs = options.timeoutMs ?? this.config.timeoutMs;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;

    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: this.config.credentials,
        // A redirect from an API is an SSO wall in practice; following it would hand us a login page.
        redirect: 'manual',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw new PeerAbortError('Cancelled', { cause: error });
      if (timeout.aborted) throw new PeerTimeoutError(`No answer from ${url.origin} within ${timeoutMs} ms`, { cause: error });
      // The browser hides why (CORS, DNS, a refused connection all look alike). Online and across
      // origins, the likeliest cause is a server that does not allow this page yet: say so.
      const pageOrigin = globalThis.location?.origin;
      const crossOrigin = globalThis.navigator?.onLine === true && pageOrigin !== undefined && url.origin !== pageOrigin;
      if (crossOrigin) this.tellItOnce(url, pageOrigin, headers);
      throw new PeerNetworkError(`Could not reach ${url.origin}`, { cause: error, crossOrigin });
    }
    return this.read(response, options.decode, timeout);
  }

  /** Tells IT in the console, once per endpoint, what to set so that the API allows this page. */
  private tellItOnce(url: URL, page: string, headers: Headers): void {
    const { toldIt } = pageRegistry();
    const endpoint = `cors ${new URL(this.config.endpoint, globalThis.location?.href).href}`;
    if (toldIt.has(endpoint)) return;
    toldIt.add(endpoint);
    // Headers beyond the CORS-safelisted ones make the browser ask first (an OPTIONS preflight).
    const asked = [...headers.keys()].filter((name) => !['accept', 'accept-language', 'content-language'].includes(name));
    console.warn(
      `[peer-support] No answer from ${url.href} to this page (${page}), though the browser is online: most likely the API ` +
        `does not allow this origin (CORS; the browser's own message says so), or it is down. Reference server: add ${page} to ALLOWED_ORIGINS. ` +
        `Portal or gateway: answer with Access-Control-Allow-Origin: ${page}` +
        (this.config.credentials === 'include' ? ' and Access-Control-Allow-Credentials: true (credentials: include)' : '') +
        (asked.length ? `, and to the OPTIONS preflight with Access-Control-Allow-Headers: ${asked.join(', ')}` : '') +
        '.',
    );
  }

  private async headersFor(method: string, options: PeerRequestOptions<unknown>): Promise<Headers> {
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    if (options.body !== undefined) headers.set('Content-Type', 'application/json');
    if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);
    if (UNSAFE_METHODS.has(method)) {
      const token = readCsrfToken(this.config.csrfMeta);
      if (token) headers.set(this.config.csrfHeader, token);
    }
    const provided = typeof this.config.headers === 'function' ? await this.config.headers() : this.config.headers;
    for (const [name, value] of Object.entries(provided ?? {})) headers.set(name, value);
    return headers;
  }

  private async read<T>(response: Response, decode: ((json: unknown) => T) | undefined, timeout: AbortSignal): Promise<T> {
    const contentType = response.headers.get('Content-Type') ?? '';
    if (response.status === 403) {
      // Signed in, but not allowed: the server's own words say why (the wrong role, a stale CSRF token).
      const problem = await readProblem(response, contentType);
      throw new PeerSignInRequiredError('Not allowed (403)', { status: 403, detail: problem?.detail });
    }
    if (response.type === 'opaqueredirect' || response.status === 401) {
      discard(response);
      throw new PeerSignInRequiredError(`Sign-in required (${response.status || 'redirect'})`, { status: response.status || undefined });
    }
    if (!response.ok) {
      // An error page from a gateway (502 as HTML) is an outage to retry, not a sign-in wall.
      throw new PeerProblemError(response.status, await readProblem(response, contentType), parseRetryAfter(response.headers.get('Retry-After')));
    }
    if (/^text\/html\b/i.test(contentType)) {
      // A portal's login page served in place of data, often with a 200.
      discard(response);
      throw new PeerSignInRequiredError(`Got an HTML page (status ${response.status}) instead of data; probably a sign-in page`, {
        status: response.status,
      });
    }
    if (response.status === 204) return (decode ? decode(undefined) : undefined) as T;
    if (!JSON_TYPE.test(contentType)) {
      discard(response);
      throw new PeerBadResponseError(`Expected JSON, got "${contentType || 'no content type'}"`, { status: response.status });
    }
    let json: unknown;
    try {
      json = await response.json();
    } catch (error) {
      if (timeout.aborted) throw new PeerTimeoutError('The answer stopped arriving in time', { cause: error });
      throw new PeerBadResponseError('The answer is not valid JSON', { cause: error, status: response.status });
    }
    return decode ? decode(json) : (json as T);
  }
}

/**
 * Reads to the end, and drops, an answer's body that is not used. Left unread, the browser keeps the
 * request open until the timeout aborts it: a signed-out page looked busy for 15 s over one 401.
 */
function discard(response: Response): void {
  if (!response.bodyUsed) response.arrayBuffer().catch(() => undefined);
}

async function readProblem(response: Response, contentType: string): Promise<Problem | undefined> {
  if (!PROBLEM_TYPE.test(contentType) && !JSON_TYPE.test(contentType)) {
    discard(response);
    return undefined;
  }
  try {
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return undefined;
    const { title, detail, type } = body as Record<string, unknown>;
    // Only text is kept; a problem's fields are shown to people, so nothing else may pass.
    return {
      ...(body as object),
      status: response.status,
      title: typeof title === 'string' ? title.slice(0, 200) : response.statusText,
      detail: typeof detail === 'string' ? detail.slice(0, 1000) : undefined,
      type: typeof type === 'string' ? type : undefined,
    } as Problem;
  } catch {
    return undefined;
  }
}

/** `Retry-After` as seconds (either delta-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Extra headers as part of a share key: a plain map by value, a provider function by identity. */
function headerScope(headers: HeaderProvider | undefined): string {
  if (!headers) return '';
  if (typeof headers === 'function') {
    const registry = pageRegistry();
    let id = registry.providerIds.get(headers);
    if (id === undefined) registry.providerIds.set(headers, (id = registry.nextProviderId++));
    return `provider ${id}`;
  }
  return JSON.stringify(Object.entries(headers).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function readCsrfToken(metaName: string): string | undefined {
  if (!metaName || typeof document === 'undefined') return undefined;
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${CSS.escape(metaName)}"]`);
  return meta?.content || undefined;
}
