// <peer-availability> shows only what the signed-in role can do (issue 16, bug 5), and its four
// states are a compact segmented control that works with arrow keys.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/availability/define.js';
import { configure } from '../../src/core/config.js';
import type { PeerAvailability } from '../../src/availability/availability.js';
import { API_URL, PROXY_URL, injectFault } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { button, choice, text, withCleanSupporterSide } from '../support/supporter-side.js';

const statusOf = async (id: string) => (await (await fetch(`${API_URL}supporters`)).json()).items.find((supporter: { id: string }) => supporter.id === id).availability.status;

describe('<peer-availability> and who is signed in', () => {
  withCleanSupporterSide();

  it('a coordinator is told availability is for supporters, and gets no controls to save', async () => {
    configure({ headers: (await bearerSession('coordinator')).headers });
    const widget = await fixture<PeerAvailability>(html`<peer-availability endpoint=${API_URL}></peer-availability>`);
    await waitUntil(() => text(widget).includes('for peer supporters'), `not told: "${text(widget)}"`);
    expect(text(widget)).not.to.contain('My availability');
    expect(widget.shadowRoot!.querySelector('input, button, select'), 'no controls').to.equal(null);
    await expect(widget).to.be.accessible();
  });

  it('a save the server refuses (403) says the account cannot do this, not "sign in"', async () => {
    configure({ headers: (await bearerSession('supporter', 'chi-nguyen')).headers });
    await injectFault({ match: '/api/availability', method: 'PUT', status: 403, contentType: 'application/problem+json', body: { type: 'about:blank', title: 'Forbidden', status: 403 } });
    const widget = await fixture<PeerAvailability>(html`<peer-availability endpoint=${PROXY_URL}></peer-availability>`);
    await waitUntil(() => widget.shadowRoot!.querySelector('input[type="radio"]'), 'not signed in');
    button(widget, 'Save').click();
    await waitUntil(() => widget.shadowRoot!.querySelector('[part~="status"]')!.textContent!.trim(), 'no answer shown');
    const said = widget.shadowRoot!.querySelector('[part~="status"]')!.textContent!;
    expect(said).to.contain('Your account cannot do this');
    expect(said.toLowerCase()).not.to.contain('sign in');
  });

  it('the states are one radio group drawn as a segmented control: arrow keys move the choice, Save keeps it', async () => {
    configure({ headers: (await bearerSession('supporter', 'gabe-santos')).headers });
    const widget = await fixture<PeerAvailability>(html`<peer-availability endpoint=${API_URL}></peer-availability>`);
    await waitUntil(() => widget.shadowRoot!.querySelector('.segmented input[type="radio"]'), 'no segmented control');
    const group = widget.shadowRoot!.querySelector('fieldset.segmented')!;
    expect(group.querySelector('legend')!.textContent).to.equal('Right now I am');
    expect(group.querySelectorAll('input[type="radio"][name="status"]').length).to.equal(4);
    // Compact: the four choices share one row at a desktop width.
    const tops = new Set([...group.querySelectorAll('.segment')].map((segment) => Math.round(segment.getBoundingClientRect().top)));
    expect(tops.size, 'one row').to.equal(1);

    choice(widget, 'Available').click();
    await widget.updateComplete;
    choice(widget, 'Available').focus();
    await sendKeys({ press: 'ArrowRight' });
    await widget.updateComplete;
    expect(choice(widget, 'Busy').checked, 'ArrowRight chose Busy').to.be.true;
    expect(widget.shadowRoot!.activeElement).to.equal(choice(widget, 'Busy'));
    expect(text(widget)).to.contain('requests wait for you');
    await sendKeys({ press: 'ArrowRight' });
    await widget.updateComplete;
    expect(choice(widget, 'On a break').checked, 'ArrowRight chose On a break').to.be.true;
    await sendKeys({ press: 'ArrowLeft' });
    await widget.updateComplete;
    expect(choice(widget, 'Busy').checked, 'ArrowLeft went back to Busy').to.be.true;
    await expect(widget).to.be.accessible();

    button(widget, 'Save').click();
    await waitUntil(() => text(widget).includes('Saved'), 'not saved');
    expect(await statusOf('gabe-santos')).to.equal('busy');
  });
});
