import type { FastifyInstance } from 'fastify';
import type { LogDestination } from './logging.js';
import type { CoordinatorReads } from '../src/core/contract.js';
export interface AppOptions {
    /** SQLite file, or `:memory:`. */
    dbFile: string;
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
    /** Hours a supporter has to answer a request (`respondBy`). */
    responseWindowHours?: number;
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
}
/** Builds the reference backend; it does not listen (see main.ts). */
export declare function buildApp(options: AppOptions): Promise<FastifyInstance>;
