// Shared by every browser test: the real server's address, fault injection at the local proxy,
// and a guard that fails any test that caused a CSP or Trusted Types violation.
import { expect } from '@open-wc/testing';
// @ts-expect-error served by the reference-server plugin at run time
import { apiUrl, faultsUrl, proxyUrl } from '/__test-env.js';

export const API_URL: string = apiUrl;
export const PROXY_URL: string = proxyUrl;

export interface FaultRule {
  /** Upstream path prefix, e.g. `/api/supporters`. */
  match: string;
  method?: string;
  /** Apply this many times, then forward normally again. */
  times?: number;
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  contentType?: string;
  delayMs?: number;
  /** Close the connection before the server sees the request. */
  drop?: boolean;
  /** Let the server store it, then close the connection: the answer is lost. */
  dropResponse?: boolean;
}

export interface ProxyLogEntry {
  method: string;
  path: string;
  idempotencyKey?: string;
  /** authorization, x-csrf-token, content-type, accept, x-tenant as the proxy received them. */
  headers: Record<string, string>;
  /** The proxy has finished with it (answered, dropped, or forwarded and answered). */
  done: boolean;
  /** The page cancelled it (closed the connection) before it was answered. */
  clientAborted?: boolean;
}

/** Resolves once every request that reached the proxy has been fully handled (e.g. an abandoned one forwarded). */
export async function proxySettled(): Promise<void> {
  while (!(await proxyLog()).every((entry) => entry.done)) await new Promise((resolve) => requestAnimationFrame(resolve));
}

export async function injectFault(rule: FaultRule): Promise<void> {
  const response = await fetch(faultsUrl, { method: 'POST', body: JSON.stringify(rule) });
  if (!response.ok) throw new Error(`Could not add fault: ${response.status}`);
}

export async function clearFaults(): Promise<void> {
  await fetch(faultsUrl, { method: 'DELETE' });
}

export async function proxyLog(): Promise<ProxyLogEntry[]> {
  return (await (await fetch(faultsUrl)).json()).log;
}

/** How many times each request id is stored in the server's database (read directly from the file). */
export async function storedRequestCounts(ids: string[]): Promise<Record<string, number>> {
  const response = await fetch(`/__db/request-counts?ids=${ids.map(encodeURIComponent).join(',')}`);
  return response.json();
}

type ViolationWindow = Window & { __cspViolations: { directive: string; blocked: string; sample: string }[] };

export function cspViolations() {
  return (window as unknown as ViolationWindow).__cspViolations;
}

// Root hooks: apply to every test in every file that imports the rig.
beforeEach(() => {
  cspViolations().length = 0;
});
afterEach(function () {
  // wtr sends a file's results with structuredClone. A failed assertion whose actual or expected is
  // a DOM node (`expect(img).to.equal(null)`) cannot be cloned: the file then reports nothing and
  // only fails as "did not finish" after testsFinishTimeout. Describe such values instead.
  const error = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!error) return;
  for (const key of ['actual', 'expected'] as const) {
    try {
      structuredClone(error[key]);
    } catch {
      const value = error[key];
      error[key] = value instanceof Element ? value.outerHTML.slice(0, 300) : String(value);
    }
  }
});
afterEach(async () => {
  // Violation reports are dispatched asynchronously; let them arrive before checking.
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(cspViolations(), 'CSP / Trusted Types violations').to.deep.equal([]);
});
