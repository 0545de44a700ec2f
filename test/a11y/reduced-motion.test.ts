// prefers-reduced-motion (WCAG 2.3.3, and people for whom motion brings on nausea or migraine): with
// `reduce`, no transition or animation longer than 0.01 s runs in any shadow root of any element, in
// its filled state and while a list loads, and our own scripts ask for no smooth scrolling. With no
// preference, the little motion there is stays as designed. Chromium emulates the preference (CSS and
// matchMedia); Firefox and WebKit cannot, so there the elements' `@media (prefers-reduced-motion:
// reduce)` rules are applied as an adopted sheet (CSS checks) and the scripted-scroll checks, which
// need matchMedia to see the preference, are skipped with that reason.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/peer-support.js';
import { PeerFollowUpDoneEvent, PeerRequestContactEvent } from '../../src/core/events.js';
import { configure } from '../../src/core/config.js';
import type { PeerRequestForm } from '../../src/request-form/request-form.js';
import type { PeerContactLog } from '../../src/contact-log/contact-log.js';
import type { Supporter } from '../../src/core/contract/supporters.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { ELEMENTS, emulateMediaFeature, mountFilled, shadowRoots } from '../support/focus.js';
import { bearerSession } from '../support/accounts.js';
import { API_URL, PROXY_URL, injectFault, proxySettled } from '../support/rig.js';
import { withCleanSupporterSide } from '../support/supporter-side.js';

const LONGEST = 0.01; // seconds

const seconds = (list: string) => list.split(',').map((value) => (value.trim().endsWith('ms') ? parseFloat(value) / 1000 : parseFloat(value) || 0));

/** Every transition or animation longer than LONGEST in `host`'s shadow roots (elements and their ::before/::after). */
function motion(host: HTMLElement): string[] {
  const found: string[] = [];
  for (const root of shadowRoots(host.shadowRoot!)) {
    for (const element of root.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const where = `<${element.localName} class="${element.getAttribute('class') ?? ''}">${pseudo ?? ''}`;
        if (style.transitionProperty !== 'none' && Math.max(...seconds(style.transitionDuration)) > LONGEST) found.push(`${where}: transition ${style.transitionProperty} ${style.transitionDuration}`);
        if (style.animationName !== 'none' && Math.max(...seconds(style.animationDuration)) > LONGEST) found.push(`${where}: animation ${style.animationName} ${style.animationDuration}`);
      }
    }
  }
  return found;
}

/** A list still loading: the server's answer held back at the fault proxy, so its skeleton shows. */
async function loading(tag: 'peer-roster' | 'peer-resource-directory'): Promise<HTMLElement> {
  await injectFault({ match: tag === 'peer-roster' ? '/api/supporters' : '/api/resources', delayMs: 1500, times: 1 });
  const element = await fixture<HTMLElement>(tag === 'peer-roster' ? html`<peer-roster endpoint=${PROXY_URL}></peer-roster>` : html`<peer-resource-directory endpoint=${PROXY_URL}></peer-resource-directory>`);
  await waitUntil(() => element.shadowRoot!.querySelector('.skeleton'), `<${tag}> shows no loading skeleton`);
  return element;
}

const scrollable = (inner: ReturnType<typeof html>) => html`<div><div class="spacer">Page above</div>${inner}<div class="spacer">Page below</div></div>`;
function tall(page: HTMLElement) {
  for (const spacer of page.querySelectorAll<HTMLElement>('.spacer')) spacer.style.setProperty('height', '200vh');
}

describe('reduced motion', () => {
  withCleanSupporterSide();
  afterEach(() => scrollTo(0, 0));

  for (const tag of ELEMENTS) {
    it(`<${tag}>: with "reduce", nothing moves for longer than ${LONGEST} s`, async () => {
      const element = await mountFilled(tag);
      const reduced = await emulateMediaFeature(element, 'prefers-reduced-motion', 'reduce');
      try {
        expect(motion(element)).to.deep.equal([]);
      } finally {
        await reduced.restore();
      }
    });
  }

  for (const tag of ['peer-roster', 'peer-resource-directory'] as const) {
    it(`<${tag}> while it loads: nothing moves with "reduce"${tag === 'peer-roster' ? ' (its skeleton pulses with no preference)' : ''}`, async () => {
      const element = await loading(tag);
      if (tag === 'peer-roster') expect(motion(element).length, 'the skeleton pulses as designed').to.be.greaterThan(0);
      const reduced = await emulateMediaFeature(element, 'prefers-reduced-motion', 'reduce');
      try {
        expect(motion(element)).to.deep.equal([]);
      } finally {
        await reduced.restore();
        await proxySettled();
      }
    });
  }

  it('<peer-contact-log>: with no preference, its "more" chevron still turns as designed', async () => {
    const log = await mountFilled('peer-contact-log');
    expect(motion(log).some((entry) => entry.includes('::before: transition transform'))).to.equal(true);
  });

  describe('scrolling asked for by the elements', () => {
    /** Where the page stands right after `act`, and where it ends up once any smooth scroll is done. */
    async function scrollAfter(act: () => void | Promise<void>, target: HTMLElement): Promise<{ atOnce: number; settled: number }> {
      const before = scrollY;
      await act();
      const atOnce = scrollY;
      await waitUntil(() => Math.abs(target.getBoundingClientRect().top) < 2 || (target.getBoundingClientRect().top >= 0 && target.getBoundingClientRect().bottom <= innerHeight)).catch(() => {
        throw new Error(`the element never came into view: its top is at ${target.getBoundingClientRect().top} (window ${innerHeight} high, scrolled ${scrollY} from ${before})`);
      });
      return { atOnce: atOnce - before, settled: scrollY - before };
    }

    async function formBelowTheRoster(): Promise<PeerRequestForm> {
      const page = await fixture<HTMLElement>(scrollable(html`<peer-request-form endpoint=${API_URL}></peer-request-form>`));
      tall(page);
      const form = page.querySelector<PeerRequestForm>('peer-request-form')!;
      await waitUntil(() => form.shadowRoot!.querySelectorAll('option').length > 3, 'roster not loaded');
      return form;
    }

    const contactAna = () => void document.body.dispatchEvent(new PeerRequestContactEvent(structuredClone(TEST_SUPPORTERS[0]) as Supporter));

    it('<peer-request-form> brought up by a roster’s "contact": a smooth scroll with no preference', async function () {
      const form = await formBelowTheRoster();
      // Does this browser scroll an element smoothly into view at all when asked? (WebKitGTK here jumps.)
      const probe = document.createElement('div');
      probe.textContent = 'probe';
      form.after(probe);
      const before = scrollY;
      probe.scrollIntoView({ block: 'start', behavior: 'smooth' });
      const jumped = scrollY !== before;
      await waitUntil(() => probe.getBoundingClientRect().top < innerHeight, 'the probe never came into view');
      probe.remove();
      scrollTo({ top: before, behavior: 'auto' });
      if (jumped) this.skip(); // this browser answers a smooth scrollIntoView with a jump: there is no motion to keep
      const { atOnce, settled } = await scrollAfter(contactAna, form);
      expect(settled, 'the form came into view').to.be.greaterThan(100);
      expect(atOnce, 'the scroll is smooth: it has not jumped yet').to.be.lessThan(settled);
    });

    it('<peer-request-form> brought up by a roster’s "contact": no smooth scroll with "reduce"', async function () {
      const form = await formBelowTheRoster();
      const reduced = await emulateMediaFeature(form, 'prefers-reduced-motion', 'reduce');
      try {
        if (!reduced.emulated) this.skip(); // Firefox and WebKit cannot emulate the preference for matchMedia, which is what the script reads
        const { atOnce, settled } = await scrollAfter(contactAna, form);
        expect(settled).to.be.greaterThan(100);
        expect(atOnce, 'the page jumps straight there').to.equal(settled);
      } finally {
        await reduced.restore();
      }
    });

    it('<peer-contact-log> made ready by a follow-up: no smooth scroll with "reduce"', async function () {
      configure({ headers: (await bearerSession('supporter', 'dee-harper')).headers });
      const page = await fixture<HTMLElement>(scrollable(html`<peer-contact-log endpoint=${API_URL}></peer-contact-log>`));
      tall(page);
      const log = page.querySelector<PeerContactLog>('peer-contact-log')!;
      await waitUntil(() => log.shadowRoot!.querySelector('form'), 'the contact log did not show its form');
      const reduced = await emulateMediaFeature(log, 'prefers-reduced-motion', 'reduce');
      try {
        if (!reduced.emulated) this.skip(); // as above: the script reads matchMedia
        const { atOnce, settled } = await scrollAfter(async () => {
          document.dispatchEvent(new PeerFollowUpDoneEvent());
          await log.updateComplete;
        }, log);
        expect(settled).to.be.greaterThan(100);
        expect(atOnce).to.equal(settled);
      } finally {
        await reduced.restore();
      }
    });
  });
});
