// An intranet page with several widgets pasted one after another: room between them that the page
// can change, and the crisis notice shown once when the page asks for that (but never hidden from a
// widget that stands alone, or whose notice-holder cannot be seen).
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { LitElement, css } from 'lit';
import '../../src/peer-support.js';
import { baseStyles } from '../../src/core/styles.js';
import type { PeerCrisisLine } from '../../src/crisis-line/crisis-line.js';
import { TEST_RESOURCES } from '../fixtures/resources.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { PROXY_URL } from '../support/rig.js';

/** Tag names of the widgets under `root` whose crisis notice can be seen, in page order. */
function noticesShown(root: ParentNode): string[] {
  return [...root.querySelectorAll<HTMLElement>('*')]
    .filter((element) => element.localName.startsWith('peer-') && element.shadowRoot)
    .filter((element) => [...element.shadowRoot!.querySelectorAll('aside.crisis')].some((notice) => notice.checkVisibility({ visibilityProperty: true })))
    .map((element) => element.localName);
}

/** Waits until the notices shown are `expected` (they settle after the widgets render, before the next paint). */
async function expectNotices(root: ParentNode, expected: string[], message: string) {
  await waitUntil(() => JSON.stringify(noticesShown(root)) === JSON.stringify(expected), `${message}: ${JSON.stringify(noticesShown(root))}`);
  await new Promise((resolve) => requestAnimationFrame(resolve)); // and it stays so through a frame
  expect(noticesShown(root), message).to.deep.equal(expected);
}

const fourWidgets = () => html`
  <peer-roster .supporters=${TEST_SUPPORTERS}></peer-roster>
  <peer-request-form .supporters=${TEST_SUPPORTERS}></peer-request-form>
  <peer-resource-directory .resources=${TEST_RESOURCES}></peer-resource-directory>
  <peer-roster experiences="veteran" layout="compact" .supporters=${TEST_SUPPORTERS}></peer-roster>
`;

describe('a page of pasted widgets: the crisis notice', () => {
  it('with crisis="once", four widgets show it once, in the first of them; without it each shows its own, and a widget alone always does', async () => {
    const everyWidget = await fixture(html`<div><peer-support-config endpoint=${PROXY_URL}>${fourWidgets()}</peer-support-config></div>`);
    await expectNotices(everyWidget, ['peer-roster', 'peer-request-form', 'peer-resource-directory', 'peer-roster'], 'by default every widget shows it');
    everyWidget.remove(); // one page at a time: its notices would count as shown earlier on the page

    const once = await fixture(html`<div><peer-support-config endpoint=${PROXY_URL} crisis="once">${fourWidgets()}</peer-support-config></div>`);
    await expectNotices(once, ['peer-roster'], 'asked once, the page shows it once');
    // The widgets that gave way still say it is not an emergency service.
    expect(once.querySelector('peer-request-form')!.shadowRoot!.textContent).to.contain('This is not an emergency service.');

    // The first one leaves the page: the next one shows it.
    once.querySelector('peer-roster')!.remove();
    await expectNotices(once, ['peer-request-form'], 'after the first widget left');
    once.remove();

    const alone = await fixture(html`<div><peer-support-config endpoint=${PROXY_URL} crisis="once"><peer-request-form .supporters=${TEST_SUPPORTERS}></peer-request-form></peer-support-config></div>`);
    await expectNotices(alone, ['peer-request-form'], 'a widget alone shows it');
  });

  it('widgets give way to a <peer-crisis-line> that can be seen, and show it again when it is hidden, closed away or gone; another crisis line is always shown', async () => {
    const page = await fixture(html`<div>
      <peer-support-config endpoint=${PROXY_URL} crisis="once">
        ${fourWidgets()}
        <details open><summary>Crisis support</summary><peer-crisis-line></peer-crisis-line></details>
        <peer-support-config crisis-name="Station Line" crisis-call="555-0100">
          <peer-resource-directory .resources=${TEST_RESOURCES}></peer-resource-directory>
        </peer-support-config>
      </peer-support-config>
    </div>`);
    const line = page.querySelector<PeerCrisisLine>('peer-crisis-line')!;
    await expectNotices(page, ['peer-crisis-line', 'peer-resource-directory'], 'the crisis line holds it; the other line shows its own');
    const lastDirectory = [...page.querySelectorAll('peer-resource-directory')].at(-1)!;
    expect(lastDirectory.shadowRoot!.textContent).to.contain('Station Line');

    line.hidden = true;
    await expectNotices(page, ['peer-roster', 'peer-resource-directory'], 'with the crisis line hidden');
    line.hidden = false;
    await expectNotices(page, ['peer-crisis-line', 'peer-resource-directory'], 'shown again');

    page.querySelector('details')!.open = false;
    await expectNotices(page, ['peer-roster', 'peer-resource-directory'], 'with the crisis line closed away in <details>');
    page.querySelector('details')!.open = true;
    await expectNotices(page, ['peer-crisis-line', 'peer-resource-directory'], 'opened again');

    line.remove();
    await expectNotices(page, ['peer-roster', 'peer-resource-directory'], 'with the crisis line gone');
  });
});

/** A widget with a slot in its own layout, to place another widget inside it. */
class TestPanel extends LitElement {
  static override styles = [baseStyles, css``];
  override render() {
    return html`<div part="base"><slot></slot></div>`;
  }
}
customElements.define('test-peer-panel', TestPanel);

const gapBetween = (above: Element, below: Element) => Math.round(below.getBoundingClientRect().top - above.getBoundingClientRect().bottom);

describe('a page of pasted widgets: room between them', () => {
  it('every widget has room above and below it by default, the page can change it with --peer-space-outer, and a widget inside another sits flush', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <peer-roster .supporters=${TEST_SUPPORTERS.slice(0, 2)}></peer-roster>
      <peer-supporter-card .supporter=${TEST_SUPPORTERS[0]}></peer-supporter-card>
      <peer-request-form endpoint=${PROXY_URL} .supporters=${TEST_SUPPORTERS}></peer-request-form>
      <peer-resource-directory .resources=${TEST_RESOURCES}></peer-resource-directory>
      <peer-self-care-plan device="shared"></peer-self-care-plan>
      <peer-request-inbox endpoint=${PROXY_URL}></peer-request-inbox>
      <peer-availability endpoint=${PROXY_URL}></peer-availability>
      <peer-contact-log endpoint=${PROXY_URL}></peer-contact-log>
      <peer-program-stats endpoint=${PROXY_URL}></peer-program-stats>
      <peer-crisis-line></peer-crisis-line>
      <peer-crisis-line compact></peer-crisis-line>
      <test-peer-panel><peer-crisis-line></peer-crisis-line></test-peer-panel>
    </div>`);
    const widgets = [...page.children].filter((element) => element.localName.startsWith('peer-'));
    expect(widgets).to.have.length(11);
    const rootSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
    for (const widget of widgets) {
      const style = getComputedStyle(widget);
      const expected = widget.hasAttribute('compact') ? 0.5 * rootSize : 1.5 * rootSize;
      expect([style.marginTop, style.marginBottom], `<${widget.localName}>`).to.deep.equal([`${expected}px`, `${expected}px`]);
    }
    const [first, second] = page.querySelectorAll('peer-crisis-line');
    expect(gapBetween(first, second)).to.equal(1.5 * rootSize);
    const nested = page.querySelector('test-peer-panel peer-crisis-line')!;
    expect(getComputedStyle(nested).marginTop, 'inside another widget').to.equal('0px');

    page.style.setProperty('--peer-space-outer', '40px');
    expect(gapBetween(first, second)).to.equal(40);
    for (const widget of widgets) expect(getComputedStyle(widget).marginTop, `<${widget.localName}> set by the page`).to.equal('40px');
    expect(getComputedStyle(nested).marginTop, 'still flush inside another widget').to.equal('0px');
    page.style.setProperty('--peer-space-outer', '0');
    expect(gapBetween(first, second)).to.equal(0);
  });
});
