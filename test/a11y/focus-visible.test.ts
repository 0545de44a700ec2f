// Focus visible (WCAG 2.4.7) and focus not obscured (2.4.11), for every element in its filled state,
// walked with real Tab and Shift+Tab presses: each focus stop shows a ring of at least 2 px, and what
// a pointer reaches at the control's centre is the control itself (nothing the element or the page
// drew covers it), also in an intranet page whose own header sticks to the top of the window.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { ELEMENTS, coveredBy, deepActiveElement, describe as name, focusIndicator, inViewport, mountFilled, nextFrames, pressTab, walkFocus } from '../support/focus.js';
import { withCleanSupporterSide } from '../support/supporter-side.js';
import { waitUntil } from '../support/wait.js';

const HEADER_HEIGHT = 96;

/** An intranet page: a header of its own that sticks to the top, a long page above and below the widget. */
const intranet = (inner: TemplateResult) =>
  html`<div class="intranet">
    <header class="site-header">Staff intranet</header>
    <div class="spacer">Page content above</div>
    ${inner}
    <div class="spacer">Page content below</div>
  </div>`;

/** The page's styles, set through the CSSOM (the test page's CSP allows no inline style attribute). */
function styleIntranet(element: HTMLElement, { scrollPadding }: { scrollPadding: boolean }): () => void {
  const page = element.closest<HTMLElement>('.intranet')!;
  const header = page.querySelector<HTMLElement>('.site-header')!;
  for (const [property, value] of Object.entries({ position: 'sticky', top: '0', height: `${HEADER_HEIGHT}px`, 'z-index': '10', background: '#20252b', color: '#fff', display: 'block' })) header.style.setProperty(property, value);
  for (const spacer of page.querySelectorAll<HTMLElement>('.spacer')) spacer.style.setProperty('height', '150vh');
  // WCAG technique C43: the page says how much of the window its sticky header takes, and every
  // scroll that brings something into view (Tab, scrollIntoView, a fragment) leaves that room.
  if (scrollPadding) document.documentElement.style.setProperty('scroll-padding-top', `${HEADER_HEIGHT + 8}px`);
  return () => {
    document.documentElement.style.removeProperty('scroll-padding-top');
    scrollTo(0, 0);
  };
}

describe('focus visible and not obscured (WCAG 2.4.7, 2.4.11)', () => {
  withCleanSupporterSide();

  for (const tag of ELEMENTS) {
    it(`<${tag}>: every Tab stop shows a focus ring of 2 px or more, and nothing covers the control`, async () => {
      const element = await mountFilled(tag);
      const problems: string[] = [];
      const stops = await walkFocus(element, (control) => {
        // WebKit gives a date or time field's focus to the part being edited inside it: the field itself matches :focus.
        const dateLike = control.matches('input:is([type="date"], [type="datetime-local"], [type="time"])');
        if (!control.matches(dateLike ? ':focus' : ':focus-visible')) problems.push(`${name(control)} does not match :focus-visible after a Tab press`);
        if (!focusIndicator(control)) problems.push(`${name(control)} shows no focus ring of 2 px or more`);
        if (!inViewport(control)) problems.push(`${name(control)} is not scrolled into view`);
        const cover = coveredBy(control);
        if (cover) problems.push(`${name(control)} is covered by ${name(cover)}`);
      });
      expect(stops.length, `<${tag}> has focus stops`).to.be.greaterThan(0);
      expect(problems).to.deep.equal([]);
    });
  }

  for (const scrollPadding of [true, false]) {
    for (const tag of ELEMENTS) {
      it(`<${tag}> in an intranet page with a sticky header${scrollPadding ? ' and scroll-padding' : ', no scroll-padding'}: Shift+Tab and Tab never leave a control under the header`, async () => {
        const element = await mountFilled(tag, intranet);
        const restore = styleIntranet(element, { scrollPadding });
        try {
          const header = element.closest('.intranet')!.querySelector('.site-header')!;
          const problems: string[] = [];
          const check = (control: Element) => {
            if (control.getBoundingClientRect().top < header.getBoundingClientRect().bottom - 1) problems.push(`${name(control)} starts under the page's sticky header`);
            const cover = coveredBy(control);
            if (cover) problems.push(`${name(control)} is covered by ${name(cover)}`);
          };
          // Backwards first: each control comes into view from above, where the header is.
          scrollTo(0, document.documentElement.scrollHeight);
          const back = await walkFocus(element, check, { backwards: true });
          const forward = await walkFocus(element, check);
          expect(back.length).to.equal(forward.length);
          expect(problems).to.deep.equal([]);
        } finally {
          restore();
        }
      });
    }
  }

  it('a widget in plain sight inside an app shell’s shadow root is not scrolled when Tab reaches it', async () => {
    // The document's hit test answers with the shell, not the widget: the widget must not take the shell
    // for something of the page's drawn over it, and scroll the page on every Tab.
    const page = await fixture<HTMLElement>(html`<div><div class="above"></div><button type="button" class="before">before</button><div class="shell"></div><div class="below"></div></div>`);
    const shell = page.querySelector<HTMLElement>('.shell')!.attachShadow({ mode: 'open' });
    const line = document.createElement('peer-crisis-line');
    shell.append(line);
    await waitUntil(() => line.shadowRoot?.querySelector('a[href]'), 'the crisis line has no link');
    const call = line.shadowRoot!.querySelector<HTMLElement>('a[href]')!;
    // The call link sits in the lower half of the window, wholly inside it; the page can scroll.
    const above = page.querySelector<HTMLElement>('.above')!;
    above.style.setProperty('height', `${Math.max(0, innerHeight - 70 - (call.getBoundingClientRect().bottom - page.getBoundingClientRect().top))}px`);
    page.querySelector<HTMLElement>('.below')!.style.setProperty('height', `${3 * innerHeight}px`);
    scrollTo(0, 0);
    page.querySelector<HTMLElement>('.before')!.focus();
    await nextFrames();
    expect(call.getBoundingClientRect().bottom, 'set-up: the link is in the window').to.be.lessThan(innerHeight);
    expect(call.getBoundingClientRect().top, 'set-up: below the middle').to.be.greaterThan(innerHeight / 2);
    await pressTab();
    await nextFrames();
    expect(deepActiveElement(), 'Tab reached the call link').to.equal(call);
    expect(scrollY, 'the page stayed where it was').to.equal(0);
  });

  it('the sticky-header check sees a covered control: a plain page button under the header, with no scroll-padding', async () => {
    // The page's own control gets no help from the widgets: the browser scrolls it only to the window's
    // top edge, under the header. So the check above is not vacuous.
    const page = await fixture<HTMLElement>(intranet(html`<button type="button" class="plain">A page button</button>`));
    const restore = styleIntranet(page.querySelector('.plain')!, { scrollPadding: false });
    try {
      const plain = page.querySelector<HTMLElement>('.plain')!;
      const header = page.querySelector('.site-header')!;
      const after = document.createElement('button');
      after.textContent = 'after';
      page.append(after);
      after.focus();
      // The page button in the window, but behind the header: the browser does not scroll to it.
      scrollBy(0, plain.getBoundingClientRect().top - 30);
      await nextFrames();
      await pressTab(true);
      await nextFrames();
      expect(deepActiveElement()).to.equal(plain);
      expect(within(header, coveredBy(plain))).to.equal(true);
      after.remove();
    } finally {
      restore();
    }
  });
});

function within(container: Element, node: Element | undefined): boolean {
  return !!node && container.contains(node);
}
