// The plan controller on its own, without the element: the save state machine, the autosave pause,
// revisions and conflicts between tabs, the passphrase's key, memory-only plans and removal.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PlanController } from '../../src/self-care-plan/plan-controller.js';
import type { PlanControllerOptions } from '../../src/self-care-plan/plan-controller.js';
import { WrongPassphraseError } from '../../src/self-care-plan/plan-crypto.js';
import { emptyPlan } from '../../src/self-care-plan/plan-model.js';
import type { SelfCarePlan } from '../../src/self-care-plan/plan-model.js';
import { lockedContents, saveAsAnotherTab, storedRecord, uniqueId } from './plan-test-helpers.js';

/** A host that counts the updates it is asked for. */
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  private waiting: { check: () => boolean; resolve: () => void }[] = [];
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
    this.waiting = this.waiting.filter(({ check, resolve }) => (check() ? (resolve(), false) : true));
  }
  /** Resolves at the first update asked for once `check` holds. */
  updatedWhen(check: () => boolean): Promise<void> {
    return new Promise((resolve) => this.waiting.push({ check, resolve }));
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
}

const opened: PlanController[] = [];

function controller(options: PlanControllerOptions = {}) {
  const saves: ('device' | 'memory')[] = [];
  let nextSave: (where: 'device' | 'memory') => void = () => undefined;
  const host = new Host();
  const plan = new PlanController(host, {
    autosaveDelayMs: 20,
    ...options,
    onSaved: (where) => {
      saves.push(where);
      nextSave(where);
      options.onSaved?.(where);
    },
  });
  opened.push(plan);
  /** Resolves at the next save (device or memory). */
  const saved = () => new Promise<'device' | 'memory'>((resolve) => (nextSave = resolve));
  return { plan, host, saves, saved };
}

describe('PlanController', () => {
  afterEach(() => {
    for (const plan of opened.splice(0)) plan.hostDisconnected();
  });

  it('goes idle → saving → saved, one state at a time, and tells its host', async () => {
    const id = uniqueId();
    const { plan, host, saves, saved } = controller();
    expect(plan.loaded).to.equal(false);
    await plan.open(id, false);
    expect(plan.loaded).to.equal(true);
    expect(plan.save).to.deep.equal({ kind: 'idle' });
    expect(plan.lock).to.deep.equal({ kind: 'plain' });
    expect(plan.startedEmpty).to.equal(true);
    const updates = host.updates;
    const done = saved();
    plan.edit({ atMyBest: 'Rested' });
    expect(plan.save.kind).to.equal('saving');
    expect(plan.dirty).to.equal(true);
    expect(host.updates).to.be.greaterThan(updates);
    expect(await done).to.equal('device');
    expect(plan.save.kind).to.equal('saved');
    expect((plan.save as { at?: string }).at).to.be.a('string');
    expect(plan.revision).to.equal(1);
    expect(plan.dirty).to.equal(false);
    expect(saves).to.deep.equal(['device']);
    expect(((await storedRecord(id))!.plan as SelfCarePlan).atMyBest).to.equal('Rested');
  });

  it('waits for a pause in typing: several quick edits are one save, with the last words', async () => {
    const id = uniqueId();
    const { plan, saves, saved } = controller();
    await plan.open(id, false);
    const done = saved();
    plan.edit({ atMyBest: 'R' });
    plan.edit({ atMyBest: 'Re' });
    plan.edit({ atMyBest: 'Rested' });
    await done;
    await plan.whenSaved();
    expect(saves).to.deep.equal(['device']);
    expect(plan.revision).to.equal(1);
    expect(((await storedRecord(id))!.plan as SelfCarePlan).atMyBest).to.equal('Rested');
  });

  it('whenSaved() saves at once instead of waiting for the pause', async () => {
    const id = uniqueId();
    const { plan } = controller({ autosaveDelayMs: 60_000 });
    await plan.open(id, false);
    plan.edit({ sleep: 'By 11' });
    await plan.whenSaved();
    expect(plan.save.kind).to.equal('saved');
    expect(((await storedRecord(id))!.plan as SelfCarePlan).sleep).to.equal('By 11');
  });

  it('comes to a conflict instead of saving over another tab’s save, and "keep mine" replaces it', async () => {
    const id = uniqueId();
    const first = controller().plan;
    const second = controller().plan;
    await first.open(id, false);
    await second.open(id, false);
    first.edit({ atMyBest: 'From the first' });
    await first.whenSaved();
    second.edit({ atMyBest: 'From the second' });
    await second.whenSaved();
    expect(second.save).to.deep.equal({ kind: 'conflict', otherLocked: false });
    expect(((await storedRecord(id))!.plan as SelfCarePlan).atMyBest).to.equal('From the first');
    second.edit({ sleep: 'Still mine' });
    expect(second.save.kind, 'edits in a conflict wait for the choice').to.equal('conflict');
    await second.keepMine();
    expect(second.save.kind).to.equal('saved');
    expect(((await storedRecord(id))!.plan as SelfCarePlan).atMyBest).to.equal('From the second');
  });

  it('never writes over a version locked with a passphrase it does not hold, even when told to keep its own', async () => {
    const id = uniqueId();
    const { plan } = controller();
    await plan.open(id, false);
    plan.edit({ atMyBest: 'Plain words' });
    await plan.whenSaved();
    await saveAsAnotherTab(id, await lockedContents({ ...emptyPlan(), atMyBest: 'Locked elsewhere' }, 'other horse'), 1);
    plan.edit({ atMyBest: 'Plain words, changed' });
    await plan.whenSaved();
    expect(plan.save).to.deep.equal({ kind: 'conflict', otherLocked: true });
    await plan.keepMine();
    expect(plan.save).to.deep.equal({ kind: 'conflict', otherLocked: true });
    expect((await storedRecord(id))!.encrypted).to.equal(true);
  });

  it('holds saves while a passphrase is chosen, then writes only the locked plan; it opens only with that passphrase', async function () {
    const id = uniqueId();
    const { plan } = controller();
    await plan.open(id, false);
    plan.setChoosingPassphrase(true);
    plan.edit({ atMyBest: 'Secret words' });
    expect(plan.save.kind).to.equal('waiting');
    await plan.whenSaved();
    expect(await storedRecord(id), 'nothing written while choosing').to.equal(undefined);
    await plan.usePassphrase('correct horse');
    expect(plan.lock.kind).to.equal('open');
    expect(plan.protectedByPassphrase).to.equal(true);
    plan.setChoosingPassphrase(false);
    await plan.saveNow();
    const record = await storedRecord(id);
    expect(record!.encrypted).to.equal(true);
    expect(JSON.stringify(record)).not.to.contain('Secret words');

    const other = controller().plan;
    await other.open(id, false);
    expect(other.lock.kind).to.equal('locked');
    expect(other.plan, 'nothing readable in memory').to.deep.equal(emptyPlan());
    let refused: unknown;
    await other.unlock('wrong horse').catch((error) => (refused = error));
    expect(refused).to.be.instanceOf(WrongPassphraseError);
    expect(other.lock.kind).to.equal('locked');
    await other.unlock('correct horse');
    expect(other.lock.kind).to.equal('open');
    expect(other.plan.atMyBest).to.equal('Secret words');

    other.forgetPassphrase();
    await other.saveNow();
    expect((await storedRecord(id))!.encrypted).to.equal(false);
  });

  it('letting go of the passphrase form without one saves the held edits as before', async () => {
    const id = uniqueId();
    const { plan, saved } = controller();
    await plan.open(id, false);
    plan.setChoosingPassphrase(true);
    plan.edit({ movement: 'Walks' });
    expect(plan.save.kind).to.equal('waiting');
    const done = saved();
    plan.setChoosingPassphrase(false);
    expect(plan.save.kind).to.equal('saving');
    await done;
    expect(((await storedRecord(id))!.plan as SelfCarePlan).movement).to.equal('Walks');
  });

  it('on a shared computer keeps the plan in memory only', async () => {
    const id = uniqueId();
    const { plan, saves } = controller();
    await plan.open(id, true);
    expect(plan.save.kind).to.equal('memory');
    expect(plan.startedEmpty, 'no passphrase offer on a shared computer').to.equal(false);
    plan.edit({ atMyBest: 'Only here' });
    await plan.whenSaved();
    expect(saves).to.deep.equal(['memory']);
    expect(await storedRecord(id)).to.equal(undefined);
  });

  it('another tab’s save is read in when there are no unsaved edits', async () => {
    const id = uniqueId();
    const { plan, host } = controller();
    await plan.open(id, false);
    // The other tab's message arrives on a BroadcastChannel: the host is asked to update once it is read.
    const readIn = host.updatedWhen(() => plan.save.kind === 'saved');
    const record = await saveAsAnotherTab(id, { encrypted: false, plan: { ...emptyPlan(), laughter: 'Sitcoms' } }, 0);
    await readIn;
    expect(plan.plan.laughter).to.equal('Sitcoms');
    expect(plan.revision).to.equal(record.revision);
    expect(plan.save).to.deep.equal({ kind: 'saved', at: record.savedAt });
  });

  it('remove() forgets everything and starts over, empty', async () => {
    const id = uniqueId();
    const { plan } = controller();
    await plan.open(id, false);
    plan.edit({ atMyBest: 'To delete' });
    await plan.whenSaved();
    expect(await plan.remove()).to.equal(true);
    expect(await storedRecord(id)).to.equal(undefined);
    expect(plan.plan).to.deep.equal(emptyPlan());
    expect(plan.revision).to.equal(0);
    expect(plan.save).to.deep.equal({ kind: 'idle' });
    expect(plan.lock).to.deep.equal({ kind: 'plain' });
    expect(plan.startedEmpty).to.equal(true);
  });
});
