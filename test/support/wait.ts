// `waitUntil` for every browser test. open-wc's own gives up after 1 s, which a busy machine (CI on two
// shared cores, a run under `npm run bench`) exceeds without anything being wrong. A test must never
// fail because the machine is slow, so the wait here is long: it only guards against a hang, and a
// condition that is met returns at once, so a healthy run is no slower.
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

/** How long any wait may take before the test fails with its message. */
export const WAIT_LIMIT_MS = 30_000;

export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { interval: options.interval ?? 20, timeout: Math.max(options.timeout ?? 0, WAIT_LIMIT_MS) });
}
