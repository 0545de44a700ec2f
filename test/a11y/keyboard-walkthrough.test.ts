// Keyboard-only walkthroughs (issue 19), staff side: find a supporter and ask them to get in touch,
// and send a request from the form alone, correcting what the summary points to. Only keys reach the
// page (Tab, Shift+Tab, Enter, Space, Escape, arrows, and typing into text fields), against the real
// reference server. The other elements: keyboard-plan, keyboard-directory, keyboard-supporter-side.
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/roster/define.js';
import '../../src/request-form/define.js';
import type { PeerRoster } from '../../src/roster/roster.js';
import type { PeerRequestForm } from '../../src/request-form/request-form.js';
import { API_URL } from '../support/rig.js';
import { text as shadowText, withCleanSupporterSide } from '../support/supporter-side.js';
import { betweenEdges, boxOnPage, deepActive, describeElement, expectFocus, fromTopOfPage, isInside, nameOf, outOfVisualOrder, press, tabTo, typeText, walkOut, walkThroughAndBack } from '../support/keyboard.js';

const root = (element: HTMLElement) => element.shadowRoot!;

async function ready(roster: PeerRoster) {
  await waitUntil(() => root(roster).querySelector('[part~="search"]'), 'the roster did not load');
}
async function formReady(form: PeerRequestForm) {
  await waitUntil(() => root(form).querySelector('select option + option'), 'the form did not load the team');
}

/** ArrowDown in a radio group (one Tab stop), from `group` (a choice reached with Tab): `next` takes the focus and is chosen. */
async function arrowDownFrom(form: PeerRequestForm, group: string, next: string, why: string): Promise<void> {
  await tabTo(group, { why });
  await press('ArrowDown');
  await form.updateComplete;
  expect((expectFocus(next, `ArrowDown in ${why}`) as HTMLInputElement).checked).to.be.true;
}

/** Waits until the form says it sent the request and its words have the focus (so a screen reader reads them out). */
async function sentAndFocused(form: PeerRequestForm): Promise<HTMLElement> {
  const status = () => root(form).querySelector<HTMLElement>('[part~="status"]');
  await waitUntil(() => status()?.textContent!.includes('Sent. Your request has reached the team.'), `not sent: "${status()?.textContent?.trim()}"`, { timeout: 5000 });
  await waitUntil(() => deepActive() === status(), `the focus is not on the sent message but on ${describeElement(deepActive())}`);
  return status()!;
}

describe('keyboard only: find a supporter and ask them to get in touch (roster + request form)', () => {
  withCleanSupporterSide();

  it('search, narrow, reach their ways to get in touch, ask them, fill in the form and send', async () => {
    const page = await betweenEdges(html`<peer-roster endpoint=${API_URL}></peer-roster>
      <peer-request-form endpoint=${API_URL}></peer-request-form>`);
    const roster = page.querySelector<PeerRoster>('peer-roster')!;
    const form = page.querySelector<PeerRequestForm>('peer-request-form')!;
    await ready(roster);
    await formReady(form);

    await fromTopOfPage();
    // The search is the roster's first stop.
    await press('Tab');
    expectFocus('Search', "the roster's first stop");
    await typeText('Lindqvist');
    await roster.updateComplete;
    await waitUntil(() => /1 of \d+ supporters match/.test(root(roster).querySelector('[part~="count"]')!.textContent!), 'the search did not narrow the roster');
    // The count is a polite live region: the narrowing is announced.
    expect(root(roster).querySelector('[part~="count"]')!.getAttribute('role')).to.equal('status');

    // Narrow with a filter: "Available now", a check box, with Space.
    await tabTo('Available now', { why: 'the roster filters' });
    await press('Space');
    await roster.updateComplete;
    expect((deepActive() as HTMLInputElement).checked, 'Space ticked "Available now"').to.be.true;
    const names = () => [...root(roster).querySelectorAll('[part~="card"] .display-name')].map((name) => name.textContent!.trim());
    expect(names()).to.deep.equal(['Jo Lindqvist-Fictional']);

    // Their ways to get in touch, on their card: a safe tel: link, then "Ask them to contact me".
    const call = await tabTo('Call 555-0110', { why: "Jo's card" });
    expect(call.getAttribute('href')).to.equal('tel:5550110');
    expect(nameOf(call)).to.contain('Jo Lindqvist-Fictional');
    await tabTo('Ask them to contact me', { why: "Jo's card" });
    expect(nameOf(deepActive())).to.contain('Jo Lindqvist-Fictional');
    await press('Enter');

    // The request form on the page takes it: Jo is chosen and the focus is in the first field to fill.
    await form.updateComplete;
    await waitUntil(() => isInside(deepActive(), form), `the focus stayed on ${describeElement(deepActive())}`);
    expectFocus('What to call you', 'after "Ask them to contact me"');
    expect(root(form).querySelector<HTMLSelectElement>('select')!.selectedOptions[0].textContent).to.contain('Jo Lindqvist-Fictional');

    await typeText('Sam');
    // The way to reach me: the radio group, moved with arrow keys (the first arrow picks "Text message").
    await tabTo('Phone call', { why: 'the best way to reach you' });
    await press('Space');
    await form.updateComplete;
    expect((deepActive() as HTMLInputElement).checked, 'Space chose "Phone call"').to.be.true;
    await tabTo('Phone number');
    await typeText('555-0199');
    await tabTo('Today, if possible', { why: 'how soon' });
    await press('Space');
    await tabTo('I have read what stays confidential', { why: 'the confidentiality check box' });
    await press('Space');
    await form.updateComplete;
    await tabTo('Send my request');
    await press('Enter');

    // Sent: announced (a status region), and the focus is on it, so a screen reader reads it out.
    const status = await sentAndFocused(form);
    expect(status.getAttribute('role')).to.equal('status');
    expect(shadowText(form)).to.contain('Jo Lindqvist-Fictional will get in touch');
  });
});

describe('keyboard only: the request form alone', () => {
  withCleanSupporterSide();

  it('fill every required field but one, send, follow the summary link with Enter, correct it, send', async () => {
    const page = await betweenEdges(html`<peer-request-form endpoint=${API_URL}></peer-request-form>`);
    const form = page.querySelector<PeerRequestForm>('peer-request-form')!;
    await formReady(form);
    await fromTopOfPage();

    await tabTo('What to call you', { why: 'the first field' });
    await typeText('Robin');
    // A radio group is one Tab stop; the arrow keys move the choice inside it.
    await arrowDownFrom(form, 'Phone call', 'Text message', 'the best way to reach you');
    await tabTo('Mobile number');
    await typeText('555-0142');
    await arrowDownFrom(form, 'Today, if possible', 'In the next few days', 'how soon');
    // Not ticked on purpose: "I have read what stays confidential".
    await tabTo('Send my request');
    await press('Enter');
    await form.updateComplete;

    // The summary takes the focus and lists the one thing to check, as a link.
    const summary = () => root(form).querySelector<HTMLElement>('[part~="error-summary"]');
    await waitUntil(() => summary(), 'no error summary');
    await waitUntil(() => deepActive() === summary(), `the summary did not take the focus (it is on ${describeElement(deepActive())})`);
    expect(summary()!.textContent).to.contain('Please check 1 thing before sending');
    const link = await tabTo('Please confirm that you have read what stays confidential', { max: 3, why: 'the summary' });
    expect(link.localName).to.equal('a');
    await press('Enter');
    await form.updateComplete;
    const box = expectFocus('I have read what stays confidential', 'after following the summary link') as HTMLInputElement;
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    await press('Space');
    await form.updateComplete;
    expect(box.checked).to.be.true;
    await tabTo('Send my request');
    await press('Enter');
    await sentAndFocused(form);
  });
});

describe('keyboard only: no trap, and focus order follows the page (roster, request form)', () => {
  for (const [tag, template] of [
    ['peer-roster', () => html`<peer-roster endpoint=${API_URL} page-size="4"></peer-roster>`],
    ['peer-request-form', () => html`<peer-request-form endpoint=${API_URL}></peer-request-form>`],
    ['peer-supporter-card', () => html`<peer-supporter-card endpoint=${API_URL} supporter-id="jo-lindqvist"></peer-supporter-card>`],
  ] as const) {
    it(`<${tag}>: Tab from its first stop leaves it, Shift+Tab comes back out the top, in reading order`, async () => {
      const page = await betweenEdges(template());
      const element = page.querySelector<HTMLElement>(tag)!;
      if (tag === 'peer-roster') await ready(element as PeerRoster);
      else if (tag === 'peer-request-form') await formReady(element as PeerRequestForm);
      else await waitUntil(() => root(element).querySelector('[part~="request-contact"]'), 'the card did not load');
      const { forward, backward } = await walkThroughAndBack(element);
      expect(forward.stops.length, 'stops inside').to.be.greaterThan(2);
      expect(backward.stops.length).to.equal(forward.stops.length);
    });
  }
});

describe('the keyboard helpers themselves', () => {
  it('the reading-order check flags a row drawn in reverse, and accepts rows that wrap and cards side by side', async () => {
    const page = await betweenEdges(html`<div class="reversed"><button>One</button><button>Two</button><button>Three</button></div>
      <div class="wrapped"><button>Alpha</button><button>Beta</button><button>Gamma</button><button>Delta</button></div>
      <div class="cards"><div><button>Card 1 top</button><p>Text</p><button>Card 1 bottom</button></div><div><button>Card 2 top</button></div></div>`);
    const style = (selector: string, properties: Record<string, string>) => {
      for (const [name, value] of Object.entries(properties)) page.querySelector<HTMLElement>(selector)!.style.setProperty(name, value);
    };
    style('.reversed', { display: 'flex', 'flex-direction': 'row-reverse', 'justify-content': 'flex-end' });
    style('.wrapped', { display: 'flex', 'flex-wrap': 'wrap', width: '160px' });
    for (const button of page.querySelectorAll<HTMLElement>('.wrapped button')) button.style.setProperty('width', '70px');
    style('.cards', { display: 'grid', 'grid-template-columns': '1fr 1fr', width: '400px' });
    for (const name of ['reversed', 'wrapped', 'cards'] as const) {
      const host = page.querySelector(`.${name}`)!;
      await fromTopOfPage();
      // Into the group: Tab until its first control.
      await tabTo((element) => host.contains(element), { why: name });
      const rest = await walkOut(host);
      const stops = [{ element: host.querySelector('button')!, box: boxOnPage(host.querySelector('button')!) }, ...rest.stops];
      const problems = outOfVisualOrder(stops);
      if (name === 'reversed') expect(problems, 'a row drawn right to left').to.have.length(2);
      else expect(problems, name).to.deep.equal([]);
    }
  });

  it('"Tab until named" gives up at the edge of the page, listing where the focus went', async () => {
    await betweenEdges(html`<button>Only</button>`);
    await fromTopOfPage();
    let error: Error | undefined;
    try {
      await tabTo('Missing', { why: 'a control that is not there' });
    } catch (caught) {
      error = caught as Error;
    }
    expect(error?.message).to.contain('no control named Missing before the edge of the page').and.contain('button "Only"').and.contain('button "After"');
  });
});
