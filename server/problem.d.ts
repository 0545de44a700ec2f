import type { FastifyReply } from 'fastify';
/** RFC 9457 problem details; `detail` is written for a person and shown by the widgets as text. */
export interface ProblemDetails {
    type?: string;
    title: string;
    status: number;
    detail?: string;
    errors?: {
        field: string;
        message: string;
    }[];
}
export declare function problem(status: number, detail: string, extra?: Partial<ProblemDetails>): ProblemDetails;
export declare function sendProblem(reply: FastifyReply, body: ProblemDetails): FastifyReply;
/** An error a route throws on purpose; the error handler turns it into problem+json. */
export declare class HttpProblem extends Error {
    readonly body: ProblemDetails;
    constructor(body: ProblemDetails);
}
