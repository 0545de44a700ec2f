// Shared by every browser test: the real server's address, fault injection at the local proxy,
// and a guard that fails any test that caused a CSP or Trusted Types violation.
import { expect } from '@open-wc/testing';
// @ts-expect-error served by the reference-server plugin at run time
import { apiUrl, faultsUrl, proxyUrl } from '/__test-env.js';
export const API_URL = apiUrl;
export const PROXY_URL = proxyUrl;
/** Resolves once every request that reached the proxy has been fully handled (e.g. an abandoned one forwarded). */
export async function proxySettled() {
    while (!(await proxyLog()).every((entry) => entry.done))
        await new Promise((resolve) => requestAnimationFrame(resolve));
}
export async function injectFault(rule) {
    const response = await fetch(faultsUrl, { method: 'POST', body: JSON.stringify(rule) });
    if (!response.ok)
        throw new Error(`Could not add fault: ${response.status}`);
}
export async function clearFaults() {
    await fetch(faultsUrl, { method: 'DELETE' });
}
export async function proxyLog() {
    return (await (await fetch(faultsUrl)).json()).log;
}
/** How many times each request id is stored in the server's database (read directly from the file). */
export async function storedRequestCounts(ids) {
    const response = await fetch(`/__db/request-counts?ids=${ids.map(encodeURIComponent).join(',')}`);
    return response.json();
}
export function cspViolations() {
    return window.__cspViolations;
}
// Root hooks: apply to every test in every file that imports the rig.
beforeEach(() => {
    cspViolations().length = 0;
});
afterEach(async () => {
    // Violation reports are dispatched asynchronously; let them arrive before checking.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(cspViolations(), 'CSP / Trusted Types violations').to.deep.equal([]);
});
