/**
 * What the reference backend logs (LOG=1): one line per request with its method, route pattern
 * (`/api/inbox/:id/close`, never the URL a client sent: no ids, no query string), status and duration,
 * and for a server error its type and code. Never an IP address, a header, a body, a name, contact
 * details, a token or an error message: messages can echo what a person typed (a database error
 * quoting a value, "Route GET:/…?name=… not found").
 *
 * Three layers, so that neither a new route nor a Fastify internal can slip something in:
 * - the request-lifecycle lines are written by `PrivateLogController` (Fastify's own would log the URL
 *   and error messages);
 * - the `req`, `res` and `err` serializers keep only method and route, status, and type and code;
 * - a `logMethod` hook drops every other field and replaces any message not on a short fixed list.
 */
import { LogController } from 'fastify';
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
/** Anything with `write(line)`: standard output by default, a captured stream in tests. */
export interface LogDestination {
    write(line: string): void;
}
/** Fastify's request-lifecycle lines, without URLs, headers or error messages. */
export declare class PrivateLogController extends LogController {
    constructor();
    /** The line written when the request completes says everything; nothing is logged on arrival. */
    incomingRequest(): void;
    requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void;
    defaultErrorLog(error: Error, _request: FastifyRequest, reply: FastifyReply): void;
    /** Fastify would log `Route GET:/the/url?and=query not found`; the completed line already says 404. */
    routeNotFound(): void;
    writeHeadError(error: Error, _request: FastifyRequest, reply: FastifyReply): void;
}
/** Fastify options for the logger: off, or the private one above. */
export declare function loggerOptions(enabled: boolean, destination?: LogDestination): Pick<FastifyServerOptions, 'logger' | 'logController'>;
