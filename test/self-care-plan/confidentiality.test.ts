// Finding 8 (confidentiality in real operations): nothing replaces a plan without asking, a
// passphrase can be chosen before anything is written, and after it only ciphertext is written.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/self-care-plan/define.js';
import type { PeerSelfCarePlan } from '../../src/self-care-plan/self-care-plan.js';
import { emptyPlan } from '../../src/self-care-plan/plan-model.js';
import type { SelfCarePlan } from '../../src/self-care-plan/plan-model.js';
import {
  $,
  button,
  byLabel,
  everythingStored,
  lockedContents,
  recordWrites,
  root,
  saveAsAnotherTab,
  storedRecord,
  type,
  uniqueId,
  unlock,
} from './plan-test-helpers.js';
import '../support/rig.js'; // fails any test that causes a CSP or Trusted Types violation

const AT_MY_BEST = 'When I am at my best, I…';

/** Stands in for the demo's `?sample` plan. */
const EXAMPLE: SelfCarePlan = {
  ...emptyPlan(),
  atMyBest: 'EXAMPLE-PLAN I sleep through the night.',
  signedName: 'Pat Example',
  signedDate: '2026-11-24',
};

const planFile = (plan: SelfCarePlan) => new File([JSON.stringify(plan)], 'plan.json', { type: 'application/json' });

async function loaded(plan: PeerSelfCarePlan) {
  await waitUntil(() => root(plan).querySelector('textarea'), 'plan did not load');
}

async function choosePassphrase(plan: PeerSelfCarePlan, passphrase: string) {
  byLabel(plan, 'Passphrase (at least 8 characters)').value = passphrase;
  byLabel(plan, 'The same passphrase again').value = passphrase;
  const saved = oneEvent(plan, 'peer-plan-save');
  button(plan, 'Protect my plan').click();
  await saved;
}

describe('<peer-self-care-plan> confidentiality', () => {
  let recording: ReturnType<typeof recordWrites> | undefined;
  afterEach(() => {
    recording?.stop();
    recording = undefined;
  });

  it('never loads the example over a locked plan: the lock and the plan stay, and it asks once the plan is opened', async function () {
    const id = uniqueId();
    await saveAsAnotherTab(id, await lockedContents({ ...emptyPlan(), atMyBest: 'My own locked words' }, 'correct horse'), 0);
    const before = await storedRecord(id);

    const plan = await fixture<PeerSelfCarePlan>(html`<peer-self-care-plan plan-id=${id}></peer-self-care-plan>`);
    // As the demo's ?sample does: straight away, before the stored plan has been read.
    expect(plan.replacePlan(EXAMPLE, 'example')).to.equal(undefined);
    await waitUntil(() => root(plan).querySelector('input[autocomplete="current-password"]'), 'the locked plan was not kept locked');
    expect(root(plan).textContent).to.contain('The example plan was not loaded');
    await plan.whenSaved();
    expect(await storedRecord(id)).to.deep.equal(before);
    expect(await everythingStored()).not.to.contain('EXAMPLE-PLAN');
    await expect(plan).to.be.accessible();

    await unlock(plan, 'correct horse');
    await waitUntil(() => root(plan).querySelector('[role="alertdialog"]'), 'did not ask once the plan was opened');
    expect($(plan, '[role="alertdialog"]').textContent).to.contain('Replace your plan with the example?');
    expect(root(plan).activeElement).to.equal(button(plan, 'Keep my plan'));
    button(plan, 'Keep my plan').click();
    await plan.whenSaved();
    expect(plan.value.atMyBest).to.equal('My own locked words');
    expect(await storedRecord(id)).to.deep.equal(before);
  });

  it('asks before the example or an imported file replaces a plan, with focus on keeping it', async () => {
    const id = uniqueId();
    const plan = await fixture<PeerSelfCarePlan>(html`<peer-self-care-plan plan-id=${id}></peer-self-care-plan>`);
    await loaded(plan);
    await type(plan, AT_MY_BEST, 'Mine, not the example');
    await plan.whenSaved();

    expect(plan.replacePlan(EXAMPLE, 'example')).to.equal(undefined);
    await waitUntil(() => root(plan).querySelector('[role="alertdialog"]'), 'did not ask before loading the example');
    expect($(plan, '[role="alertdialog"]').textContent).to.contain('Replace your plan with the example?');
    await waitUntil(() => root(plan).activeElement === button(plan, 'Keep my plan'), 'focus did not move to the question');
    await expect(plan).to.be.accessible();
    await sendKeys({ press: 'Escape' }); // Escape keeps the plan, as "Keep my plan" does
    await plan.updateComplete;
    expect(root(plan).querySelector('[role="alertdialog"]')).to.equal(null);
    expect(plan.value.atMyBest).to.equal('Mine, not the example');
    await plan.whenSaved();
    expect(((await storedRecord(id))!.plan as SelfCarePlan).atMyBest).to.equal('Mine, not the example');

    const input = $<HTMLInputElement>(plan, 'input[type="file"]');
    input.focus();
    const transfer = new DataTransfer();
    transfer.items.add(planFile({ ...EXAMPLE, atMyBest: 'From the file' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => root(plan).querySelector('[role="alertdialog"]'), 'did not ask before importing the file');
    expect($(plan, '[role="alertdialog"]').textContent).to.contain('Replace your plan with the one in the file?');
    expect(plan.value.atMyBest).to.equal('Mine, not the example');
    button(plan, 'Replace it with the file').click();
    await plan.whenSaved();
    expect(plan.value.atMyBest).to.equal('From the file');
    expect(((await storedRecord(id))!.plan as SelfCarePlan).atMyBest).to.equal('From the file');
    await waitUntil(() => root(plan).activeElement === input, 'focus did not go back to the import button');
  });

  it('offers a passphrase before anything is written; once it is on, only ciphertext is ever written', async function () {
    const id = uniqueId();
    recording = recordWrites();
    const plan = await fixture<PeerSelfCarePlan>(html`<peer-self-care-plan plan-id=${id}></peer-self-care-plan>`);
    await loaded(plan);
    expect(await storedRecord(id)).to.equal(undefined);

    button(plan, 'Lock with a passphrase before saving').click();
    await waitUntil(() => root(plan).activeElement === byLabel(plan, 'Passphrase (at least 8 characters)'), 'focus did not move to the passphrase');
    await expect(plan).to.be.accessible();
    await type(plan, AT_MY_BEST, 'FIRST-SECRET typed while choosing the passphrase');
    expect($(plan, '[part~="status"]').textContent).to.contain('Not saved yet');
    await plan.whenSaved();
    expect(await storedRecord(id), 'nothing is written while the passphrase is being chosen').to.equal(undefined);

    await choosePassphrase(plan, 'correct horse');
    expect((await storedRecord(id))!.encrypted).to.be.true;
    expect(await everythingStored()).not.to.contain('FIRST-SECRET');

    await type(plan, AT_MY_BEST, 'SECOND-SECRET after the passphrase');
    expect(await everythingStored(), 'before autosave').not.to.contain('SECOND-SECRET');
    await oneEvent(plan, 'peer-plan-save');
    expect(await everythingStored(), 'after autosave').not.to.contain('SECOND-SECRET');

    button(plan, 'Passphrase settings').click();
    await plan.updateComplete;
    button(plan, 'Lock now').click();
    await waitUntil(() => root(plan).querySelector('input[autocomplete="current-password"]'), 'did not lock');
    expect(root(plan).textContent).not.to.contain('SECOND-SECRET');
    await unlock(plan, 'correct horse');
    await loaded(plan);
    await type(plan, AT_MY_BEST, 'THIRD-SECRET after locking again');
    await plan.whenSaved();
    expect((await storedRecord(id))!.encrypted).to.be.true;

    const written = recording.writes.map((write) => write.text).join('\n');
    expect(recording.writes.filter((write) => write.store === 'plans').length).to.be.greaterThan(2);
    for (const secret of ['FIRST-SECRET', 'SECOND-SECRET', 'THIRD-SECRET']) {
      expect(written, `${secret} was written in the clear`).not.to.contain(secret);
      expect(await everythingStored()).not.to.contain(secret);
    }
  });

  it('holds edits while the passphrase is being chosen, and saves them as before if the person decides not to', async () => {
    const id = uniqueId();
    const plan = await fixture<PeerSelfCarePlan>(html`<peer-self-care-plan plan-id=${id}></peer-self-care-plan>`);
    await loaded(plan);
    await type(plan, AT_MY_BEST, 'Typed just before opening the form');
    button(plan, 'Lock with a passphrase before saving').click(); // within the autosave delay
    await plan.updateComplete;
    await type(plan, AT_MY_BEST, 'Typed while the form is open');
    await plan.whenSaved();
    expect(await storedRecord(id), 'nothing written while choosing').to.equal(undefined);

    const saved = oneEvent(plan, 'peer-plan-save');
    button(plan, 'Not now').click();
    await saved;
    expect(((await storedRecord(id))!.plan as SelfCarePlan).atMyBest).to.equal('Typed while the form is open');
    await waitUntil(() => root(plan).activeElement?.textContent?.trim() === 'Lock it with a passphrase', 'focus did not go back to the offer');
  });

  it('turning a passphrase on overwrites the plain record in place before the locked one replaces it', async function () {
    const id = uniqueId();
    const plan = await fixture<PeerSelfCarePlan>(html`<peer-self-care-plan plan-id=${id}></peer-self-care-plan>`);
    await loaded(plan);
    await type(plan, AT_MY_BEST, 'PLAIN-BEFORE-LOCK words');
    await plan.whenSaved();
    const plain = JSON.stringify(await storedRecord(id));

    recording = recordWrites();
    button(plan, 'Protect with a passphrase').click();
    await plan.updateComplete;
    await choosePassphrase(plan, 'correct horse');
    const writes = recording.writes.filter((write) => write.store === 'plans');
    expect(writes.map((write) => write.op)).to.deep.equal(['put', 'put']);
    const [overwrite, locked] = writes.map((write) => JSON.parse(write.text));
    expect(writes[0].text).not.to.contain('PLAIN-BEFORE-LOCK');
    expect(writes[0].text.length, 'the overwrite is as long as the plain record').to.equal(plain.length);
    expect(overwrite.id).to.equal(id);
    expect(locked.encrypted).to.be.true;
    expect(await everythingStored()).not.to.contain('PLAIN-BEFORE-LOCK');
  });

  it('delete overwrites the stored record before removing it', async () => {
    const id = uniqueId();
    const plan = await fixture<PeerSelfCarePlan>(html`<peer-self-care-plan plan-id=${id}></peer-self-care-plan>`);
    await loaded(plan);
    await type(plan, AT_MY_BEST, 'DELETE-ME words');
    await plan.whenSaved();
    const plain = JSON.stringify(await storedRecord(id));

    recording = recordWrites();
    button(plan, 'Delete from this device').click();
    await plan.updateComplete;
    button(plan, 'Yes, delete it').click();
    await waitUntil(() => root(plan).textContent!.includes('deleted from this device'));
    const writes = recording.writes.filter((write) => write.store === 'plans');
    expect(writes.map((write) => write.op)).to.deep.equal(['put', 'delete']);
    expect(writes[0].text).not.to.contain('DELETE-ME');
    expect(writes[0].text.length, 'the overwrite is as long as the record').to.equal(plain.length);
    expect(JSON.parse(writes[0].text).id).to.equal(id);
    expect(await storedRecord(id)).to.equal(undefined);
    expect(await everythingStored()).not.to.contain('DELETE-ME');
  });

  it('never writes unsaved plain edits over a plan another tab locked; they can be kept once it is opened', async function () {
    const id = uniqueId();
    recording = recordWrites();
    const plan = await fixture<PeerSelfCarePlan>(html`<peer-self-care-plan plan-id=${id}></peer-self-care-plan>`);
    await loaded(plan);
    await type(plan, AT_MY_BEST, 'THIS-TAB edit, not saved yet');
    const lockedElsewhere = await saveAsAnotherTab(id, await lockedContents({ ...emptyPlan(), atMyBest: 'Locked elsewhere' }, 'correct horse'), 0);

    await waitUntil(() => root(plan).textContent!.includes('locked with a passphrase somewhere else'), 'did not say the other version is locked');
    await plan.whenSaved();
    expect(button(plan, 'Keep mine'), 'keeping mine would write it in the clear over the locked plan').to.equal(undefined);
    expect(await storedRecord(id)).to.deep.equal(lockedElsewhere);
    await expect(plan).to.be.accessible();

    button(plan, 'Open the locked plan').click();
    await waitUntil(() => root(plan).querySelector('input[autocomplete="current-password"]'));
    expect(root(plan).textContent).to.contain('Your changes from this tab');
    await unlock(plan, 'correct horse');
    await waitUntil(() => root(plan).querySelector('[role="alertdialog"]'), 'did not ask which to keep');
    button(plan, 'Use my changes from this tab').click();
    await plan.whenSaved();
    expect(plan.value.atMyBest).to.equal('THIS-TAB edit, not saved yet');
    expect((await storedRecord(id))!.encrypted).to.be.true;
    expect(recording.writes.map((write) => write.text).join('\n')).not.to.contain('THIS-TAB');
    expect(await everythingStored()).not.to.contain('THIS-TAB');
  });

  it('switching plan-id mid-edit saves the edits to their own plan and never writes them over another', async () => {
    const mine = uniqueId();
    const someoneElses = uniqueId();
    await saveAsAnotherTab(someoneElses, { encrypted: false, plan: { ...emptyPlan(), atMyBest: 'Someone else’s plan' } }, 0);
    const plan = await fixture<PeerSelfCarePlan>(html`<peer-self-care-plan plan-id=${mine}></peer-self-care-plan>`);
    await loaded(plan);
    await type(plan, AT_MY_BEST, 'Typed into my plan');
    plan.planId = someoneElses;
    await waitUntil(() => (byLabel(plan, AT_MY_BEST) as HTMLTextAreaElement | null)?.value === 'Someone else’s plan', 'the other plan was not shown as stored');
    await plan.whenSaved();
    expect(((await storedRecord(someoneElses))!.plan as SelfCarePlan).atMyBest).to.equal('Someone else’s plan');
    expect(((await storedRecord(mine))!.plan as SelfCarePlan).atMyBest).to.equal('Typed into my plan');
  });
});
