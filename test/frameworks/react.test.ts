// `peer-support-widgets/react` as a React app uses it: the built dist/react/index.js (whose
// `../index.js` is then the published dist/index.js), rendered by React 19 from a root, against the
// real reference server, on the strict-CSP, Trusted Types page every test runs on. React comes from
// test/frameworks/react-esm-plugin.mjs (React ships only CommonJS). Run after `npm run build`.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import type { PeerRequestContactEvent } from '../../src/core/events.js';
import type { Supporter } from '../../src/core/contract.js';
import { TEST_SUPPORTERS } from '../fixtures/supporters.js';
import { checkRosterAndContact, names } from './roster-checks.js';
import { API_URL } from '../support/rig.js';

type Wrappers = typeof import('../../src/react/index.js');
type Main = typeof import('../../src/index.js');
const load = <T>(path: string): Promise<T> => import(/* @vite-ignore */ path);

// Type-level: the wrappers' props are the elements' properties and their events (checked by `tsc`).
type RosterProps = React.ComponentProps<Wrappers['PeerRoster']>;
type FormProps = React.ComponentProps<Wrappers['PeerRequestForm']>;
export const typedProps: RosterProps = {
  layout: 'compact',
  pageSize: 10,
  supporters: [],
  onPeerRequestContact: (event) => void event.supporter.displayName.toUpperCase(),
};
export const typedFormProps: FormProps = {
  supporterId: 'ana',
  onPeerRequestSent: (event) => void event.respondBy?.slice(0),
  onPeerRequestSubmit: (event) => void (event.persisted satisfies boolean),
};
type InboxProps = React.ComponentProps<Wrappers['PeerRequestInbox']>;
export const typedInboxProps: InboxProps = {
  onPeerRequestClosed: (event) => void (event.eraseAfterMinutes satisfies number),
  onPeerRequestAssigned: (event) => void event.accountId.slice(0),
};
export const typedSupporterSideProps: [React.ComponentProps<Wrappers['PeerAvailability']>, React.ComponentProps<Wrappers['PeerContactLog']>] = [
  { onPeerAvailabilityChange: (event) => void event.status.slice(0) },
  { onPeerContactLogged: (event) => void event.week.slice(0) },
];
// @ts-expect-error "sideways" is not a layout
export const wrongLayout: RosterProps = { layout: 'sideways' };
// @ts-expect-error the roster emits no peer-plan-save
export const wrongEvent: RosterProps = { onPeerPlanSave: () => {} };


describe('React wrappers (peer-support-widgets/react)', () => {
  let main: Main;
  let wrappers: Wrappers;
  let container: HTMLElement;
  let root: Root;

  before(async () => {
    main = await load<Main>('/dist/index.js');
    wrappers = await load<Wrappers>('/dist/react/index.js');
  });

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });

  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('registers every element with the classes of the package main entry: one definition each', () => {
    const expected: [string, CustomElementConstructor][] = [
      ['peer-support-config', main.PeerSupportConfig],
      ['peer-crisis-line', main.PeerCrisisLine],
      ['peer-roster', main.PeerRoster],
      ['peer-supporter-card', main.PeerSupporterCard],
      ['peer-request-form', main.PeerRequestForm],
      ['peer-self-care-plan', main.PeerSelfCarePlan],
      ['peer-resource-directory', main.PeerResourceDirectory],
      ['peer-request-inbox', main.PeerRequestInbox],
      ['peer-availability', main.PeerAvailability],
      ['peer-contact-log', main.PeerContactLog],
      ['peer-program-stats', main.PeerProgramStats],
    ];
    for (const [tag, element] of expected) expect(customElements.get(tag), tag).to.equal(element);
  });

  it('renders the roster with the server data and hands onPeerRequestContact the typed event', async () => {
    const { PeerSupportConfig, PeerRoster } = wrappers;
    const expected = ((await (await fetch(`${API_URL}supporters`)).json()) as { items: Supporter[] }).items;
    let contacted!: (event: PeerRequestContactEvent) => void;
    const contact = new Promise<PeerRequestContactEvent>((resolve) => (contacted = resolve));
    const onPeerRequestContact = (event: PeerRequestContactEvent) => {
      event.preventDefault(); // "the page handled it", as an app opening its own form would
      contacted(event);
    };
    root.render(React.createElement(PeerSupportConfig, { endpoint: API_URL }, React.createElement(PeerRoster, { layout: 'list', onPeerRequestContact })));

    const { event } = await checkRosterAndContact(container, main, expected, contact);
    expect(event.type).to.equal('peer-request-contact');
    expect(event.supporter.id).to.equal(expected.find((supporter) => supporter.displayName === event.supporter.displayName)!.id);
    expect(event.defaultPrevented).to.equal(true);
  });

  it('sets objects as properties, and updates props and handlers on re-render', async () => {
    const { PeerRoster } = wrappers;
    const first: string[] = [];
    const second: string[] = [];
    const supporters = structuredClone(TEST_SUPPORTERS);
    root.render(React.createElement(PeerRoster, { supporters, layout: 'grid', onPeerRequestContact: (event) => first.push(event.supporter.id) }));
    await waitUntil(() => container.querySelector('peer-roster')?.shadowRoot?.querySelector('[part~="card"]'), 'the roster did not render');
    const roster = container.querySelector('peer-roster') as InstanceType<Main['PeerRoster']>;
    expect(roster.supporters).to.equal(supporters); // the array itself, not an attribute
    expect(roster.hasAttribute('supporters')).to.equal(false);
    expect(names(roster)).to.deep.equal(TEST_SUPPORTERS.map((supporter) => supporter.displayName));

    root.render(React.createElement(PeerRoster, { supporters, layout: 'compact', onPeerRequestContact: (event) => second.push(event.supporter.id) }));
    await waitUntil(() => roster.getAttribute('layout') === 'compact', 'layout did not change');
    expect(container.querySelector('peer-roster')).to.equal(roster); // the same element, updated
    roster.dispatchEvent(new main.PeerRequestContactEvent(roster.supporters![0] as Supporter));
    expect(first).to.deep.equal([]);
    expect(second).to.deep.equal([TEST_SUPPORTERS[0].id]);
  });

  it('has a wrapper for every element, and an on… prop for each of its peer-* events', async () => {
    const calls: string[] = [];
    const record = (name: string) => (event: Event) => calls.push(`${name}:${event.type}`);
    const { createElement: h } = React;
    const w = wrappers;
    root.render(
      h(
        w.PeerSupportConfig,
        { endpoint: API_URL },
        h(w.PeerCrisisLine, { compact: true }),
        h(w.PeerRoster, { onPeerRequestContact: record('PeerRoster') }),
        h(w.PeerSupporterCard, { supporter: TEST_SUPPORTERS[0], onPeerRequestContact: record('PeerSupporterCard') }),
        h(w.PeerRequestForm, { onPeerRequestSubmit: record('PeerRequestForm'), onPeerRequestSent: record('PeerRequestForm') }),
        h(w.PeerSelfCarePlan, { device: 'shared', onPeerPlanSave: record('PeerSelfCarePlan'), onPeerQuickExit: record('PeerSelfCarePlan') }),
        h(w.PeerResourceDirectory),
        h(w.PeerRequestInbox),
        h(w.PeerAvailability),
        h(w.PeerContactLog),
        h(w.PeerProgramStats),
      ),
    );
    const tags = [
      'peer-support-config',
      'peer-crisis-line',
      'peer-roster',
      'peer-supporter-card',
      'peer-request-form',
      'peer-self-care-plan',
      'peer-resource-directory',
      'peer-request-inbox',
      'peer-availability',
      'peer-contact-log',
      'peer-program-stats',
    ];
    await waitUntil(() => tags.every((tag) => container.querySelector(tag)), 'not every wrapper rendered its element');
    for (const tag of tags) expect(container.querySelector(tag), tag).to.be.instanceOf(customElements.get(tag)!);
    const element = (tag: string) => container.querySelector(tag)!;
    expect((element('peer-crisis-line') as InstanceType<Main['PeerCrisisLine']>).compact).to.equal(true);
    expect((element('peer-self-care-plan') as InstanceType<Main['PeerSelfCarePlan']>).device).to.equal('shared');

    const supporter = TEST_SUPPORTERS[0] as Supporter;
    element('peer-roster').dispatchEvent(new main.PeerRequestContactEvent(supporter));
    element('peer-supporter-card').dispatchEvent(new main.PeerRequestContactEvent(supporter));
    element('peer-request-form').dispatchEvent(new main.PeerRequestSubmitEvent('r-1', true));
    element('peer-request-form').dispatchEvent(new main.PeerRequestSentEvent('r-1', undefined));
    element('peer-self-care-plan').dispatchEvent(new main.PeerPlanSaveEvent('memory'));
    const exit = new main.PeerQuickExitEvent('https://example.org/');
    exit.preventDefault(); // never leave the test page
    element('peer-self-care-plan').dispatchEvent(exit);
    expect(calls).to.deep.equal([
      'PeerRoster:peer-request-contact',
      'PeerSupporterCard:peer-request-contact',
      'PeerRequestForm:peer-request-submit',
      'PeerRequestForm:peer-request-sent',
      'PeerSelfCarePlan:peer-plan-save',
      'PeerSelfCarePlan:peer-quick-exit',
    ]);
  });
});
