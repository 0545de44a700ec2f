// "Close and erase" cannot be undone, so it asks first, in the card: keyboard reachable, with focus
// on the question, Escape or "Keep it open" to go back (focus returns), and nothing sent until "Yes".
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/peer-support.js';
import { configure } from '../../src/core/config.js';
import type { PeerRequestInbox } from '../../src/request-inbox/request-inbox.js';
import { PROXY_URL, proxyLog } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { requestForAnyone, withCleanSupporterSide } from '../support/supporter-side.js';

const card = (inbox: PeerRequestInbox, id: string) => inbox.shadowRoot!.querySelector<HTMLElement>(`[part~="request"][data-request-id="${id}"]`);
const part = (inbox: PeerRequestInbox, id: string, name: string) => card(inbox, id)?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const active = (inbox: PeerRequestInbox) => inbox.shadowRoot!.activeElement;
const closes = async (id: string) => (await proxyLog()).filter((entry) => entry.method === 'POST' && entry.path === `/api/inbox/${id}/close`).length;

/** A supporter's inbox with a request they have just taken (so "Close and erase" is offered). */
async function takenRequest(name: string) {
  const id = await requestForAnyone(name);
  configure({ headers: (await bearerSession('supporter', 'lupe-ramos')).headers });
  const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${PROXY_URL}></peer-request-inbox>`);
  await waitUntil(() => part(inbox, id, 'claim'), 'the request is not offered');
  part(inbox, id, 'claim')!.click();
  await waitUntil(() => part(inbox, id, 'close'), 'not taken');
  return { id, inbox };
}

describe('<peer-request-inbox>: "Close and erase" asks first', () => {
  withCleanSupporterSide();

  it('with the keyboard: the question takes focus, Escape keeps the request and returns focus, "Yes" closes it', async () => {
    const { id, inbox } = await takenRequest('Close Asker');

    part(inbox, id, 'close')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(inbox, id, 'confirm-close'), 'no question');
    await inbox.updateComplete;
    expect(active(inbox)).to.equal(part(inbox, id, 'confirm-close'));
    expect(part(inbox, id, 'confirm-close')!.textContent).to.contain('Close this request and erase it?').and.contain('cannot be undone');
    expect(part(inbox, id, 'close')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(inbox).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !part(inbox, id, 'confirm-close'), 'Escape did not close the question');
    await inbox.updateComplete;
    expect(active(inbox)).to.equal(part(inbox, id, 'close'));
    expect(await closes(id)).to.equal(0);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(inbox, id, 'confirm-close'), 'no question the second time');
    await sendKeys({ press: 'Tab' });
    expect(active(inbox)?.textContent).to.contain('Yes, close and erase');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !card(inbox, id), 'not closed');
    expect(await closes(id)).to.equal(1);
    expect(active(inbox)?.getAttribute('part')).to.contain('status');
  });

  it('"Keep it open" with the mouse sends nothing', async () => {
    const { id, inbox } = await takenRequest('Keep Open');
    part(inbox, id, 'close')!.click();
    await waitUntil(() => part(inbox, id, 'close-cancel'), 'no question');
    part(inbox, id, 'close-cancel')!.click();
    await waitUntil(() => !part(inbox, id, 'confirm-close'), 'the question stayed');
    expect(card(inbox, id)).to.exist;
    expect(await closes(id)).to.equal(0);
  });
});
