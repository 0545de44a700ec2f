// The plan's passphrase form uses the shared form state: what to fix shows next to the field once it
// is left or the form is sent (Lion's rule), and nothing is locked or written until it is right.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/self-care-plan/define.js';
import type { PeerSelfCarePlan } from '../../src/self-care-plan/self-care-plan.js';
import { $, button, byLabel, root, storedRecord, type, uniqueId } from './plan-test-helpers.js';

describe('<peer-self-care-plan> passphrase form', () => {
  it('says what to fix at the field once it is left or the form is sent, and locks nothing until it is right', async () => {
    const id = uniqueId();
    const plan = await fixture<PeerSelfCarePlan>(html`<peer-self-care-plan plan-id=${id}></peer-self-care-plan>`);
    await waitUntil(() => root(plan).querySelector('textarea'), 'plan did not load');
    await type(plan, 'When I am at my best, I…', 'Plain for now');
    await plan.whenSaved();
    button(plan, 'Protect with a passphrase').click();
    await plan.updateComplete;
    const first = byLabel(plan, 'Passphrase (at least 8 characters)');
    const again = byLabel(plan, 'The same passphrase again');
    first.value = 'short';
    expect(root(plan).querySelector('[part~="error"]'), 'nothing said while typing').to.equal(null);
    first.dispatchEvent(new FocusEvent('blur'));
    await plan.updateComplete;
    const error = $(plan, '[part~="error"]');
    expect(error.textContent).to.equal('Please use at least 8 characters.');
    expect(first.getAttribute('aria-invalid')).to.equal('true');
    expect(first.getAttribute('aria-describedby')).to.equal(error.id);
    expect(again.getAttribute('aria-invalid'), 'the field not left yet stays quiet').to.equal('false');

    first.value = 'correct horse';
    again.value = 'correct horse battery';
    button(plan, 'Protect my plan').click();
    await waitUntil(() => root(plan).querySelector('.notice.problem'), 'no problem said');
    expect($(plan, '.notice.problem').textContent).to.equal('The two passphrases are not the same. Please type the same one in both fields.');
    expect(again.getAttribute('aria-invalid')).to.equal('true');
    expect(first.getAttribute('aria-invalid')).to.equal('false');
    expect((await storedRecord(id))!.encrypted, 'not locked with a mistyped passphrase').to.equal(false);
    await expect(plan).to.be.accessible();
  });
});
