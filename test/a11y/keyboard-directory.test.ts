// Keyboard-only walkthroughs (issue 19): find help in <peer-resource-directory> and call it, and reach
// <peer-crisis-line>'s call and text links from the top of the page in a few presses. Enter on a link
// would leave the test page: a listener of the test's own stops that navigation (preventDefault on
// the click that Enter produces) and notes which link it was.
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/resource-directory/define.js';
import '../../src/crisis-line/define.js';
import { nothing } from 'lit';
import type { PeerResourceDirectory } from '../../src/resource-directory/resource-directory.js';
import { API_URL } from '../support/rig.js';
import { betweenEdges, deepActive, describeElement, expectFocus, fromTopOfPage, press, tabTo, typeText, walkOut, walkThroughAndBack } from '../support/keyboard.js';

const root = (element: HTMLElement) => element.shadowRoot!;

/** Stops every link's navigation on this page, noting the link each click came from. */
function holdLinks(): { followed: HTMLAnchorElement[]; release: () => void } {
  const followed: HTMLAnchorElement[] = [];
  const hold = (event: Event) => {
    const link = event.composedPath().find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement);
    if (!link) return;
    event.preventDefault();
    followed.push(link);
  };
  document.addEventListener('click', hold, true);
  return { followed, release: () => document.removeEventListener('click', hold, true) };
}

/** Presses Enter on the focused link, its navigation held; answers the link Enter followed. */
async function followWithEnter(what: string): Promise<HTMLAnchorElement> {
  const links = holdLinks();
  try {
    await press('Enter');
    await waitUntil(() => links.followed.length === 1, `Enter did not follow ${what}`);
  } finally {
    links.release();
  }
  return links.followed[0];
}

/** The directory between the page's two edges, once its search is there. */
async function directoryPage(pageSize?: number): Promise<PeerResourceDirectory> {
  const page = await betweenEdges(html`<peer-resource-directory endpoint=${API_URL} page-size=${pageSize ?? nothing}></peer-resource-directory>`);
  const directory = page.querySelector<PeerResourceDirectory>('peer-resource-directory')!;
  await waitUntil(() => root(directory).querySelector('[part~="search"]'), 'the directory did not load');
  return directory;
}

describe('keyboard only: <peer-resource-directory>', () => {
  it('search, open a listing’s hours, reach its call link and press it', async () => {
    const directory = await directoryPage();
    await fromTopOfPage();

    // The crisis line comes first; the search right after it.
    await press('Tab');
    expectFocus(/^Call 988/, "the directory's first stop");
    await tabTo('Search', { max: 4, why: 'the search, after the crisis line' });
    await typeText('harbor');
    await directory.updateComplete;
    const count = () => root(directory).querySelector('[part~="count"]')!;
    await waitUntil(() => /^1 of \d+ listings? match/.test(count().textContent!.trim()), `the search did not narrow: "${count().textContent!.trim()}"`);
    expect(count().getAttribute('role')).to.equal('status');

    // Open the listing's hours: a disclosure (summary) opened with Enter.
    const summary = await tabTo(/all hours$/, { why: 'Harbor’s hours' });
    const hours = summary.closest('details')!;
    expect(hours.open).to.be.false;
    await press('Enter');
    await waitUntil(() => hours.open && hours.querySelector('dl'), 'Enter did not open the hours');
    expect(hours.querySelectorAll('dt').length).to.equal(5);

    // Its call link sits just before the hours: back with Shift+Tab.
    const call = await tabTo('Call 555-0170', { back: true, max: 4, why: 'Harbor’s call link' });
    expect(call.getAttribute('href')).to.equal('tel:5550170');
    expect(call.textContent).to.contain('Harbor Counseling Collective');
    expect(await followWithEnter('the call link')).to.equal(call);
  });

  it('reaches a listing’s text link, an sms: address', async () => {
    const directory = await directoryPage();
    await fromTopOfPage();
    await tabTo('Search', { max: 5 });
    await typeText('chaplains');
    await waitUntil(() => /^1 of/.test(root(directory).querySelector('[part~="count"]')!.textContent!.trim()), 'the search did not narrow');
    const text = await tabTo('Text 555-0160', { why: 'the chaplains’ text link' });
    expect(text.getAttribute('href')).to.equal('sms:5550160');
    expect(await followWithEnter('the text link')).to.equal(text);
  });

  it('no trap, and its focus order follows the page', async () => {
    const directory = await directoryPage(4);
    await walkThroughAndBack(directory);
  });
});

describe('keyboard only: <peer-crisis-line>', () => {
  it('the call and text links are the first two presses from the top of the page', async () => {
    const page = await betweenEdges(html`<peer-crisis-line></peer-crisis-line>`);
    const line = page.querySelector('peer-crisis-line')!;
    await waitUntil(() => root(line as HTMLElement).querySelector('a'), 'the crisis line did not render');
    await fromTopOfPage();
    await press('Tab');
    const call = expectFocus(/^Call 988/, 'first press');
    expect(call.getAttribute('href')).to.equal('tel:988');
    await press('Tab');
    const text = expectFocus(/^Text/, 'second press');
    expect(text.getAttribute('href')).to.match(/^sms:988/);
    expect(await followWithEnter('the text link')).to.equal(text);
    // And out of it: no trap.
    const out = await walkOut(line);
    expect(out.leftTo?.id, `Tab left the crisis line to ${describeElement(deepActive())}`).to.equal('kb-after');
  });
});
