// The supporter side's session: one question to the server and one sign-in sentence per page,
// "Signed in as …" with a sign-out that signs every widget out at once, and a 403 said as a 403.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/peer-support.js';
import { configure } from '../../src/core/config.js';
import type { PeerRequestInbox } from '../../src/request-inbox/request-inbox.js';
import type { PeerSupporterSession } from '../../src/supporter-session/supporter-session.js';
import { API_URL, PROXY_URL, injectFault, proxyLog, proxySettled } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { button, text, requestForAnyone, withCleanSupporterSide } from '../support/supporter-side.js';

const SIGN_IN = 'Please open the sign-in link your coordinator sent you.';

/** How many times the page says how to sign in, across every widget. */
const timesSaid = (page: HTMLElement) => [...page.querySelectorAll<HTMLElement>('*')].filter((element) => element.shadowRoot && text(element).includes(SIGN_IN)).length;

describe('the supporter side: the session', () => {
  withCleanSupporterSide();

  it('signed out, a page of four widgets asks who is signed in once and says how to sign in once', async () => {
    const before = (await proxyLog()).length;
    const page = await fixture<HTMLElement>(html`<div>
      <peer-request-inbox endpoint=${PROXY_URL}></peer-request-inbox>
      <peer-program-stats endpoint=${PROXY_URL}></peer-program-stats>
      <peer-availability endpoint=${PROXY_URL}></peer-availability>
      <peer-contact-log endpoint=${PROXY_URL}></peer-contact-log>
    </div>`);
    await waitUntil(() => timesSaid(page) > 0, 'nobody says how to sign in');
    await proxySettled();
    expect(timesSaid(page)).to.equal(1);
    const asked = (await proxyLog()).slice(before);
    expect(asked.filter((entry) => entry.path.startsWith('/api/session')).map((entry) => `${entry.method} ${entry.path}`)).to.deep.equal(['GET /api/session']);
    // Nothing else is asked for anyone: no sign-in walls (401s) to log.
    expect(asked.filter((entry) => !entry.path.startsWith('/api/session') && !entry.path.startsWith('/api/supporters')).map((entry) => `${entry.method} ${entry.path}`)).to.deep.equal([]);
    // The first widget says it; the others say nothing and take no room.
    expect(text(page.querySelector<HTMLElement>('peer-request-inbox')!)).to.contain(SIGN_IN);
    for (const quiet of page.querySelectorAll<HTMLElement>('peer-program-stats, peer-availability, peer-contact-log')) {
      expect(quiet.getBoundingClientRect().height, `${quiet.localName} takes room`).to.equal(0);
    }
    await expect(page.querySelector('peer-request-inbox')).to.be.accessible();
  });

  it('signed out, the session request is finished when its answer arrives, not held open until the timeout', async () => {
    // A long timeout: a 401 whose body nobody reads stays open until then (the demo waited 15 s).
    configure({ timeoutMs: 10 * 60_000 });
    performance.clearResourceTimings();
    const finished = new Promise<PerformanceEntry>((resolve) => {
      const observer = new PerformanceObserver((list) => {
        const entry = list.getEntries().find((candidate) => new URL(candidate.name).pathname.endsWith('/api/session'));
        if (entry) {
          observer.disconnect();
          resolve(entry);
        }
      });
      observer.observe({ type: 'resource' });
    });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${PROXY_URL}></peer-request-inbox>`);
    await waitUntil(() => text(inbox).includes(SIGN_IN), 'nobody says how to sign in');
    // Its timing entry is written once the answer has been read to the end (WebKit has no responseStatus).
    const entry = (await finished) as PerformanceResourceTiming;
    expect(entry.responseEnd).to.be.greaterThan(entry.startTime);
  });

  it('with <peer-supporter-session> on the page, it is the one place that says how to sign in', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <peer-request-inbox endpoint=${API_URL}></peer-request-inbox>
      <peer-contact-log endpoint=${API_URL}></peer-contact-log>
      <peer-supporter-session endpoint=${API_URL}></peer-supporter-session>
    </div>`);
    const session = page.querySelector<PeerSupporterSession>('peer-supporter-session')!;
    await waitUntil(() => text(session).includes(SIGN_IN), 'the session element does not say how to sign in');
    expect(timesSaid(page)).to.equal(1);
    await expect(session).to.be.accessible();
  });

  it('signed in: "Signed in as …" with the role, and "Sign out" signs every widget of the page out at once', async () => {
    const ana = await bearerSession('supporter', 'ana-rivera');
    configure({ headers: ana.headers });
    const page = await fixture<HTMLElement>(html`<div>
      <peer-supporter-session endpoint=${API_URL}></peer-supporter-session>
      <peer-request-inbox endpoint=${API_URL}></peer-request-inbox>
      <peer-availability endpoint=${API_URL}></peer-availability>
      <peer-contact-log endpoint=${API_URL}></peer-contact-log>
      <peer-program-stats endpoint=${API_URL}></peer-program-stats>
    </div>`);
    const session = page.querySelector<PeerSupporterSession>('peer-supporter-session')!;
    const inbox = page.querySelector<PeerRequestInbox>('peer-request-inbox')!;
    await waitUntil(() => text(session).includes('Signed in as'), 'not signed in');
    expect(text(session)).to.match(/Signed in as \S+ \(supporter\)/);
    await waitUntil(() => text(inbox).includes('Check again'), 'the inbox is not shown');
    await expect(session).to.be.accessible();

    button(session, 'Sign out').click();
    await waitUntil(() => text(session).includes(SIGN_IN), 'not signed out');
    await session.updateComplete;
    expect(session.shadowRoot!.activeElement?.getAttribute('part'), 'focus goes to how to sign in again').to.equal('notice');
    for (const widget of page.querySelectorAll<HTMLElement>('peer-request-inbox, peer-availability, peer-contact-log, peer-program-stats')) {
      expect(widget.shadowRoot!.querySelector('button, form'), `${widget.localName} still works signed out`).to.equal(null);
    }
    expect(timesSaid(page)).to.equal(1);
    // The server has ended the session: the same header no longer signs anyone in.
    expect((await fetch(`${API_URL}session`, { headers: ana.headers })).status).to.equal(401);
  });

  it('a sign-out the server could not hear says so, and nothing is signed out', async () => {
    configure({ headers: (await bearerSession('supporter', 'dee-harper')).headers });
    const page = await fixture<HTMLElement>(html`<div>
      <peer-supporter-session endpoint=${PROXY_URL}></peer-supporter-session>
      <peer-request-inbox endpoint=${PROXY_URL}></peer-request-inbox>
    </div>`);
    const session = page.querySelector<PeerSupporterSession>('peer-supporter-session')!;
    const inbox = page.querySelector<PeerRequestInbox>('peer-request-inbox')!;
    await waitUntil(() => text(inbox).includes('Check again'), 'the inbox is not shown');
    await injectFault({ match: '/api/session', method: 'DELETE', status: 503, times: 1 });
    button(session, 'Sign out').click();
    await waitUntil(() => session.shadowRoot!.querySelector('[part~="status"]'), 'no problem said');
    expect(text(session)).to.contain('Signed in as').and.contain('Something went wrong on the server');
    expect(text(inbox)).to.contain('Check again');
  });

  it('a coordinator is "coordinator" in the session bar', async () => {
    configure({ headers: (await bearerSession('coordinator')).headers });
    const session = await fixture<PeerSupporterSession>(html`<peer-supporter-session endpoint=${API_URL}></peer-supporter-session>`);
    await waitUntil(() => text(session).includes('Signed in as'), 'not signed in');
    expect(text(session)).to.contain('(coordinator)');
  });

  it('a 403 says the account cannot do this, not "please sign in"', async () => {
    const id = await requestForAnyone('Forbidden Person');
    configure({ headers: (await bearerSession('supporter', 'chi-nguyen')).headers });
    const inbox = await fixture<PeerRequestInbox>(html`<peer-request-inbox endpoint=${PROXY_URL}></peer-request-inbox>`);
    const claim = () => inbox.shadowRoot!.querySelector<HTMLButtonElement>(`[data-request-id="${id}"] button[part~="claim"]`);
    await waitUntil(claim, 'the request is not offered');
    await injectFault({ match: `/api/inbox/${id}`, method: 'POST', status: 403, times: 1, contentType: 'application/problem+json', body: { title: 'Forbidden', status: 403 } });
    claim()!.click();
    await waitUntil(() => inbox.shadowRoot!.querySelector('[part~="status"]')!.textContent!.includes('cannot do this'), 'the 403 is not said as such');
    expect(text(inbox)).not.to.contain('Please sign in');
    // The server's own words, when it gives them, say why (as text).
    const detail = 'This change was refused because it did not carry the page’s security token. Reload the page and try again.';
    await injectFault({ match: `/api/inbox/${id}`, method: 'POST', status: 403, times: 1, contentType: 'application/problem+json', body: { title: 'Forbidden', status: 403, detail } });
    claim()!.click();
    await waitUntil(() => inbox.shadowRoot!.querySelector('[part~="status"]')!.textContent!.includes('security token'), 'the server’s reason is not said');
    expect(text(inbox)).not.to.contain('Please sign in');
  });
});
