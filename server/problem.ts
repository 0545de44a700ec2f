import type { FastifyReply } from 'fastify';
// RFC 9457 problem details, shaped by the contract's ProblemSchema; `detail` is written for a person
// and shown by the widgets as text.
import type { Problem } from '../src/core/contract.js';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

export function problem(status: number, detail: string, extra: Partial<Problem> = {}): Problem {
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...extra };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).type('application/problem+json').send(body);
}

/** An error a route throws on purpose; the error handler turns it into problem+json. */
export class HttpProblem extends Error {
  constructor(readonly body: Problem) {
    super(body.detail ?? body.title);
  }
}
