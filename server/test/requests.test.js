import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { testApp, validRequest } from './helpers.js';
function storedRequests(dbFile) {
    const db = new Database(dbFile, { readonly: true });
    const { n } = db.prepare('SELECT COUNT(*) AS n FROM requests').get();
    db.close();
    return n;
}
const post = (body, key, extraHeaders = {}) => ({
    method: 'POST',
    url: '/api/requests',
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}), ...extraHeaders },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
});
test('a request is stored once and answered with a receipt and a respond-by time', async () => {
    const now = new Date('2026-11-24T10:00:00Z');
    const { app, dbFile } = await testApp({ now: () => now, responseWindowHours: 24 });
    const body = validRequest({ supporterId: 'ana-rivera', message: 'Rough week. Evenings are best.' });
    const response = await app.inject(post(body, body.id));
    assert.equal(response.statusCode, 201);
    assert.deepEqual(response.json(), { id: body.id, status: 'received', receivedAt: '2026-11-24T10:00:00.000Z', respondBy: '2026-11-25T10:00:00.000Z' });
    assert.equal(storedRequests(dbFile), 1);
});
test('sending the same request again returns the same receipt and stores nothing more', async () => {
    const { app, dbFile } = await testApp();
    const body = validRequest();
    const first = await app.inject(post(body, body.id));
    // Same content, keys in another order: still the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const second = await app.inject(post(reordered, body.id));
    assert.equal(second.statusCode, 200);
    assert.equal(second.headers['idempotent-replayed'], 'true');
    assert.deepEqual(second.json(), first.json());
    assert.equal(storedRequests(dbFile), 1);
});
test('a key reused for a different request is refused with 422', async () => {
    const { app, dbFile } = await testApp();
    const body = validRequest();
    await app.inject(post(body, body.id));
    const response = await app.inject(post({ ...body, urgency: 'today' }, body.id));
    assert.equal(response.statusCode, 422);
    assert.match(response.json().detail, /already used for a different request/);
    assert.equal(storedRequests(dbFile), 1);
});
test('a missing or mismatched Idempotency-Key is refused', async () => {
    const { app, dbFile } = await testApp();
    const body = validRequest();
    const missing = await app.inject(post(body));
    assert.equal(missing.statusCode, 400);
    assert.match(missing.json().detail, /idempotency-key/i);
    const mismatched = await app.inject(post(body, 'another-key'));
    assert.equal(mismatched.statusCode, 422);
    assert.equal(storedRequests(dbFile), 0);
});
const badBodies = [
    ['an unknown field', validRequest({ nickname: 'Sam' }), /"nickname" is not part of this form/],
    ['an unknown nested field', validRequest({ channel: { kind: 'text', value: '555', extension: '1' } }), /"channel.extension" is not part of this form/],
    ['a wrong type', validRequest({ name: 42 }), /"name" must be a string/],
    ['a number as text is not coerced', validRequest({ acknowledgedConfidentiality: 'true' }), /acknowledgedConfidentiality/],
    ['an unknown urgency', validRequest({ urgency: 'yesterday' }), /must be one of: today, few-days, no-rush/],
    ['a missing name', validRequest({ name: undefined }), /"name" is required/],
    ['confidentiality not acknowledged', validRequest({ acknowledgedConfidentiality: false }), /acknowledgedConfidentiality/],
    ['a referral without agreement', validRequest({ referral: { personAgreed: false } }), /referral.personAgreed/],
    ['an over-long message', validRequest({ message: 'x'.repeat(1001) }), /at most 1000 characters/],
    ['an id that is not a UUID', validRequest({ id: 'not-a-uuid' }), /"id" must be a valid uuid/],
    ['an array body', [validRequest()], /must be an object/],
];
for (const [name, body, detail] of badBodies) {
    test(`${name} gets 400 problem+json with a readable detail, and nothing is stored`, async () => {
        const { app, dbFile } = await testApp();
        const id = body.id ?? crypto.randomUUID();
        const response = await app.inject(post(body, id === 'not-a-uuid' ? 'not-a-uuid' : id));
        assert.equal(response.statusCode, 400);
        assert.match(response.headers['content-type'], /^application\/problem\+json/);
        assert.equal(response.headers['cache-control'], 'no-store');
        assert.match(response.json().detail, detail);
        assert.equal(storedRequests(dbFile), 0);
    });
}
test('an unknown supporter gets 422 with words a person can act on', async () => {
    const { app, dbFile } = await testApp();
    const body = validRequest({ supporterId: 'nobody-here' });
    const response = await app.inject(post(body, body.id));
    assert.equal(response.statusCode, 422);
    assert.match(response.json().detail, /no longer on the team list/);
    assert.equal(storedRequests(dbFile), 0);
});
test('an oversized body gets 413, invalid JSON 400, another content type 415, and none is stored', async () => {
    const { app, dbFile } = await testApp();
    const huge = validRequest({ message: 'x'.repeat(70 * 1024) });
    const tooLarge = await app.inject(post(huge, huge.id));
    assert.equal(tooLarge.statusCode, 413);
    assert.match(tooLarge.json().detail, /more than the server accepts/);
    const invalid = await app.inject(post('{"id": "', crypto.randomUUID()));
    assert.equal(invalid.statusCode, 400);
    assert.match(invalid.headers['content-type'], /^application\/problem\+json/);
    const text = await app.inject({ ...post('name=Sam', crypto.randomUUID()), headers: { 'content-type': 'text/plain', 'idempotency-key': crypto.randomUUID() } });
    assert.equal(text.statusCode, 415);
    assert.match(text.json().detail, /send JSON/);
    for (const response of [tooLarge, invalid, text])
        assert.notEqual(response.statusCode, 500);
    assert.equal(storedRequests(dbFile), 0);
});
test('another writer holding the database gets 503 with Retry-After, never a 500, and nothing half-stored', async () => {
    const { app, dbFile } = await testApp({ busyTimeoutMs: 50 });
    const other = new Database(dbFile);
    other.exec('BEGIN IMMEDIATE');
    try {
        const body = validRequest();
        const response = await app.inject(post(body, body.id));
        assert.equal(response.statusCode, 503);
        assert.equal(response.headers['retry-after'], '1');
        assert.match(response.json().detail, /busy for a moment/);
    }
    finally {
        other.exec('ROLLBACK');
        other.close();
    }
    assert.equal(storedRequests(dbFile), 0);
});
