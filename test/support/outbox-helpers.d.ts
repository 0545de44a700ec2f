import { PeerOutbox } from '../../src/core/outbox.js';
import type { OutboxState } from '../../src/core/outbox.js';
export declare const requestsUrl: () => URL;
/** An outbox against the fault proxy, with short retries so tests wait on events, not on clocks. */
export declare function testOutbox(options?: {
    timeoutMs?: number;
    baseMs?: number;
}): PeerOutbox;
/** Resolves with the next change of `id` to `state`. */
export declare function nextChange(outbox: PeerOutbox, id: string, state: OutboxState): Promise<import("../../src/index.js").OutboxChange>;
export { validRequest } from '../fixtures/requests.js';
/** Leaves no write behind for the next test. */
export declare function emptyOutbox(): Promise<void>;
