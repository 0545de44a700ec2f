// <peer-availability> starts from what the roster shows now (issue 16, bug 1): after a break and a
// reload, pressing Save must not undo the break.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/availability/define.js';
import { configure } from '../../src/core/config.js';
import type { PeerAvailability } from '../../src/availability/availability.js';
import { API_URL } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { button, choice, text, withCleanSupporterSide } from '../support/supporter-side.js';

const localDateTime = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

describe('<peer-availability>', () => {
  withCleanSupporterSide();

  it('starts from the status set earlier, so pressing Save keeps the break', async () => {
    const lupe = await bearerSession('supporter', 'lupe-ramos');
    const until = new Date(Date.now() + 3 * 3_600_000);
    until.setSeconds(0, 0);
    const set = await fetch(`${API_URL}availability`, {
      method: 'PUT',
      headers: { ...lupe.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'on-break', until: until.toISOString() }),
    });
    expect(set.status).to.equal(204);

    // A new page (the reload): nothing remembered but what the server says.
    configure({ headers: lupe.headers });
    const widget = await fixture<PeerAvailability>(html`<peer-availability endpoint=${API_URL}></peer-availability>`);
    await waitUntil(() => widget.shadowRoot?.querySelector('fieldset') && choice(widget, 'On a break').checked, 'the break set earlier is not shown');
    expect(choice(widget, 'Available').checked).to.equal(false);
    expect(widget.shadowRoot!.querySelector<HTMLInputElement>('input[type="datetime-local"]')!.value).to.equal(localDateTime(until));

    button(widget, 'Save').click();
    await waitUntil(() => text(widget).includes('Saved'), 'not saved');
    const roster = await (await fetch(`${API_URL}supporters`)).json();
    expect(roster.items.find((supporter: { id: string }) => supporter.id === 'lupe-ramos').availability.status).to.equal('on-break');
  });
});
