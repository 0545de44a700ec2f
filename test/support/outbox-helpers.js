import { oneEvent } from '@open-wc/testing';
import { resolveConfig } from '../../src/core/config.js';
import { PeerHttpClient } from '../../src/core/http-client.js';
import { PeerOutbox } from '../../src/core/outbox.js';
import { PROXY_URL } from './rig.js';
export const requestsUrl = () => new URL(`${PROXY_URL}requests`, location.href);
/** An outbox against the fault proxy, with short retries so tests wait on events, not on clocks. */
export function testOutbox(options = {}) {
    const client = new PeerHttpClient(resolveConfig({ endpoint: PROXY_URL, timeoutMs: options.timeoutMs ?? 2_000 }));
    const outbox = new PeerOutbox(() => client);
    outbox.retryPolicy = { baseMs: options.baseMs ?? 20, capMs: 100, maxRetryAfterMs: 2_000 };
    return outbox;
}
/** Resolves with the next change of `id` to `state`. */
export async function nextChange(outbox, id, state) {
    for (;;) {
        const event = (await oneEvent(outbox, 'change'));
        if (event.change.id === id && event.change.state === state)
            return event.change;
    }
}
export { validRequest } from '../fixtures/requests.js';
/** Leaves no write behind for the next test. */
export async function emptyOutbox() {
    const outbox = testOutbox();
    for (const record of await outbox.pending())
        await outbox.cancel(record.id);
    outbox.stop();
}
