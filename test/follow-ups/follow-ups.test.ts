// <peer-follow-ups>: a supporter's own reminders, kept in this browser's IndexedDB (real storage here),
// never sent anywhere, shown when due, offered after a request is marked as contacted.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/follow-ups/define.js';
import type { PeerFollowUps } from '../../src/follow-ups/follow-ups.js';
import { localDay } from '../../src/follow-ups/reminder-store.js';
import { closeDatabase, openDatabase } from '../../src/core/storage.js';
import { PeerRequestContactedEvent } from '../../src/core/events.js';
import { calendarDate } from '../../src/core/format.js';
import { withoutIndexedDB } from '../support/storage-faults.js';

const root = (element: PeerFollowUps) => element.shadowRoot!;
const text = (element: PeerFollowUps) => root(element).textContent!.replace(/\s+/g, ' ');
const buttons = (scope: ParentNode, label: string) => [...scope.querySelectorAll('button')].filter((button) => button.textContent!.trim() === label);
const button = (scope: ParentNode, label: string) => {
  const found = buttons(scope, label)[0];
  if (!found) throw new Error(`no button "${label}"`);
  return found;
};

async function stored(): Promise<unknown[]> {
  return (await (await openDatabase())!.getAll('reminders')) as unknown[];
}

async function mount(shared = false): Promise<PeerFollowUps> {
  const element = await fixture<PeerFollowUps>(html`<peer-follow-ups ?shared-device=${shared}></peer-follow-ups>`);
  await element.ready;
  return element;
}

describe('<peer-follow-ups>', () => {
  beforeEach(async () => {
    await (await openDatabase())!.clear('reminders');
  });

  it('keeps a reminder on this device: a later visit shows it under "Coming up" with its day', async () => {
    const first = await mount();
    const note = root(first).querySelector<HTMLInputElement>('#follow-up-note')!;
    note.value = 'ask how the first week back went';
    note.dispatchEvent(new Event('input'));
    button(root(first).querySelector('[role="group"][aria-labelledby="follow-up-when"]')!, 'In 3 days').click();
    await waitUntil(() => text(first).includes('Reminder set for'));
    first.remove();
    await closeDatabase();

    const later = await mount();
    const upcoming = root(later).querySelector('[part="upcoming"]');
    expect(upcoming, 'a list of reminders to come').to.exist;
    const day = localDay(new Date(), 3);
    expect(upcoming!.textContent).to.contain(calendarDate(day, 'en')).and.contain('ask how the first week back went');
    expect(root(later).querySelector('[part="due"]')).to.equal(null);
    expect(await stored()).to.have.length(1);
  });

  it('shows what is due first; "Done" removes it, overwrites its note and tells the page, with no details', async () => {
    const database = (await openDatabase())!;
    await database.put('reminders', { id: 'due-1', dueOn: localDay(new Date(), -1), note: 'marker-due-note', createdAt: new Date().toISOString() });
    await database.put('reminders', { id: 'later-1', dueOn: localDay(new Date(), 5), createdAt: new Date().toISOString() });
    const element = await mount();
    const due = root(element).querySelector('[part="due"]')!;
    expect(due.textContent).to.contain('marker-due-note');
    expect(root(element).querySelector('[part="upcoming"]')!.querySelectorAll('[part="reminder"]')).to.have.length(1);

    const done = oneEvent(element, 'peer-follow-up-done');
    button(due, 'Done').click();
    const event = await done;
    expect(Object.keys(event).filter((key) => !['isTrusted'].includes(key))).to.deep.equal([]);
    await waitUntil(() => text(element).includes('Nothing due today.'));
    const left = await stored();
    expect(left.map((record) => (record as { id: string }).id)).to.deep.equal(['later-1']);
    expect(JSON.stringify(left)).not.to.contain('marker-due-note');
  });

  it('offers a reminder when a request on the page is marked as contacted', async () => {
    const element = await mount();
    expect(root(element).querySelector('[part="offer"]')).to.equal(null);
    document.body.dispatchEvent(new PeerRequestContactedEvent('request-1'));
    await element.updateComplete;
    const offer = root(element).querySelector('[part="offer"]')!;
    expect(offer.textContent).to.contain('Check in again later?');
    button(offer, 'Tomorrow').click();
    await waitUntil(() => text(element).includes('Reminder set for'));
    expect(root(element).querySelector('[part="offer"]')).to.equal(null);
    const records = (await stored()) as { dueOn: string }[];
    expect(records.map((record) => record.dueOn)).to.deep.equal([localDay(new Date(), 1)]);
  });

  it('says so when a stored record is not a reminder, and shows the rest', async () => {
    const database = (await openDatabase())!;
    await database.put('reminders', { id: 'broken', dueOn: 'next tuesday', createdAt: 'soon' } as never);
    await database.put('reminders', { id: 'fine', dueOn: localDay(new Date(), 2), createdAt: new Date().toISOString() });
    const element = await mount();
    expect(text(element)).to.contain('could not be read');
    expect(root(element).querySelectorAll('[part="reminder"]')).to.have.length(1);
  });

  it('a day in the past is refused with a message, and nothing is kept', async () => {
    const element = await mount();
    const day = root(element).querySelector<HTMLInputElement>('#follow-up-day')!;
    day.value = localDay(new Date(), -2);
    day.dispatchEvent(new Event('input'));
    button(root(element), 'Add reminder').click();
    await element.updateComplete;
    expect(root(element).querySelector('[part="status"]')!.textContent).to.contain('today or a later day');
    expect(await stored()).to.deep.equal([]);
  });

  it('when the browser keeps nothing, it says so and a new reminder reports that nothing was saved', async () => {
    await withoutIndexedDB(async () => {
      const element = await mount();
      expect(text(element)).to.contain('not keeping anything on this device');
      button(root(element), 'Tomorrow').click();
      await waitUntil(() => text(element).includes('Nothing was saved.'));
      expect(root(element).querySelectorAll('[part="reminder"]')).to.have.length(0);
    });
  });

  it('on a shared device, reminders stay in memory for this visit and are never written to storage', async () => {
    const element = await mount(true);
    expect(text(element)).to.contain('Shared device');
    button(root(element), 'In a week').click();
    await waitUntil(() => root(element).querySelectorAll('[part="reminder"]').length === 1);
    expect(await stored()).to.deep.equal([]);
  });

  it('makes no network request while reminders are added, done and removed', async () => {
    const before = performance.getEntriesByType('resource').length;
    const database = (await openDatabase())!;
    await database.put('reminders', { id: 'due-2', dueOn: localDay(new Date()), createdAt: new Date().toISOString() });
    const element = await mount();
    button(root(element), 'In 3 days').click();
    await waitUntil(() => root(element).querySelectorAll('[part="reminder"]').length === 2);
    button(root(element).querySelector('[part="due"]')!, 'Done').click();
    await waitUntil(() => root(element).querySelectorAll('[part="reminder"]').length === 1);
    root(element).querySelector<HTMLButtonElement>('[part="upcoming"] button[aria-label^="Remove"]')!.click();
    await waitUntil(() => root(element).querySelectorAll('[part="reminder"]').length === 0);
    expect(performance.getEntriesByType('resource').slice(before).map((entry) => entry.name)).to.deep.equal([]);
  });

  it('is accessible, with a reminder due and one to come', async () => {
    const database = (await openDatabase())!;
    await database.put('reminders', { id: 'a', dueOn: localDay(new Date()), note: 'check in', createdAt: new Date().toISOString() });
    await database.put('reminders', { id: 'b', dueOn: localDay(new Date(), 4), createdAt: new Date().toISOString() });
    const element = await mount();
    await expect(element).to.be.accessible();
  });
});
