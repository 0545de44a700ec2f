// A supporter's day, with the keyboard and the mouse, on one page of the supporter-side elements:
// signed in with a one-time link, take a request, say you have been in touch, close it (it asks
// first), log the contact, set a break, sign out.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/peer-support.js';
import { configure } from '../../src/core/config.js';
import { API_URL } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { narrowLayout } from '../support/layout.js';
import { button, choice, requestForAnyone, text, withCleanSupporterSide } from '../support/supporter-side.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** A real click: the mouse moves to the middle of `element`, goes down and comes up. */
async function click(element: Element): Promise<void> {
  // As a mouse user scrolls to it: with a full page of requests above, it may be out of view.
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
}

/** Focus on `element`, then Enter, as a keyboard user would after tabbing to it. */
async function press(element: HTMLElement, key = 'Enter'): Promise<void> {
  element.focus();
  await sendKeys({ press: key });
}

describe("a supporter's day, keyboard and mouse", () => {
  withCleanSupporterSide();
  afterEach(() => resetMouse());

  it('sign in, take a request, get in touch, close it, log the contact, take a break, sign out', async () => {
    const requestId = await requestForAnyone('Day Walker');
    // Signed in with a one-time link, redeemed the way an HR portal does (a bearer session).
    configure({ headers: (await bearerSession('supporter', 'ike-mensah')).headers });
    const page = await fixture<HTMLElement>(html`<div>
      <peer-supporter-session endpoint=${API_URL}></peer-supporter-session>
      <peer-request-inbox endpoint=${API_URL}></peer-request-inbox>
      <peer-availability endpoint=${API_URL}></peer-availability>
      <peer-contact-log endpoint=${API_URL}></peer-contact-log>
    </div>`);
    const layout = await narrowLayout(page, 1280, 3200);
    try {
      const [session, inbox, availability, log] = ['peer-supporter-session', 'peer-request-inbox', 'peer-availability', 'peer-contact-log'].map((tag) => page.querySelector<Widget>(tag)!);
      await waitUntil(() => text(session).includes('Signed in as'), 'not signed in');
      expect(text(session)).to.contain('(supporter)');

      const card = () => inbox.shadowRoot!.querySelector<HTMLElement>(`[data-request-id="${requestId}"]`);
      const action = (part: string) => card()?.querySelector<HTMLButtonElement>(`button[part~="${part}"]`) ?? null;
      await waitUntil(() => action('claim'), 'the request is not offered');

      // Take it, with the keyboard.
      await press(action('claim')!);
      await waitUntil(() => action('contacted'), 'not taken');
      expect(card()!.textContent).to.contain('Day Walker').and.contain('Taken by you');

      // Been in touch, with the mouse.
      await click(action('contacted')!);
      await waitUntil(() => !action('contacted'), 'not marked as contacted');

      // Close: it asks first; the keyboard answers.
      await press(action('close')!);
      await waitUntil(() => action('close-confirm'), 'closing did not ask first');
      await inbox.updateComplete;
      await sendKeys({ press: 'Tab' });
      expect(inbox.shadowRoot!.activeElement?.textContent).to.contain('Yes, close and erase');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !card(), 'not closed');

      // Log the contact, with the keyboard: the defaults make a one-on-one one press.
      await waitUntil(() => button(log, 'Log it'), 'no contact log');
      await press(button(log, 'Log it'));
      await waitUntil(() => /Sent/.test(log.shadowRoot!.querySelector('[part~="status"]')?.textContent ?? ''), 'the contact was not logged', { timeout: 5000 });

      // A break, with the mouse.
      await waitUntil(() => availability.shadowRoot!.querySelector('input[type="radio"]'), 'no availability');
      await click(choice(availability, 'On a break').closest('label')!);
      await availability.updateComplete;
      expect(choice(availability, 'On a break').checked).to.be.true;
      await click(button(availability, 'Save'));
      await waitUntil(() => text(availability).includes('Saved'), 'the break was not saved', { timeout: 5000 });
      const roster = await (await fetch(`${API_URL}supporters`)).json();
      expect(roster.items.find((supporter: { id: string }) => supporter.id === 'ike-mensah').availability.status).to.equal('on-break');

      // Sign out, with the mouse: every widget at once.
      await click(button(session, 'Sign out'));
      await waitUntil(() => text(session).includes('Please open the sign-in link'), 'not signed out');
      for (const widget of [inbox, availability, log]) expect(widget.shadowRoot!.querySelector('button, form'), `${widget.localName} still works`).to.equal(null);
    } finally {
      await layout.restore();
    }
  });
});
