import Fastify from 'fastify';
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import cors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { openStore } from './db/database.js';
import { HttpProblem, problem, sendProblem } from './problem.js';
import { startMaintenance } from './maintenance.js';
import { loggerOptions } from './logging.js';
import type { LogDestination } from './logging.js';
import { policyRoutes } from './routes/policy.js';
import type { CoordinatorReads, ProgramPolicy } from '../src/core/contract.js';
import { activityRoutes } from './routes/activity.js';
import { availabilityRoutes } from './routes/availability.js';
import { inboxRoutes } from './routes/inbox.js';
import { sessionRoutes } from './routes/session.js';
import { requestsRoutes } from './routes/requests.js';
import { resourcesRoutes } from './routes/resources.js';
import { supportersRoutes } from './routes/supporters.js';
import { registerContractSchemas } from './schemas.js';
import { validationProblem } from './validation-messages.js';
import { abuseLimits, clientKeyer, MemoryRateLimitStore, NO_LIMITS } from './limits.js';
import type { LimitSettings, OpenRequestsForContact, RateLimitStore } from './limits.js';
import { DEFAULT_CONNECTIONS } from './settings.js';
import type { ConnectionSettings } from './settings.js';
import { healthRoutes } from './routes/health.js';
import { DEFAULT_MAX_ATTEMPTS, respondHoursFrom } from './respond-by.js';
import type { RespondHours } from './respond-by.js';
import { pushRoutes } from './routes/push.js';
import { Notifications } from './notify/notifications.js';
import type { SentNotice } from './notify/notifications.js';
import type { NotifySettings } from './notify/index.js';

export interface AppOptions {
  /** SQLite file, or `:memory:` (unless `databaseUrl` selects PostgreSQL). */
  dbFile: string;
  /** `postgres://…`: PostgreSQL instead of the SQLite file (server/db/database.ts). */
  databaseUrl?: string;
  /** PostgreSQL: connections in the pool. */
  poolSize?: number;
  /** Origins allowed by CORS (exact match). */
  allowedOrigins?: string[];
  /** Folders served at `/` (first match wins): the build, then the demo. */
  publicDirs?: string[];
  /**
   * Log one line per request (method, route pattern, status, duration) and the type and code of
   * server errors; never addresses, headers, bodies or error messages (see server/logging.ts).
   */
  logger?: boolean;
  /** Where log lines go when `logger` is on (default: standard output). */
  logStream?: LogDestination;
  now?: () => Date;
  /** Older single setting: the hours for "in the next few days" when `respondHours` does not give them (server/respond-by.ts). */
  responseWindowHours?: number;
  /** Hours to get in touch per urgency (`respondBy`); defaults today 4, few-days 24, no-rush 72 (server/respond-by.ts). */
  respondHours?: Partial<RespondHours>;
  /** Tries without an answer before a request goes back to the team or the coordinator (default 3). */
  maxAttempts?: number;
  /** Largest accepted JSON body in bytes. */
  bodyLimit?: number;
  /** How long a write waits for another writer (another process) before answering 503. */
  busyTimeoutMs?: number;
  /** Minutes between closing a request and erasing its identifying fields (0 = at once). */
  eraseAfterMinutes?: number;
  /** Mark the session cookie `Secure` (on by default; off only for plain-http local demos). */
  secureCookies?: boolean;
  /**
   * When a coordinator may read a request's name, contact details and message: `none` (default;
   * they see only that it exists, for whom, its urgency and respond-by), `overdue`, or `all`.
   */
  coordinatorReads?: CoordinatorReads;
  /** Program-specific limits the request form shows after the facts (never instead of them). */
  confidentialityNotes?: string[];
  /** How often the maintenance sweep runs (erasure, purges), in milliseconds. */
  maintenanceIntervalMs?: number;
  /** Stats: weeks before the current one that contacts can still be logged for (default 2); older weeks are closed for good. */
  contactWeeksBack?: number;
  /** Stats: who may read program numbers, `coordinators` (default) or every `signed-in` account. */
  statsReaders?: 'coordinators' | 'signed-in';
  /**
   * Which reverse proxies to believe about the client's address (Fastify's `trustProxy`): false (the
   * default: the connection's own address), the number of proxies in front, or their addresses/CIDRs.
   */
  trustProxy?: false | number | string[];
  /** Abuse limits (server/limits.ts). Default: none, for tests and benchmarks; server/main.ts passes the configured ones. */
  limits?: LimitSettings;
  /**
   * Where the limit counters live. Default: the database on PostgreSQL (shared by every instance), this
   * process's memory on SQLite (one instance; no extra synced write per request).
   */
  rateLimitStore?: RateLimitStore;
  /** Secret for the keyed hash of client addresses (default: random per process). */
  limitKeySecret?: string;
  /** Counts open requests with one contact value, for `limits.openRequestsPerContact` (default: a query on the store). */
  openRequestsForContact?: OpenRequestsForContact;
  /** Request, headers and keep-alive timeouts and the connection cap (server/settings.ts). */
  connections?: Partial<ConnectionSettings>;
  /** How often Node checks the request and headers timeouts (default 1 s; tests set it short). */
  timeoutCheckIntervalMs?: number;
  /** Largest the database may grow, in bytes (0: no cap); a write past it answers 503 with Retry-After, and the disk keeps its room. */
  maxDatabaseBytes?: number;
  /**
   * Telling supporters (server/notify, README "Telling supporters"): the inbox link notices carry and
   * the webhook and e-mail channels. Without `inboxUrl` no notice is sent and `GET /api/push/key`
   * answers 404 (the element then says this program has not turned notices on).
   */
  notify?: NotifySettings;
  /** Push services to accept besides the browsers' own (tests: a local push endpoint; or a private push service). */
  pushOrigins?: string[];
  /** Called after each notice with counts only (kind, recipients, per-channel sent/failed): tests and metrics. */
  onNotice?: (sent: SentNotice) => void;
}

/** Builds the reference backend; it does not listen (see main.ts). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const now = options.now ?? (() => new Date());
  const store = await openStore({ databaseUrl: options.databaseUrl, dbFile: options.dbFile, now, busyTimeoutMs: options.busyTimeoutMs, poolSize: options.poolSize });
  if (options.maxDatabaseBytes && options.maxDatabaseBytes > 0 && store.dialect === 'sqlite') {
    // SQLite never lowers the cap below the pages already in use. (PostgreSQL: the operator's quotas.)
    const pageSize = (await store.sql.get<{ page_size: number }>('PRAGMA page_size'))!.page_size;
    await store.sql.get(`PRAGMA max_page_count = ${Math.max(1, Math.floor(options.maxDatabaseBytes / pageSize))}`);
  }
  const connections = { ...DEFAULT_CONNECTIONS, ...options.connections };
  const app = Fastify({
    ...loggerOptions(options.logger ?? false, options.logStream),
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    trustProxy: trustProxyOption(options.trustProxy),
    // A request (headers and body) must arrive within requestTimeout, its headers within headersTimeout:
    // a body sent a byte at a time is answered 408 and its connection closed.
    requestTimeout: connections.requestTimeoutMs,
    keepAliveTimeout: connections.keepAliveTimeoutMs,
    http: { headersTimeout: connections.headersTimeoutMs, connectionsCheckingInterval: options.timeoutCheckIntervalMs ?? 1_000 },
    // Reject, never repair: unknown fields and wrong types are the client's to fix.
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: false, allErrors: false } },
  });
  const notifications = await Notifications.open(store, options.notify ?? {}, { pushOrigins: options.pushOrigins, onSent: options.onNotice });
  app.addHook('onClose', async () => {
    // Notices already started are handed to their channels before the database closes.
    await notifications.close();
    await store.close();
  });
  // More connections than this are closed as they arrive (each one holds memory and a file descriptor).
  app.server.maxConnections = connections.maxConnections;
  // The contract is JSON only: anything else is 415, not a string that fails validation later.
  app.removeContentTypeParser('text/plain');

  const { supporters, resources, accounts } = store;
  const eraseAfterMinutes = Math.max(0, options.eraseAfterMinutes ?? 0);
  const respondHours = respondHoursFrom(options.respondHours, options.responseWindowHours);
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const policy: ProgramPolicy = {
    coordinatorReads: options.coordinatorReads ?? 'none',
    eraseAfterMinutes,
    // The shortest: a form that states only this never promises a longer wait before a coordinator may read.
    responseWindowHours: Math.min(...Object.values(respondHours)),
    respondWithinHours: respondHours,
    maxAttempts,
    ...(options.confidentialityNotes?.length ? { notes: options.confidentialityNotes } : {}),
  };
  // Erase closed requests and purge what expired on time, even when nobody opens the inbox.
  const stopMaintenance = await startMaintenance(store, now, options.maintenanceIntervalMs, notifications);
  app.addHook('onClose', async () => stopMaintenance());

  // Ready: the database answers and every migration this version knows is applied.
  await app.register(healthRoutes, { ready: async () => (await store.ready()).ok });

  registerContractSchemas(app);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'peer-support-widgets API',
        version: '1',
        description: 'The contract between the peer support widgets and a backend (this reference server or an HR portal). Errors are application/problem+json.',
      },
      servers: [{ url: '/' }],
    },
    // Components are named after the contract's `$id`s (Supporter, SupportRequest…), not def-0.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, index) => String(json.$id ?? `def-${index}`) },
  });

  await app.register(
    async (api) => {
      await api.register(cors, {
        origin: (origin, callback) => callback(null, !!origin && (options.allowedOrigins ?? []).includes(origin)),
        credentials: true,
        methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
        allowedHeaders: ['Content-Type', 'Accept', 'Idempotency-Key', 'X-CSRF-Token', 'Authorization', 'If-None-Match'],
        exposedHeaders: ['Retry-After', 'Idempotent-Replayed', 'ETag', 'Link'],
        maxAge: 600,
      });
      api.addHook('onSend', async (_request, reply, payload) => {
        reply.header('Cache-Control', 'no-store');
        reply.header('X-Content-Type-Options', 'nosniff');
        return payload;
      });
      // Abuse limits before the body is read; the per-contact cap in POST requests, once it is validated.
      const limits = options.limits ?? NO_LIMITS;
      const counters = options.rateLimitStore ?? (store.dialect === 'postgres' ? store.rateLimits : new MemoryRateLimitStore());
      api.addHook('onRequest', abuseLimits(counters, limits, clientKeyer(options.limitKeySecret)));
      api.setErrorHandler((error: FastifyError, request, reply) => {
        if (error instanceof HttpProblem) return sendProblem(reply, error.body);
        if (error.validation) return sendProblem(reply, validationProblem(error.validation, error.validationContext));
        const unavailable = storageUnavailable(error);
        if (unavailable) {
          // Type and code only, like every server error: the operator must hear of a full disk.
          if (unavailable.log) request.log.error({ err: error }, 'storage unavailable');
          return sendProblem(reply.header('Retry-After', String(unavailable.retryAfterSeconds)), unavailable.problem);
        }
        const storageProblem = storageContention(error);
        if (storageProblem) return sendProblem(reply.header('Retry-After', '1'), storageProblem);
        const status = error.statusCode ?? 500;
        if (status >= 500) {
          // Type and code only: the message can quote input (see server/logging.ts).
          request.log.error({ err: error }, 'server error');
          return sendProblem(reply, problem(500, 'Something went wrong on our side. Nothing was saved; please try again.'));
        }
        return sendProblem(reply, problem(status, readableClientError(error)));
      });
      api.setNotFoundHandler((request, reply) => sendProblem(reply, problem(404, `There is nothing at ${request.method} ${request.url.split('?')[0]}.`)));

      await api.register(supportersRoutes, { supporters, accounts });
      await api.register(policyRoutes, { policy });
      await api.register(resourcesRoutes, { resources });
      await api.register(requestsRoutes, { store, now, respondHours, notifications, openRequestsPerContact: limits.openRequestsPerContact, openRequestsForContact: options.openRequestsForContact });
      await api.register(sessionRoutes, { accounts, now, secureCookies: options.secureCookies ?? true });
      await api.register(inboxRoutes, { store, now, eraseAfterMinutes, coordinatorReads: policy.coordinatorReads, maxAttempts });
      await api.register(availabilityRoutes, { accounts, supporters, now });
      await api.register(pushRoutes, { store, now, notifications, pushOrigins: options.pushOrigins ?? [] });
      await api.register(activityRoutes, { store, now, contactWeeksBack: options.contactWeeksBack, statsReaders: options.statsReaders });
      api.get('/health', { schema: { hide: true } }, async () => ({ ok: true }));
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: '/api' },
  );

  const [firstDir, ...otherDirs] = options.publicDirs ?? [];
  if (firstDir) {
    // The demo pages are served the way we ask intranets to serve them: a strict CSP with Trusted Types.
    app.addHook('onSend', async (request, reply, payload) => {
      if (!request.url.startsWith('/api/') && String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
        reply.header('Content-Security-Policy', DEMO_CSP);
      }
      return payload;
    });
    await app.register(fastifyStatic, { root: [firstDir, ...otherDirs], prefix: '/', index: ['index.html'], cacheControl: false, setHeaders: staticFileHeaders });
  }
  return app;
}

/**
 * Headers for a file served from `publicDirs` (called for 200 and 304, never for a miss). A page on
 * another origin loads the bundle as a module script, which is fetched with CORS: without
 * `Access-Control-Allow-Origin` it renders nothing. Every file but the demo pages is public and
 * needs no cookies, so `*` (the API keeps its own credentialed CORS for ALLOWED_ORIGINS).
 */
function staticFileHeaders(reply: FastifyReply, filePath: string) {
  const path = reply.request.url.split('?')[0];
  reply.header('X-Content-Type-Options', 'nosniff');
  // A name that changes with its content can be kept for good; any other name must be revalidated
  // (a cheap 304) so a new release reaches every page at once.
  reply.header('Cache-Control', VERSIONED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
  if (filePath.endsWith('.html')) return; // a document, not a subresource: same origin only
  reply.header('Access-Control-Allow-Origin', '*');
  // Pages that isolate themselves (COEP require-corp) may still embed the scripts and photos.
  reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
}

/**
 * Names that change whenever the content does: the build's release copy of the one-tag file
 * (`peer-support.1.2.0.js`, see vite.config.ts) and content-hashed chunks (`chunks/roster-DiHEgQ5b.js`).
 */
const VERSIONED_FILE = /\/[\w.-]+\.\d+\.\d+\.\d+(?:-[\w.-]+)?\.js$|^\/chunks\/[\w-]+-[\w-]{8}\.js(?:\.map)?$/;

const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  // peer-support-sw: <peer-notifications> registers the notices' service worker (README "Telling supporters").
  "trusted-types lit-html peer-support-sw 'allow-duplicates'",
].join('; ');

/** Fastify's trustProxy: a number of proxies becomes "trust that many hops" (what Fastify does with a number, typed). */
function trustProxyOption(setting: AppOptions['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return setting ?? false;
}

/**
 * The store cannot write now, in a way that passes: `StorageUnavailableError` from the storage layer
 * (server/db/store.ts), or SQLite's codes for a busy, full or failing disk. 503 with Retry-After (the
 * contract's promise for retryable storage failures), never a 500 the outbox would treat the same way
 * but the operator could not tell apart. A full or failing disk is logged; a busy moment is not.
 */
function storageUnavailable(error: { code?: unknown; name?: string; retryAfterSeconds?: unknown }): { problem: ReturnType<typeof problem>; retryAfterSeconds: number; log: boolean } | undefined {
  const code = typeof error.code === 'string' ? error.code : '';
  const fromStore = error.name === 'StorageUnavailableError';
  if (!fromStore && !/^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|NOMEM)/.test(code)) return undefined;
  const given = typeof error.retryAfterSeconds === 'number' && error.retryAfterSeconds > 0 ? Math.ceil(error.retryAfterSeconds) : 1;
  // Another writer, or PostgreSQL giving up a transaction to stay serialisable (40001) or to break a deadlock (40P01): a moment.
  if (/^SQLITE_(BUSY|LOCKED)|^40001$|^40P01$/.test(code)) {
    return { problem: problem(503, 'The server is busy for a moment. Nothing was saved; please send it again.'), retryAfterSeconds: given, log: false };
  }
  // A full or failing disk, a lost database: not a moment, and someone must hear of it.
  return { problem: problem(503, 'The server cannot save anything right now. Nothing was saved; it will be sent again in a little while.'), retryAfterSeconds: Math.max(30, given), log: true };
}

/**
 * A concurrent duplicate won the race: a moment to try again, never a 500. Idempotency keys make the
 * retry safe.
 */
function storageContention(error: { code?: string }) {
  if (error.code?.startsWith('SQLITE_CONSTRAINT_PRIMARYKEY') || error.code?.startsWith('SQLITE_CONSTRAINT_UNIQUE')) {
    return problem(409, 'The same request is being saved right now. Send it again in a moment to get its receipt.');
  }
  return undefined;
}

/** Fastify's own client-error codes, in words a person (or IT) can act on. */
function readableClientError(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'This is more than the server accepts. Please shorten it.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'Please send JSON (Content-Type: application/json).';
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request had no content.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return 'The request is not valid JSON.';
    default:
      return error.statusCode === 400 && error instanceof SyntaxError ? 'The request is not valid JSON.' : error.message;
  }
}
