// Stress: 200 requests through randomly injected faults (seeded, so a failure can be replayed),
// asserting zero lost and zero duplicated on the server.
import { expect } from '@open-wc/testing';
import { clearFaults, injectFault, proxyLog, proxySettled, storedRequestCounts } from '../support/rig.js';
import { emptyOutbox, nextChange, requestsUrl, testOutbox, validRequest } from '../support/outbox-helpers.js';
const SEED = 20261124;
const REQUESTS = 200;
/** mulberry32: a tiny seeded generator, so the same faults come in the same order every run. */
function random(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
const FAULTS = [
    [40, 'pass', {}],
    [12, 'connection reset', { drop: true }],
    [12, 'answer lost after storing', { dropResponse: true }],
    [10, '503 Retry-After: 0', { status: 503, headers: { 'Retry-After': '0' } }],
    [6, '500', { status: 500 }],
    [6, '502 HTML', { status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' }],
    [6, '429', { status: 429, headers: { 'Retry-After': '0' } }],
    [8, 'hang past the timeout', { delayMs: 250 }],
];
describe('outbox stress: 200 requests through seeded random faults', function () {
    this.timeout(180_000);
    after(async () => {
        await clearFaults();
        await emptyOutbox();
    });
    it('loses none and duplicates none', async () => {
        await clearFaults();
        await emptyOutbox();
        const next = random(SEED);
        const total = FAULTS.reduce((sum, [weight]) => sum + weight, 0);
        const injected = new Map();
        for (let index = 0; index < REQUESTS * 2; index++) {
            let roll = next() * total;
            const [, name, rule] = FAULTS.find(([weight]) => (roll -= weight) < 0) ?? FAULTS[0];
            injected.set(name, (injected.get(name) ?? 0) + 1);
            await injectFault({ match: '/api/requests', times: 1, ...rule });
        }
        const outbox = testOutbox({ timeoutMs: 120, baseMs: 5 });
        outbox.start();
        const started = performance.now();
        const bodies = Array.from({ length: REQUESTS }, () => validRequest());
        const sent = Promise.all(bodies.map((body) => nextChange(outbox, body.id, 'sent')));
        for (const body of bodies)
            await outbox.enqueue(requestsUrl(), body, body.id);
        await sent;
        const seconds = (performance.now() - started) / 1000;
        outbox.stop();
        await proxySettled();
        expect(await outbox.pending()).to.deep.equal([]);
        const counts = await storedRequestCounts(bodies.map((body) => body.id));
        const lost = Object.values(counts).filter((count) => count === 0).length;
        const duplicated = Object.values(counts).filter((count) => count > 1).length;
        const attempts = (await proxyLog()).filter((entry) => entry.method === 'POST').length;
        console.log(`[stress] seed ${SEED}: ${REQUESTS} requests, ${attempts} POST attempts in ${seconds.toFixed(1)} s; ` +
            `faults queued: ${[...injected].map(([name, count]) => `${name} ${count}`).join(', ')}; lost ${lost}, duplicated ${duplicated}`);
        expect(lost, 'lost').to.equal(0);
        expect(duplicated, 'duplicated').to.equal(0);
        expect(attempts).to.be.greaterThan(REQUESTS);
    });
});
