// What every framework test checks of a roster it mounted: the real team, in the layout it was
// given, and a typed peer-request-contact that reaches the framework's handler.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { Supporter } from '../../src/core/contract.js';
import type { PeerRequestContactEvent } from '../../src/core/events.js';

type Main = typeof import('../../src/index.js');

export const names = (roster: Element) => [...roster.shadowRoot!.querySelectorAll('[part~="card"] .display-name')].map((name) => name.textContent!.trim());

/** Waits for the mounted roster, checks it, presses "Ask them to contact me" and returns the event the handler got. */
export async function checkRosterAndContact(container: HTMLElement, main: Main, expected: Supporter[], contact: Promise<PeerRequestContactEvent>): Promise<{ roster: Element; event: PeerRequestContactEvent }> {
  await waitUntil(() => container.querySelector('peer-roster')?.shadowRoot?.querySelector('[part~="card"]'), 'the roster did not render');
  const roster = container.querySelector('peer-roster')!;
  expect(roster).to.be.instanceOf(main.PeerRoster);
  expect(roster.getAttribute('layout')).to.equal('list');
  expect(names(roster)).to.deep.equal(expected.slice(0, 30).map((supporter) => supporter.displayName));
  const card = [...roster.shadowRoot!.querySelectorAll('[part~="card"]')].find((candidate) => candidate.querySelector('[part~="request-contact"]'))!;
  card.querySelector<HTMLButtonElement>('[part~="request-contact"]')!.click();
  const event = await contact;
  expect(event).to.be.instanceOf(main.PeerRequestContactEvent);
  expect(event.supporter.displayName).to.equal(card.querySelector('.display-name')!.textContent!.trim());
  return { roster, event };
}
