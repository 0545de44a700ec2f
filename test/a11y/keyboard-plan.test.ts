// Keyboard-only walkthrough (issue 19) of <peer-self-care-plan>: build a plan across several steps
// (text, a person on the A-Team, a food), export it, delete it with its confirmation, and see Escape
// cancel that confirmation and give the focus back to the button that opened it. Only keys.
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/self-care-plan/define.js';
import type { PeerSelfCarePlan } from '../../src/self-care-plan/self-care-plan.js';
import { storedRecord, uniqueId } from '../self-care-plan/plan-test-helpers.js';
import '../support/rig.js';
import { betweenEdges, deepActive, describeElement, expectFocus, fromTopOfPage, press, shiftTab, tabTo, typeText, walkThroughAndBack } from '../support/keyboard.js';

const root = (plan: PeerSelfCarePlan) => plan.shadowRoot!;
const notice = (plan: PeerSelfCarePlan) => root(plan).querySelector('.notice')?.textContent!.trim() ?? '';

/**
 * Records the downloads the page starts through a link's click (the way the plan offers its file):
 * each link's `download` name and the file behind its blob: address. The clicks and the addresses
 * still happen, unchanged (the page's CSP lets no script fetch a blob: address back).
 */
function recordDownloads(): { downloads: { name: string; file?: Blob }[]; stop: () => void } {
  const downloads: { name: string; file?: Blob }[] = [];
  const files = new Map<string, Blob>();
  const click = HTMLAnchorElement.prototype.click;
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    const url = createObjectURL.call(URL, object);
    if (object instanceof Blob) files.set(url, object);
    return url;
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.hasAttribute('download')) downloads.push({ name: this.download, file: files.get(this.href) });
    return click.call(this);
  };
  return {
    downloads,
    stop: () => {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = createObjectURL;
    },
  };
}

/** A plan on a page between two plain buttons; quick exit is held on the page (the test must not leave). */
async function planPage() {
  const page = await betweenEdges(html`<peer-self-care-plan plan-id=${uniqueId()}></peer-self-care-plan>`);
  const plan = page.querySelector<PeerSelfCarePlan>('peer-self-care-plan')!;
  const exits: string[] = [];
  plan.addEventListener('peer-quick-exit', (event) => {
    event.preventDefault();
    exits.push((event as Event & { url: string }).url);
  });
  await waitUntil(() => root(plan).querySelector('textarea'), 'the plan did not open');
  return { plan, exits };
}

/** Tab to "Next" and press Enter: the next step's heading takes the focus. */
async function nextStep(plan: PeerSelfCarePlan, heading: string): Promise<void> {
  await tabTo('Next');
  await press('Enter');
  await plan.updateComplete;
  expectFocus(heading, 'after Next');
}

/** Tab to a button that adds a row and press Enter: the new row's first field takes the focus. */
async function addWithEnter(plan: PeerSelfCarePlan, button: string, firstField: string, why: string): Promise<void> {
  await tabTo(button, { why });
  await press('Enter');
  await plan.updateComplete;
  expectFocus(firstField, `after "${button}"`);
}

const question = (plan: PeerSelfCarePlan) => root(plan).querySelector('[role="alertdialog"]');

/** Enter on "Delete from this device" (focused): the question shows and takes the focus on its safe answer. */
async function askToDelete(plan: PeerSelfCarePlan): Promise<void> {
  await press('Enter');
  await plan.updateComplete;
  expect(question(plan), 'no confirmation').to.exist;
  await waitUntil(() => deepActive()?.textContent?.trim() === 'No, keep it', `the confirmation did not take the focus (it is on ${describeElement(deepActive())})`);
}

describe('keyboard only: <peer-self-care-plan>', () => {
  it('build a plan over several steps, export it, cancel deleting with Escape, then delete it', async () => {
    const { plan, exits } = await planPage();
    await fromTopOfPage();
    await press('Tab');
    expectFocus('Quick exit', "the plan's first stop");

    // Step 1: a few words.
    await tabTo('When I am at my best, I…', { why: 'step 1' });
    await typeText('Rested and joking with the crew');
    // The next step's heading takes the focus, so the step's words are read from the top.
    await nextStep(plan, 'Early signs I am running low');
    await press('Tab');
    expectFocus('What I notice', 'the first field of step 2');
    await typeText('I stop answering texts');

    // Step 3: someone on the A-Team, added with Enter; the new person's name field takes the focus.
    await nextStep(plan, 'My A-Team');
    await addWithEnter(plan, 'Add person', 'Name', 'step 3');
    await typeText('Jo');
    await press('Tab');
    expectFocus('How they help');
    await typeText('Listens');
    await press('Tab');
    expectFocus('How to reach them');
    await typeText('555-0100');

    // Step 4: a food, added with Enter.
    await nextStep(plan, 'Body');
    await addWithEnter(plan, 'Add one', 'Food and snacks that help 1', 'foods in step 4');
    await typeText('Oatmeal');
    await plan.whenSaved();
    expect(plan.value).to.deep.include({ atMyBest: 'Rested and joking with the crew', signsINotice: 'I stop answering texts', foods: ['Oatmeal'] });
    expect(plan.value.aTeam).to.deep.equal([{ name: 'Jo', role: 'Listens', contact: '555-0100' }]);

    // Export: the plan's file, downloaded through a link, holds what was written.
    await tabTo('Export (save a file)', { why: 'the tools' });
    const recorder = recordDownloads();
    try {
      await press('Enter');
      await waitUntil(() => recorder.downloads.length === 1, 'no file was offered');
    } finally {
      recorder.stop();
    }
    const [download] = recorder.downloads;
    expect(download.name).to.equal('self-care-plan.json');
    expect(download.file, 'the link is to a file made on the page').to.exist;
    const file = JSON.parse(await download.file!.text());
    expect(file).to.deep.include({ atMyBest: 'Rested and joking with the crew', foods: ['Oatmeal'] });
    expect(file.aTeam[0]).to.deep.include({ name: 'Jo', contact: '555-0100' });
    expect(notice(plan)).to.contain('Your plan was saved as a file');
    expectFocus('Export (save a file)', 'after exporting');

    // Delete: the question takes the focus on its safe answer; Escape cancels it and gives the focus back.
    const deleteButton = await tabTo('Delete from this device', { why: 'the tools' });
    await askToDelete(plan);
    await press('Escape');
    await plan.updateComplete;
    expect(question(plan), 'Escape closed the confirmation').to.equal(null);
    await waitUntil(() => deepActive() === deleteButton, `the focus did not go back to "Delete from this device" but to ${describeElement(deepActive())}`);
    expect(plan.value.foods, 'nothing deleted').to.deep.equal(['Oatmeal']);
    expect(exits, 'one Escape is not a quick exit').to.deep.equal([]);

    // "No, keep it" with Enter gives the focus back too.
    await askToDelete(plan);
    await press('Enter');
    await plan.updateComplete;
    expect(question(plan)).to.equal(null);
    await waitUntil(() => deepActive() === deleteButton, `"No, keep it" left the focus on ${describeElement(deepActive())}`);

    // Now delete it: "Yes, delete it" is just before the safe answer.
    await askToDelete(plan);
    await shiftTab();
    expectFocus('Yes, delete it');
    await press('Enter');
    await waitUntil(() => notice(plan).includes('Your plan has been deleted from this device.'), `not deleted: "${notice(plan)}"`);
    expect(plan.value.foods).to.deep.equal([]);
    expect(plan.value.atMyBest).to.equal('');
    expect(await storedRecord(plan.planId), 'removed from storage').to.equal(undefined);
    // The focus starts the (empty) plan again at its first step, not lost on the page.
    await waitUntil(() => deepActive()?.classList.contains('section-title'), `after deleting the focus is on ${describeElement(deepActive())}`);
    expectFocus('When I am at my best');
    expect(exits).to.deep.equal([]);
  });

  it('Escape twice in a row is still the quick exit, even from inside the confirmation', async () => {
    const { plan, exits } = await planPage();
    await fromTopOfPage();
    await tabTo('Delete from this device', { why: 'the tools' });
    await askToDelete(plan);
    await press('Escape');
    await press('Escape');
    await waitUntil(() => exits.length === 1, 'Escape twice did not leave');
  });

  it('Escape answers "Replace your plan with the example?" with "Keep my plan", and the focus goes back to where it was', async () => {
    const { plan, exits } = await planPage();
    await fromTopOfPage();
    const field = await tabTo('When I am at my best, I…', { why: 'step 1' });
    await typeText('Calm');
    await plan.whenSaved();
    // The page offers the made-up example (a script on the page does this, as the demo does).
    expect(plan.replacePlan({ ...plan.value, atMyBest: 'Example words' }, 'example')).to.equal(undefined);
    await plan.updateComplete;
    await waitUntil(() => deepActive()?.textContent?.trim() === 'Keep my plan', `the question did not take the focus (${describeElement(deepActive())})`);
    await press('Escape');
    await plan.updateComplete;
    expect(root(plan).querySelector('.replace-confirm'), 'Escape closed the question').to.equal(null);
    await waitUntil(() => deepActive() === field, `the focus went to ${describeElement(deepActive())}, not back to the field`);
    expect(plan.value.atMyBest).to.equal('Calm');
    expect(exits).to.deep.equal([]);
  });

  it('no trap: Tab from its first stop leaves it, Shift+Tab comes back out the top, in reading order', async () => {
    const { plan } = await planPage();
    const { forward } = await walkThroughAndBack(plan, 'the plan');
    expect(forward.stops.length).to.be.greaterThan(10);
  });
});
