/**
 * What the reference backend logs (on by default in server/main.ts; LOG=0 turns it off): one line per request with its method, route pattern
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

/** The fields a log line may carry besides pino's own (level, time, pid, reqId). */
const ALLOWED_FIELDS = new Set(['method', 'route', 'statusCode', 'durationMs', 'err', 'req', 'res']);

/** Messages written as they are; every other message is replaced by WITHHELD. */
const FIXED_MESSAGES = new Set([
  'request',
  'request failed',
  'server error',
  'response failed',
  'request aborted - refusing to accept new requests as server is closing',
  'storage unavailable',
  'not ready',
  'server stopping',
  'server stopped',
]);
const WITHHELD = 'message withheld (it may echo what a client sent)';

/** The route pattern that answered, or a fixed word when none did (the URL itself may hold anything). */
function routeOf(request: FastifyRequest): string {
  return request.routeOptions?.url ?? '(no route)';
}

/** Type and code of an error: never its message or stack, which can quote input. */
function errorSummary(error: unknown): { type: string; code?: string } {
  const type = error instanceof Error ? error.constructor.name || error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  return { type, ...(typeof code === 'string' ? { code } : {}) };
}

function messageOf(value: unknown): string {
  if (typeof value !== 'string') return 'log';
  return FIXED_MESSAGES.has(value) || /^Server listening at /.test(value) ? value : WITHHELD;
}

/** Fastify's request-lifecycle lines, without URLs, headers or error messages. */
export class PrivateLogController extends LogController {
  constructor() {
    super({ disableRequestLogging: false });
  }

  /** The line written when the request completes says everything; nothing is logged on arrival. */
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const line = { method: request.method, route: routeOf(request), statusCode: reply.statusCode, durationMs: Math.round(reply.elapsedTime) };
    if (error) reply.log.error({ ...line, err: error }, 'request failed');
    else reply.log.info(line, 'request');
  }

  override defaultErrorLog(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
    if (reply.statusCode >= 500) reply.log.error({ err: error }, 'server error');
  }

  /** Fastify would log `Route GET:/the/url?and=query not found`; the completed line already says 404. */
  override routeNotFound(): void {}

  override writeHeadError(error: Error, _request: FastifyRequest, reply: FastifyReply): void {
    reply.log.warn({ err: error }, 'response failed');
  }
}

/** Fastify options for the logger: off, or the private one above. */
export function loggerOptions(enabled: boolean, destination?: LogDestination): Pick<FastifyServerOptions, 'logger' | 'logController'> {
  if (!enabled) return { logger: false };
  const logger = {
    level: 'info',
    // pid only: no host name.
    base: { pid: process.pid },
    ...(destination ? { stream: destination } : {}),
    serializers: {
      req: (request: unknown) => ({ method: (request as FastifyRequest).method, route: routeOf(request as FastifyRequest) }),
      res: (reply: unknown) => ({ statusCode: (reply as FastifyReply).statusCode }),
      err: (error: unknown) => errorSummary(error),
    },
    hooks: {
      logMethod(this: unknown, args: unknown[], method: (...args: unknown[]) => void) {
        const [first, second] = args;
        if (first instanceof Error) return method.call(this, { err: first }, 'server error');
        if (first !== null && typeof first === 'object') {
          const fields = Object.fromEntries(Object.entries(first).filter(([key]) => ALLOWED_FIELDS.has(key)));
          return method.call(this, fields, messageOf(second));
        }
        return method.call(this, messageOf(first));
      },
    },
  };
  // Fastify's types expect the default serializers' shapes (message, stack), which these leave out on purpose.
  return { logger: logger as unknown as FastifyServerOptions['logger'], logController: new PrivateLogController() };
}
