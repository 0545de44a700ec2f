import { oneEvent } from '@open-wc/testing';
import { resolveConfig } from '../../src/core/config.js';
import type { PeerConfigInput } from '../../src/core/config.js';
import { OutboxChangeEvent, PeerOutbox, outboxScopeFor } from '../../src/core/outbox.js';
import type { OutboxState } from '../../src/core/outbox.js';
import { PROXY_URL, clearFaults, injectFault } from './rig.js';
import { validRequest } from '../fixtures/requests.js';

/** No faults at the proxy and an empty outbox, before and after every test of the calling `describe`. */
export function withCleanFaultsAndOutbox(): void {
  beforeEach(async () => {
    await clearFaults();
    await emptyOutbox();
  });
  afterEach(async () => {
    await clearFaults();
    await emptyOutbox();
  });
}

export const requestsUrl = () => new URL(`${PROXY_URL}requests`, location.href);

/**
 * An outbox against the fault proxy, with short retries so tests wait on events, not on clocks. Its
 * writes belong to `config` (over the proxy endpoint), sent as a signed-in widget would with `signedIn`.
 */
export function testOutbox(options: { timeoutMs?: number; baseMs?: number; config?: PeerConfigInput; signedIn?: boolean } = {}): PeerOutbox {
  const config = resolveConfig({ endpoint: PROXY_URL, timeoutMs: options.timeoutMs ?? 2_000, ...options.config });
  const outbox = new PeerOutbox(outboxScopeFor(config, { signedIn: options.signedIn }));
  outbox.retryPolicy = { baseMs: options.baseMs ?? 20, capMs: 100, maxRetryAfterMs: 2_000 };
  return outbox;
}

/** Resolves with the next change of `id` to `state`. */
export async function nextChange(outbox: PeerOutbox, id: string, state: OutboxState) {
  for (;;) {
    const event = (await oneEvent(outbox, 'change')) as unknown as OutboxChangeEvent;
    if (event.change.id === id && event.change.state === state) return event.change;
  }
}

export { validRequest } from '../fixtures/requests.js';

/** Leaves no write behind for the next test. */
export async function emptyOutbox(): Promise<void> {
  const outbox = testOutbox();
  for (const record of await outbox.pending()) await outbox.cancel(record.id);
  outbox.stop();
}

/**
 * A request made offline on an earlier visit: it stays on this device, waiting to be retried (the
 * fault that dropped it is left in place: clear it to let it through).
 */
export async function requestLeftFromEarlierVisit(): Promise<string> {
  await injectFault({ match: '/api/requests', drop: true });
  const earlierVisit = testOutbox({ baseMs: 60_000 });
  earlierVisit.start();
  const body = validRequest();
  const retrying = nextChange(earlierVisit, body.id, 'retrying');
  await earlierVisit.enqueue(requestsUrl(), body, body.id);
  await retrying;
  earlierVisit.stop();
  return body.id;
}
