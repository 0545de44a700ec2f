// Keyboard-only walkthroughs (issue 19), supporter side, against the real reference server with a
// bearer session: take a request, say you have been in touch, close it (Escape cancels the question
// first); set availability with arrow keys and save; log a contact with chips; add a follow-up and
// mark one done; change the stats' period and scroll a table with arrow keys; sign out. Only keys.
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { TemplateResult } from 'lit';
import '../../src/peer-support.js';
import { configure } from '../../src/core/config.js';
import { openDatabase } from '../../src/core/storage.js';
import { localDay } from '../../src/follow-ups/reminder-store.js';
import { API_URL } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { narrowLayout } from '../support/layout.js';
import { requestForAnyone, text, withCleanSupporterSide } from '../support/supporter-side.js';
import { betweenEdges, deepActive, describeElement, expectFocus, fromTopOfPage, nameOf, press, tabTo, typeText, walkThroughAndBack } from '../support/keyboard.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** `template` between a "Before" and an "After" button; resolves once `ready` holds. */
async function onPage(template: TemplateResult, tag: string, ready: (element: Widget) => unknown): Promise<Widget> {
  const page = await betweenEdges(template);
  const element = page.querySelector<Widget>(tag)!;
  await waitUntil(() => ready(element), `<${tag}> did not get ready: "${text(element)}"`);
  return element;
}

const focusedIn = (element: Widget) => element.shadowRoot!.activeElement;

/**
 * A new request for anyone from "<random first name> <surname>", and Hana's inbox on the page once
 * that request can be taken; the focus at the top of the page.
 */
async function inboxWithNewRequest(surname: string) {
  // Before it is taken, a card shows only the first name: a first name of its own.
  const name = `Keys${Math.random().toString(36).slice(2, 7)} ${surname}`;
  const first = name.split(' ')[0];
  const requestId = await requestForAnyone(name);
  configure({ headers: (await bearerSession('supporter', 'hana-kim')).headers });
  const inbox = await onPage(html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`, 'peer-request-inbox', (element) =>
    element.shadowRoot!.querySelector(`[data-request-id="${requestId}"] button[part~="claim"]`),
  );
  const card = () => inbox.shadowRoot!.querySelector<HTMLElement>(`[data-request-id="${requestId}"]`);
  await fromTopOfPage();
  return { name, first, inbox, card };
}

describe('keyboard only: the supporter side', () => {
  withCleanSupporterSide();

  it('inbox: take a request, say you have been in touch, close it (Escape first cancels the question)', async () => {
    const { name, first, inbox, card } = await inboxWithNewRequest('Walker');
    const status = () => inbox.shadowRoot!.querySelector<HTMLElement>('[part~="status"]')!;

    await tabTo(`I’ll take this (${first})`, { max: 200, why: 'the new request' });
    await press('Enter');
    await waitUntil(() => card()?.querySelector('button[part~="contacted"]'), 'not taken');
    expect(status().textContent).to.contain(`You took the request from ${first}`);
    // The button pressed is gone: the focus goes to the next step on the same card, not to the page's top.
    await waitUntil(() => focusedIn(inbox), `after taking it the focus is on ${describeElement(deepActive())}`);
    expectFocus(`I’ve been in touch (${name})`, 'after taking the request');

    await press('Enter');
    await waitUntil(() => status().textContent!.includes('Marked as contacted') && !card()?.querySelector('button[part~="contacted"]'), 'not marked as contacted');
    await waitUntil(() => focusedIn(inbox), `after "I’ve been in touch" the focus is on ${describeElement(deepActive())}`);
    const close = expectFocus(`Close and erase (${name})`, 'after "I’ve been in touch"');
    await press('Enter');
    await waitUntil(() => card()?.querySelector('[part~="confirm-close"]'), 'closing did not ask first');
    await waitUntil(() => deepActive() === card()!.querySelector('[part~="confirm-close"]'), `the question did not take the focus (${describeElement(deepActive())})`);
    expect(close.getAttribute('aria-expanded')).to.equal('true');
    await press('Escape');
    await waitUntil(() => !card()?.querySelector('[part~="confirm-close"]'), 'Escape did not close the question');
    await waitUntil(() => nameOf(deepActive()).startsWith('Close and erase'), `Escape left the focus on ${describeElement(deepActive())}`);

    await press('Enter');
    await waitUntil(() => card()?.querySelector('[part~="confirm-close"]'), 'closing did not ask first');
    await tabTo('Yes, close and erase', { max: 2 });
    await press('Enter');
    await waitUntil(() => !card(), 'not closed');
    expect(status().textContent).to.contain('Closed.');
    await waitUntil(() => deepActive() === status(), `after closing the focus is on ${describeElement(deepActive())}`);
  });

  it('inbox: Escape closes the "When will you try again?" question and gives the focus back to "Tried, no answer"', async () => {
    const { name, first, inbox, card } = await inboxWithNewRequest('Trier');
    await tabTo(`I’ll take this (${first})`, { max: 200, why: 'the new request' });
    await press('Enter');
    await waitUntil(() => card()?.querySelector('button[part~="attempt"]') && focusedIn(inbox), 'not taken');
    await tabTo(`Tried, no answer (${name})`, { max: 3 });
    await press('Enter');
    await waitUntil(() => deepActive() === card()?.querySelector('[part~="tried"]'), `the question did not take the focus (${describeElement(deepActive())})`);
    await press('Escape');
    await waitUntil(() => !card()?.querySelector('[part~="tried"]'), 'Escape did not close the question');
    // The button is drawn again once the question goes: the focus is on the new one, in the same card.
    await waitUntil(() => nameOf(deepActive()) === `Tried, no answer (${name})`, `Escape left the focus on ${describeElement(deepActive())}`);
  });

  it('availability: arrow keys in the segmented control, then Save', async () => {
    configure({ headers: (await bearerSession('supporter', 'eli-brooks')).headers });
    const availability = await onPage(html`<peer-availability endpoint=${API_URL}></peer-availability>`, 'peer-availability', (element) =>
      element.shadowRoot!.querySelector('input[type="radio"]:checked'),
    );
    await fromTopOfPage();
    const start = await tabTo((element) => element.matches('input[type="radio"]'), { why: 'the segmented control' });
    const order = ['Available', 'Busy', 'On a break', 'Off duty'];
    let at = order.findIndex((label) => nameOf(start).startsWith(label));
    expect(at, `the control's stop is a state: ${describeElement(start)}`).to.be.at.least(0);
    // Move to "On a break" with the arrow keys, whichever state it starts on.
    const goal = order.indexOf('On a break');
    while (at !== goal) {
      await press(at < goal ? 'ArrowRight' : 'ArrowLeft');
      at += at < goal ? 1 : -1;
      await availability.updateComplete;
      expect((expectFocus(order[at], 'arrow keys in the segmented control') as HTMLInputElement).checked).to.be.true;
    }
    // (A date-and-time field may take a Tab per part: day, month, year, hour…)
    await tabTo('Save', { max: 12 });
    await press('Enter');
    await waitUntil(() => text(availability).includes('Saved'), 'not saved', { timeout: 5000 });
    const roster = await (await fetch(`${API_URL}supporters`)).json();
    expect(roster.items.find((supporter: { id: string }) => supporter.id === 'eli-brooks').availability.status).to.equal('on-break');
  });

  it('contact log: a longer duration with arrow keys, a topic chip with Space, then "Log it"', async () => {
    configure({ headers: (await bearerSession('supporter', 'dee-harper')).headers });
    const log = await onPage(html`<peer-contact-log endpoint=${API_URL}></peer-contact-log>`, 'peer-contact-log', (element) => element.shadowRoot!.querySelector('form'));
    await fromTopOfPage();
    await tabTo('30 min', { why: 'how long' });
    await press('ArrowRight');
    await log.updateComplete;
    expect((expectFocus('45 min', 'ArrowRight in how long') as HTMLInputElement).checked).to.be.true;
    const more = await tabTo('Topics and referrals (optional)');
    await press('Enter');
    await waitUntil(() => (more.parentElement as HTMLDetailsElement).open, 'Enter did not open the topics');
    const chip = (await tabTo((element) => element.matches('input[type="checkbox"]') && !!element.closest('fieldset')?.textContent?.includes('Broad topics'), { max: 3, why: 'the first topic' })) as HTMLInputElement;
    await press('Space');
    await log.updateComplete;
    expect(chip.checked, 'Space chose the topic').to.be.true;
    await tabTo('Log it');
    await press('Enter');
    const status = () => log.shadowRoot!.querySelector('[part~="status"]')!.textContent!;
    await waitUntil(() => status().includes('Sent.'), `not logged: "${status()}"`, { timeout: 5000 });
    expect(log.shadowRoot!.querySelector('[part~="status"]')!.getAttribute('role')).to.equal('status');
  });

  it('follow-ups: mark a due one done, then add a reminder with a note', async () => {
    const database = (await openDatabase())!;
    await database.clear('reminders');
    await database.put('reminders', { id: 'kb-due', dueOn: localDay(new Date()), note: 'call back about the move', createdAt: new Date().toISOString() });
    const followUps = await onPage(html`<peer-follow-ups></peer-follow-ups>`, 'peer-follow-ups', (element) => element.shadowRoot!.querySelector('[part="due"]'));
    await fromTopOfPage();
    await tabTo('Done', { why: 'the due reminder' });
    await press('Enter');
    const status = () => followUps.shadowRoot!.querySelector<HTMLElement>('[part~="status"]')!;
    await waitUntil(() => status().textContent!.includes('Done.') && !followUps.shadowRoot!.querySelector('[part="due"]'), 'not done');
    // The button is gone with its reminder: the focus goes to what happened, not to the page's top.
    await waitUntil(() => deepActive() === status(), `after "Done" the focus is on ${describeElement(deepActive())}`);

    // The status line is the last thing in the element: the note field is back up.
    await tabTo('Note (optional)', { back: true });
    await typeText('ask how the week went');
    await tabTo('Tomorrow', { max: 3 });
    await press('Enter');
    await waitUntil(() => status().textContent!.includes('Reminder set for') && followUps.shadowRoot!.querySelector('[part="upcoming"]'), `no reminder set: "${text(followUps)}", focus on ${describeElement(deepActive())}`);
    expect(followUps.shadowRoot!.querySelector('[part="upcoming"]')!.textContent).to.contain('ask how the week went');
    expect(await database.getAll('reminders')).to.have.length(1);
    await database.clear('reminders');
  });

  it('stats: change the period with arrow keys and scroll a table sideways with arrow keys', async () => {
    configure({ headers: (await bearerSession('coordinator')).headers });
    const page = await betweenEdges(html`<peer-program-stats endpoint=${API_URL}></peer-program-stats>`);
    const layout = await narrowLayout(page, 360, 800);
    try {
      const stats = page.querySelector<Widget>('peer-program-stats')!;
      await waitUntil(() => stats.shadowRoot!.querySelector('#period') && stats.shadowRoot!.querySelector('table'), `no stats: "${text(stats)}"`);
      await fromTopOfPage();
      const select = (await tabTo('Show by')) as HTMLSelectElement;
      expect(select.value).to.equal('month');
      await press('ArrowDown');
      await waitUntil(() => text(stats).includes('Topics (a contact can have several)'), `ArrowDown did not show the quarters (the choice is "${select.value}")`);
      expect(select.value).to.equal('quarter');
      const region = await tabTo((element) => element.getAttribute('role') === 'region', { why: 'a table' });
      expect(region.scrollWidth, 'the table is wider than its box at 360 px').to.be.greaterThan(region.clientWidth);
      expect(region.scrollLeft).to.equal(0);
      await press('ArrowRight');
      await press('ArrowRight');
      await waitUntil(() => region.scrollLeft > 0, 'ArrowRight did not scroll the table');
      expect(deepActive(), 'the focus stays on the table').to.equal(region);
    } finally {
      await layout.restore();
    }
  });

  it('sign out with Enter: the focus goes to how to sign in again', async () => {
    configure({ headers: (await bearerSession('supporter', 'kai-tupou')).headers });
    const session = await onPage(html`<peer-supporter-session endpoint=${API_URL}></peer-supporter-session>`, 'peer-supporter-session', (element) => text(element).includes('Signed in as'));
    await fromTopOfPage();
    await tabTo('Sign out', { max: 3 });
    await press('Enter');
    await waitUntil(() => text(session).includes('Please open the sign-in link'), `not signed out: "${text(session)}", focus on ${describeElement(deepActive())}`);
    await waitUntil(() => deepActive() === session.shadowRoot!.querySelector('[part~="notice"]'), `after signing out the focus is on ${describeElement(deepActive())}`);
  });
});

describe('keyboard only: no trap, and focus order follows the page (supporter side)', () => {
  withCleanSupporterSide();

  for (const [tag, template, role] of [
    ['peer-request-inbox', () => html`<peer-request-inbox endpoint=${API_URL}></peer-request-inbox>`, 'supporter'],
    ['peer-availability', () => html`<peer-availability endpoint=${API_URL}></peer-availability>`, 'supporter'],
    ['peer-contact-log', () => html`<peer-contact-log endpoint=${API_URL}></peer-contact-log>`, 'supporter'],
    ['peer-follow-ups', () => html`<peer-follow-ups></peer-follow-ups>`, 'supporter'],
    ['peer-program-stats', () => html`<peer-program-stats endpoint=${API_URL}></peer-program-stats>`, 'coordinator'],
    ['peer-supporter-session', () => html`<peer-supporter-session endpoint=${API_URL}></peer-supporter-session>`, 'supporter'],
    ['peer-notifications', () => html`<peer-notifications endpoint=${API_URL} service-worker-url="/dist/peer-support-sw.js"></peer-notifications>`, 'supporter'],
  ] as const) {
    it(`<${tag}>: Tab from its first stop leaves it, Shift+Tab comes back out the top, in reading order`, async () => {
      configure({ headers: (await bearerSession(role, role === 'supporter' ? 'jo-lindqvist' : undefined)).headers });
      const element = await onPage(template(), tag, (candidate) => candidate.shadowRoot!.querySelector('button, a, input'));
      const { forward, backward } = await walkThroughAndBack(element);
      expect(forward.stops.length, 'stops inside').to.be.greaterThan(0);
      expect(backward.stops.length).to.equal(forward.stops.length);
    });
  }
});
