// Shared by the supporter-side browser tests: reading an element's words and controls, and a clean
// slate (no faults, an empty outbox, no global configuration) around every test.
import { resetConfiguration } from '../../src/core/config.js';
import { API_URL } from './rig.js';
import { withCleanFaultsAndOutbox } from './outbox-helpers.js';

/** An element's shadow text with runs of white space folded. */
export const text = (element: HTMLElement) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** The first button whose words start with `label`. */
export const button = (element: HTMLElement, label: string) =>
  [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.textContent!.replace(/\s+/g, ' ').trim().startsWith(label))!;

/** The input inside the first label whose words start with `label`. */
export const choice = (element: HTMLElement, label: string) =>
  [...element.shadowRoot!.querySelectorAll('label')].find((candidate) => candidate.textContent!.replace(/\s+/g, ' ').trim().startsWith(label))!.querySelector('input')!;

/** Registers the before/after hooks every supporter-side test file needs. */
export function withCleanSupporterSide(): void {
  afterEach(() => resetConfiguration());
  withCleanFaultsAndOutbox();
}

/** A request for anyone on the team, straight to the server (as the request form would send it). */
export async function requestForAnyone(name: string): Promise<string> {
  const request = { id: crypto.randomUUID(), name, channel: { kind: 'phone', value: '555-0123' }, urgency: 'today', acknowledgedConfidentiality: true };
  const response = await fetch(`${API_URL}requests`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': request.id }, body: JSON.stringify(request) });
  if (!response.ok) throw new Error(`request not stored: ${response.status}`);
  return request.id;
}
