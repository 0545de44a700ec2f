import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { buildApp } from '../app.js';
import { migrations } from '../db/migrations.js';
import { testApp } from './helpers.js';
test('a new database is migrated and filled once with the fictional sample roster and directory', async () => {
    const { app, dbFile } = await testApp();
    const supporters = (await app.inject({ url: '/api/supporters' })).json();
    assert.ok(supporters.items.length >= 10);
    const teams = supporters.items.map((supporter) => supporter.role).join(' ');
    for (const role of ['Paramedic', 'Dispatcher', 'nurse', 'Firefighter', 'Crisis counselor'])
        assert.match(teams, new RegExp(role));
    const states = new Set(supporters.items.map((supporter) => supporter.availability.status));
    assert.deepEqual([...states].sort(), ['available', 'busy', 'off-duty', 'on-break']);
    // Reopening the same file neither re-migrates nor duplicates the samples.
    const again = await buildApp({ dbFile });
    assert.equal((await again.inject({ url: '/api/supporters' })).json().items.length, supporters.items.length);
    await again.close();
    const db = new Database(dbFile, { readonly: true });
    assert.equal(db.pragma('user_version', { simple: true }), migrations.length);
    db.close();
});
test('GET supporters answers the contract shape, no-store, no cookies, and honours If-None-Match', async () => {
    const { app } = await testApp();
    const response = await app.inject({ url: '/api/supporters' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['cache-control'], 'no-store');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['set-cookie'], undefined);
    const [first] = response.json().items;
    assert.deepEqual(Object.keys(first.availability).sort().slice(0, 2), ['since', 'status']);
    assert.ok(Array.isArray(first.channels) && Array.isArray(first.languages) && Array.isArray(first.experiences));
    const etag = response.headers.etag;
    assert.match(etag, /^"[\w-]+"$/);
    const cached = await app.inject({ url: '/api/supporters', headers: { 'if-none-match': etag } });
    assert.equal(cached.statusCode, 304);
    assert.equal(cached.body, '');
});
test('GET resources lists crisis lines first, with hours, cost and verification dates', async () => {
    const { app } = await testApp();
    const { items } = (await app.inject({ url: '/api/resources' })).json();
    assert.ok(items.length >= 10);
    const firstOther = items.findIndex((resource) => resource.category !== 'crisis-line');
    assert.ok(items.slice(firstOther).every((resource) => resource.category !== 'crisis-line'));
    assert.equal(items[0].category, 'crisis-line');
    const categories = new Set(items.map((resource) => resource.category));
    for (const category of ['crisis-line', 'eap', 'chaplain', 'counseling', 'support-group', 'financial', 'legal'])
        assert.ok(categories.has(category), category);
    assert.ok(items.every((resource) => /^\d{4}-\d{2}-\d{2}$/.test(resource.verifiedOn)));
});
test('the OpenAPI 3.1 document describes every contract path with named component schemas', async () => {
    const { app } = await testApp();
    const document = (await app.inject({ url: '/api/openapi.json' })).json();
    assert.equal(document.openapi, '3.1.0');
    for (const path of ['/api/supporters', '/api/resources', '/api/requests', '/api/contacts', '/api/stats'])
        assert.ok(document.paths[path], path);
    for (const name of ['SupporterList', 'ResourceList', 'SupportRequest', 'RequestReceipt', 'Problem', 'ContactLog', 'Stats', 'Inbox', 'Session']) {
        assert.ok(document.components.schemas[name], name);
    }
    for (const path of ['/api/session', '/api/inbox', '/api/inbox/{id}/claim', '/api/availability'])
        assert.ok(document.paths[path], path);
});
test('unknown paths and signed-in-only endpoints answer problem+json, never HTML', async () => {
    const { app } = await testApp();
    const missing = await app.inject({ url: '/api/nothing-here' });
    assert.equal(missing.statusCode, 404);
    assert.match(missing.headers['content-type'], /^application\/problem\+json/);
    assert.equal(missing.headers['cache-control'], 'no-store');
    assert.match(missing.json().detail, /nothing-here/);
    for (const [method, url] of [['POST', '/api/contacts'], ['GET', '/api/stats']]) {
        const response = await app.inject({ method, url, payload: method === 'POST' ? {} : undefined });
        assert.equal(response.statusCode, 401);
        assert.match(response.headers['content-type'], /^application\/problem\+json/);
    }
});
test('CORS answers only listed origins, also on preflight', async () => {
    const { app } = await testApp();
    const listed = await app.inject({ url: '/api/supporters', headers: { origin: 'https://intranet.example.org' } });
    assert.equal(listed.headers['access-control-allow-origin'], 'https://intranet.example.org');
    assert.equal(listed.headers['access-control-allow-credentials'], 'true');
    const unlisted = await app.inject({ url: '/api/supporters', headers: { origin: 'https://evil.example' } });
    assert.equal(unlisted.headers['access-control-allow-origin'], undefined);
    const preflight = await app.inject({
        method: 'OPTIONS',
        url: '/api/requests',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
    const goodPreflight = await app.inject({
        method: 'OPTIONS',
        url: '/api/requests',
        headers: { origin: 'https://intranet.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
    });
    assert.equal(goodPreflight.headers['access-control-allow-origin'], 'https://intranet.example.org');
    assert.match(String(goodPreflight.headers['access-control-allow-headers']), /Idempotency-Key/i);
});
test('demo pages are served with the strict CSP and Trusted Types policy the README recommends', async () => {
    const { join } = await import('node:path');
    const { app } = await testApp({ publicDirs: [join(process.cwd(), 'demo')] });
    const page = await app.inject({ url: '/intranet.html' });
    assert.equal(page.statusCode, 200);
    const policy = String(page.headers['content-security-policy']);
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    assert.equal((await app.inject({ url: '/api/supporters' })).headers['content-security-policy'], undefined);
});
