// Issue 17: the supporters' safety net ("Heard something heavy?") is one tap away in every
// supporter-side widget, signed in as a supporter, with the on-call consultant set once on
// <peer-support-config>. (<peer-supporter-session> and <peer-request-inbox> are covered where they are built.)
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/config/define.js';
import '../../src/availability/define.js';
import '../../src/contact-log/define.js';
import '../../src/program-stats/define.js';
import '../../src/notifications/define.js';
import '../../src/follow-ups/define.js';
import { API_URL } from '../support/rig.js';
import { bearerSession } from '../support/accounts.js';
import { withCleanSupporterSide } from '../support/supporter-side.js';

const TAGS = ['peer-availability', 'peer-contact-log', 'peer-program-stats', 'peer-notifications', 'peer-follow-ups'] as const;
const backupOf = (element: Element) => element.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="backup"]');

describe('the safety net in every supporter-side widget', () => {
  withCleanSupporterSide();

  it('each widget, signed in, has it closed, naming the consultant set on <peer-support-config>', async () => {
    const { headers } = await bearerSession('supporter', 'ana-rivera');
    const wrapper = await fixture(html`<peer-support-config endpoint=${API_URL} .headers=${headers} backup-name="Dr. Rowan Vale, on-call clinician" backup-call="555-0142" protocol-url="/wellness/disclosure-steps">
      <peer-availability></peer-availability>
      <peer-contact-log></peer-contact-log>
      <peer-program-stats></peer-program-stats>
      <peer-notifications></peer-notifications>
      <peer-follow-ups></peer-follow-ups>
    </peer-support-config>`);
    for (const tag of TAGS) {
      const element = wrapper.querySelector(tag)!;
      await waitUntil(() => backupOf(element), `${tag} shows no safety net (signed in?)`);
      const details = backupOf(element)!;
      expect(details.open, `${tag}: closed until asked`).to.equal(false);
      expect(details.querySelector('summary')!.textContent, tag).to.contain('Heard something heavy?');
      expect(details.textContent, tag).to.contain('Call Dr. Rowan Vale, on-call clinician now.');
      expect(details.querySelector('[part~="backup-call"]')!.getAttribute('href'), tag).to.equal('tel:5550142');
      expect(details.querySelector('[part~="backup-protocol"]')!.getAttribute('href'), tag).to.equal(new URL('/wellness/disclosure-steps', location.href).href);
      // Placed the same way everywhere: right under the widget's own heading (and its hint, if any).
      const heading = element.shadowRoot!.querySelector('h2')!;
      let before = details.previousElementSibling;
      while (before && before !== heading && before.classList.contains('hint')) before = before.previousElementSibling;
      expect(before, `${tag}: under its heading`).to.equal(heading);
    }
  });
});
