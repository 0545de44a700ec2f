const TITLES = {
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
export function problem(status, detail, extra = {}) {
    return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail, ...extra };
}
export function sendProblem(reply, body) {
    return reply.code(body.status).type('application/problem+json').send(body);
}
/** An error a route throws on purpose; the error handler turns it into problem+json. */
export class HttpProblem extends Error {
    constructor(body) {
        super(body.detail ?? body.title);
        this.body = body;
    }
}
