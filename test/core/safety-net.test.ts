// The supporters' safety net ("Heard something heavy?"): the program's on-call consultant and
// disclosure steps from the configuration, or the coordinator and the crisis line when unset; links
// only through safeUrl; opened with the keyboard.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/config/define.js';
import '../../src/follow-ups/define.js';
import type { PeerFollowUps } from '../../src/follow-ups/follow-ups.js';

const backupOf = (element: HTMLElement) => element.shadowRoot!.querySelector<HTMLDetailsElement>('details[part="backup"]')!;
const links = (details: HTMLDetailsElement) => [...details.querySelectorAll('a')].map((link) => [link.getAttribute('part'), link.getAttribute('href')]);

describe('the supporters’ safety net', () => {
  it('shows the program’s on-call consultant and its disclosure steps, set on <peer-support-config>', async () => {
    const wrapper = await fixture(html`<peer-support-config backup-name="the on-call clinician" backup-call="555-0100" backup-text="555-0101" protocol-url="/wellness/disclosure-steps">
      <peer-follow-ups></peer-follow-ups>
    </peer-support-config>`);
    const element = wrapper.querySelector<PeerFollowUps>('peer-follow-ups')!;
    await element.updateComplete;
    const details = backupOf(element);
    expect(details.open).to.equal(false);
    expect(details.textContent).to.contain('Call the on-call clinician now.');
    expect(links(details)).to.deep.equal([
      ['backup-link backup-call', 'tel:5550100'],
      ['backup-link backup-text', 'sms:5550101'],
      ['backup-link backup-protocol', new URL('/wellness/disclosure-steps', location.href).href],
    ]);
  });

  it('without a consultant, says to call the coordinator and offers the crisis line', async () => {
    const element = await fixture<PeerFollowUps>(html`<peer-follow-ups></peer-follow-ups>`);
    const details = backupOf(element);
    expect(details.textContent).to.contain('Call your peer support coordinator now.').and.contain('Follow the steps from your peer support training.');
    expect(links(details)).to.deep.equal([['backup-link backup-crisis', 'tel:988']]);
  });

  it('never links a protocol address that is not http(s)', async () => {
    const wrapper = await fixture(html`<peer-support-config backup-name="Dr. Lee" protocol-url="javascript:alert(1)"><peer-follow-ups></peer-follow-ups></peer-support-config>`);
    const element = wrapper.querySelector<PeerFollowUps>('peer-follow-ups')!;
    await element.updateComplete;
    const details = backupOf(element);
    expect(details.querySelector('[part~="backup-protocol"]')).to.equal(null);
    expect(details.textContent).to.contain('Follow the steps from your peer support training.');
  });

  it('opens with the keyboard alone', async () => {
    const element = await fixture<PeerFollowUps>(html`<peer-follow-ups></peer-follow-ups>`);
    const details = backupOf(element);
    details.querySelector('summary')!.focus();
    const toggled = new Promise((resolve) => details.addEventListener('toggle', resolve, { once: true }));
    await sendKeys({ press: 'Enter' });
    await toggled;
    expect(details.open).to.equal(true);
    await expect(element).to.be.accessible();
  });
});
