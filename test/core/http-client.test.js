import { expect } from '@open-wc/testing';
import { resolveConfig } from '../../src/core/config.js';
import { conformList } from '../../src/core/conform.js';
import { SupporterSchema } from '../../src/core/contract.js';
import { PeerAbortError, PeerBadResponseError, PeerError, PeerNetworkError, PeerProblemError, PeerSignInRequiredError, PeerTimeoutError, } from '../../src/core/errors.js';
import { PeerHttpClient, parseRetryAfter } from '../../src/core/http-client.js';
import { API_URL, PROXY_URL, clearFaults, injectFault, proxyLog } from '../support/rig.js';
const viaServer = (extra = {}) => new PeerHttpClient(resolveConfig({ endpoint: API_URL, ...extra }));
const viaProxy = (extra = {}) => new PeerHttpClient(resolveConfig({ endpoint: PROXY_URL, ...extra }));
const decodeSupporters = (json) => conformList(SupporterSchema, json);
async function rejection(promise) {
    try {
        await promise;
    }
    catch (error) {
        expect(error).to.be.instanceOf(PeerError);
        return error;
    }
    throw new Error('expected the request to fail');
}
const validRequest = () => ({
    id: crypto.randomUUID(),
    name: 'Sam',
    channel: { kind: 'text', value: '555-0100' },
    urgency: 'no-rush',
    acknowledgedConfidentiality: true,
});
describe('PeerHttpClient', () => {
    afterEach(clearFaults);
    it('reads the roster from the real server across origins (CORS) and decodes it by the contract', async () => {
        const roster = await viaServer().request('supporters', { decode: decodeSupporters });
        expect(roster.items.length).to.be.greaterThan(5);
        expect(roster.dropped).to.equal(0);
        expect(roster.issues).to.deep.equal([]);
        for (const supporter of roster.items) {
            expect(supporter.id).to.be.a('string');
            expect(supporter.displayName).to.be.a('string');
            expect(['available', 'busy', 'on-break', 'off-duty']).to.include(supporter.availability.status);
        }
    });
    it('resolves paths under the endpoint, with per-path overrides', () => {
        const client = new PeerHttpClient(resolveConfig({ endpoint: 'https://hr.example.org/portal', paths: { supporters: 'peer/team' } }));
        expect(client.url('supporters').href).to.equal('https://hr.example.org/portal/peer/team');
        expect(client.url('resources').href).to.equal('https://hr.example.org/portal/resources');
        expect(client.url('requests', 'a b/c').href).to.equal('https://hr.example.org/portal/requests/a%20b%2Fc');
    });
    it('sends extra headers from an async provider, and the CSRF token from <meta> on writes only', async () => {
        const meta = Object.assign(document.createElement('meta'), { name: 'csrf-token', content: 'token-123' });
        document.head.append(meta);
        try {
            const client = viaProxy({ headers: async () => ({ Authorization: 'Bearer sso-abc', 'X-Tenant': 'north' }) });
            await client.request('supporters');
            await client.request('requests', { body: validRequest(), idempotencyKey: 'key-1' }).catch(() => undefined);
            const [read, write] = await proxyLog();
            expect(read.headers).to.deep.equal({ authorization: 'Bearer sso-abc', accept: 'application/json, application/problem+json', 'x-tenant': 'north' });
            expect(write.headers['x-csrf-token']).to.equal('token-123');
            expect(write.headers['content-type']).to.equal('application/json');
            expect(write.idempotencyKey).to.equal('key-1');
        }
        finally {
            meta.remove();
        }
    });
    it('turns problem+json from the real server into an error with its readable detail', async () => {
        const error = await rejection(viaServer().request('requests', { body: { ...validRequest(), nickname: 'x' }, idempotencyKey: crypto.randomUUID() }));
        expect(error).to.be.instanceOf(PeerProblemError);
        const problem = error;
        expect(problem.status).to.equal(400);
        expect(problem.problem?.detail).to.be.a('string').and.match(/nickname/);
        expect(problem.userMessage).to.equal(problem.problem?.detail);
        expect(problem.retryable).to.be.false;
    });
    it('treats an SSO login page served with 200 as "please sign in"', async () => {
        await injectFault({ match: '/api/supporters', status: 200, contentType: 'text/html; charset=utf-8', body: '<!doctype html><form action="/sso/login"><input name=password></form>' });
        const error = await rejection(viaProxy().request('supporters'));
        expect(error).to.be.instanceOf(PeerSignInRequiredError);
        expect(error.userMessage).to.match(/sign in/i);
    });
    it('treats a redirect to a login page as "please sign in"', async () => {
        await injectFault({ match: '/api/supporters', status: 302, headers: { Location: '/sso/login?next=/api/supporters' } });
        expect(await rejection(viaProxy().request('supporters'))).to.be.instanceOf(PeerSignInRequiredError);
    });
    it('treats a gateway error page (502 as HTML) as a retryable outage, not a sign-in wall', async () => {
        await injectFault({ match: '/api/supporters', status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' });
        const error = await rejection(viaProxy().request('supporters'));
        expect(error).to.be.instanceOf(PeerProblemError);
        expect(error.retryable).to.be.true;
    });
    it('treats 401 and 403 as "please sign in"', async () => {
        await injectFault({ match: '/api/supporters', status: 401, times: 1, body: { title: 'Unauthorized', status: 401 }, contentType: 'application/problem+json' });
        await injectFault({ match: '/api/supporters', status: 403, times: 1 });
        expect((await rejection(viaProxy().request('supporters'))).kind).to.equal('sign-in');
        expect((await rejection(viaProxy().request('supporters'))).kind).to.equal('sign-in');
    });
    it('reports 503 with Retry-After as retryable, with a plain message when there is no problem body', async () => {
        await injectFault({ match: '/api/supporters', status: 503, headers: { 'Retry-After': '30' } });
        const error = (await rejection(viaProxy().request('supporters')));
        expect(error).to.be.instanceOf(PeerProblemError);
        expect(error.retryable).to.be.true;
        expect(error.retryAfterSeconds).to.equal(30);
        expect(error.userMessage).to.match(/server/i);
    });
    it('gives a clear error for an answer that is not JSON, not valid JSON, or not the contract shape', async () => {
        await injectFault({ match: '/api/supporters', times: 1, status: 200, contentType: 'text/plain', body: 'OK' });
        await injectFault({ match: '/api/supporters', times: 1, status: 200, contentType: 'application/json', body: '{"items": [' });
        await injectFault({ match: '/api/supporters', times: 1, status: 200, body: { data: [{ id: 'x' }] } });
        for (let attempt = 0; attempt < 3; attempt++) {
            const error = await rejection(viaProxy().request('supporters', { decode: decodeSupporters }));
            expect(error).to.be.instanceOf(PeerBadResponseError);
            expect(error.userMessage).to.match(/could not read/i);
        }
    });
    it('times out with AbortSignal and says so', async () => {
        await injectFault({ match: '/api/supporters', delayMs: 1500 });
        const error = await rejection(viaProxy({ timeoutMs: 150 }).request('supporters'));
        expect(error).to.be.instanceOf(PeerTimeoutError);
        expect(error.retryable).to.be.true;
    });
    it('tells a cancelled request apart from a timeout', async () => {
        await injectFault({ match: '/api/supporters', delayMs: 1500 });
        const controller = new AbortController();
        const pending = viaProxy().request('supporters', { signal: controller.signal });
        controller.abort();
        expect(await rejection(pending)).to.be.instanceOf(PeerAbortError);
    });
    it('reports a dropped connection as a retryable network error', async () => {
        await injectFault({ match: '/api/supporters', drop: true });
        const error = await rejection(viaProxy().request('supporters'));
        expect(error).to.be.instanceOf(PeerNetworkError);
        expect(error.retryable).to.be.true;
    });
    it('parses Retry-After as seconds or as an HTTP date', () => {
        expect(parseRetryAfter('120')).to.equal(120);
        expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 1)).toUTCString(), Date.UTC(2030, 0, 1))).to.equal(60);
        expect(parseRetryAfter('soon')).to.equal(undefined);
        expect(parseRetryAfter(null)).to.equal(undefined);
    });
});
