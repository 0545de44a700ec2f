import type { FastifyInstance } from 'fastify';
import type { AppOptions } from '../app.js';
/** A fresh app on a throw-away database file, closed and deleted after the test file. */
export declare function testApp(options?: Partial<AppOptions>): Promise<{
    app: FastifyInstance<import("fastify").RawServerDefault, import("http").IncomingMessage, import("http").ServerResponse<import("http").IncomingMessage>, import("fastify").FastifyBaseLogger, import("fastify").FastifyTypeProviderDefault>;
    dbFile: string;
    dir: string;
}>;
/** Accounts made the way the CLI makes them, signed in through the real endpoint. */
export declare function signIn(app: FastifyInstance, dbFile: string, role: 'supporter' | 'coordinator', supporterId?: string, mode?: 'cookie' | 'bearer', now?: Date): Promise<{
    account: import("../db/accounts-repository.js").Account;
    token: string;
    session: any;
    headers: Record<string, string>;
    setCookie: string;
}>;
export { validRequest } from '../../test/fixtures/requests.js';
