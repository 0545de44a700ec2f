// React components for every element (`peer-support-widgets/react`), made with @lit/react: props are
// typed from each element's properties, objects are set as properties (not attributes), and every
// `peer-*` event the element emits has an `on…` prop typed with its event class.
//
// The element classes come from the package's main entry, `../index.js`: here that is src/index.ts,
// and in the published package this file is dist/react/index.js, so it is dist/index.js, the module
// `import … from 'peer-support-widgets'` loads. One definition of each element, shared with the
// page's own imports. The types are dist/types/react/index.d.ts, next to the types they import.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import {
  PeerAvailability as PeerAvailabilityElement,
  PeerContactLog as PeerContactLogElement,
  PeerCrisisLine as PeerCrisisLineElement,
  PeerPlanSaveEvent,
  PeerProgramStats as PeerProgramStatsElement,
  PeerQuickExitEvent,
  PeerRequestContactEvent,
  PeerRequestForm as PeerRequestFormElement,
  PeerRequestInbox as PeerRequestInboxElement,
  PeerRequestSentEvent,
  PeerRequestSubmitEvent,
  PeerResourceDirectory as PeerResourceDirectoryElement,
  PeerRoster as PeerRosterElement,
  PeerSelfCarePlan as PeerSelfCarePlanElement,
  PeerSupportConfig as PeerSupportConfigElement,
  PeerSupporterCard as PeerSupporterCardElement,
} from '../index.js';

export type {
  PeerAvailabilityElement,
  PeerContactLogElement,
  PeerCrisisLineElement,
  PeerProgramStatsElement,
  PeerRequestFormElement,
  PeerRequestInboxElement,
  PeerResourceDirectoryElement,
  PeerRosterElement,
  PeerSelfCarePlanElement,
  PeerSupportConfigElement,
  PeerSupporterCardElement,
};
export type { PeerPlanSaveEvent, PeerQuickExitEvent, PeerRequestContactEvent, PeerRequestSentEvent, PeerRequestSubmitEvent };

// Importing this module registers every tag (like `peer-support-widgets/define`), with the classes
// above. A tag already registered (a second copy of the library on the page) keeps its definition.
const ELEMENTS: Record<string, CustomElementConstructor> = {
  'peer-support-config': PeerSupportConfigElement,
  'peer-crisis-line': PeerCrisisLineElement,
  'peer-roster': PeerRosterElement,
  'peer-supporter-card': PeerSupporterCardElement,
  'peer-request-form': PeerRequestFormElement,
  'peer-self-care-plan': PeerSelfCarePlanElement,
  'peer-resource-directory': PeerResourceDirectoryElement,
  'peer-request-inbox': PeerRequestInboxElement,
  'peer-availability': PeerAvailabilityElement,
  'peer-contact-log': PeerContactLogElement,
  'peer-program-stats': PeerProgramStatsElement,
};
if (typeof customElements !== 'undefined') {
  for (const [tag, element] of Object.entries(ELEMENTS)) if (!customElements.get(tag)) customElements.define(tag, element);
}

const requestContact = { onPeerRequestContact: PeerRequestContactEvent.eventName as EventName<PeerRequestContactEvent> };

/** `<peer-support-config>`: settings for every widget inside it (`endpoint`, `credentials`, `headers`, `paths`, the crisis line…). */
export const PeerSupportConfig = createComponent({
  react: React,
  tagName: 'peer-support-config',
  elementClass: PeerSupportConfigElement,
  displayName: 'PeerSupportConfig',
});

/** `<peer-crisis-line>`: the configured crisis line, anywhere on a page. */
export const PeerCrisisLine = createComponent({
  react: React,
  tagName: 'peer-crisis-line',
  elementClass: PeerCrisisLineElement,
  displayName: 'PeerCrisisLine',
});

/** `<peer-roster>`: the team as cards. `onPeerRequestContact` gets a `PeerRequestContactEvent` (`event.supporter`). */
export const PeerRoster = createComponent({
  react: React,
  tagName: 'peer-roster',
  elementClass: PeerRosterElement,
  events: requestContact,
  displayName: 'PeerRoster',
});

/** `<peer-supporter-card>`: one supporter. `onPeerRequestContact` gets a `PeerRequestContactEvent`. */
export const PeerSupporterCard = createComponent({
  react: React,
  tagName: 'peer-supporter-card',
  elementClass: PeerSupporterCardElement,
  events: requestContact,
  displayName: 'PeerSupporterCard',
});

/** `<peer-request-form>`: `onPeerRequestSubmit` (saved, being sent) and `onPeerRequestSent` (acknowledged, `respondBy`). */
export const PeerRequestForm = createComponent({
  react: React,
  tagName: 'peer-request-form',
  elementClass: PeerRequestFormElement,
  events: {
    onPeerRequestSubmit: PeerRequestSubmitEvent.eventName as EventName<PeerRequestSubmitEvent>,
    onPeerRequestSent: PeerRequestSentEvent.eventName as EventName<PeerRequestSentEvent>,
  },
  displayName: 'PeerRequestForm',
});

/** `<peer-self-care-plan>`: `onPeerPlanSave` (`event.where`) and `onPeerQuickExit` (cancel it to handle the exit yourself). */
export const PeerSelfCarePlan = createComponent({
  react: React,
  tagName: 'peer-self-care-plan',
  elementClass: PeerSelfCarePlanElement,
  events: {
    onPeerPlanSave: PeerPlanSaveEvent.eventName as EventName<PeerPlanSaveEvent>,
    onPeerQuickExit: PeerQuickExitEvent.eventName as EventName<PeerQuickExitEvent>,
  },
  displayName: 'PeerSelfCarePlan',
});

/** `<peer-resource-directory>`: where to turn beyond the peer team. */
export const PeerResourceDirectory = createComponent({
  react: React,
  tagName: 'peer-resource-directory',
  elementClass: PeerResourceDirectoryElement,
  displayName: 'PeerResourceDirectory',
});

/** `<peer-request-inbox>`: a supporter's or coordinator's requests. */
export const PeerRequestInbox = createComponent({
  react: React,
  tagName: 'peer-request-inbox',
  elementClass: PeerRequestInboxElement,
  displayName: 'PeerRequestInbox',
});

/** `<peer-availability>`: a supporter sets their availability. */
export const PeerAvailability = createComponent({
  react: React,
  tagName: 'peer-availability',
  elementClass: PeerAvailabilityElement,
  displayName: 'PeerAvailability',
});

/** `<peer-contact-log>`: record a support contact, anonymously. */
export const PeerContactLog = createComponent({
  react: React,
  tagName: 'peer-contact-log',
  elementClass: PeerContactLogElement,
  displayName: 'PeerContactLog',
});

/** `<peer-program-stats>`: the program's impact by month or quarter. */
export const PeerProgramStats = createComponent({
  react: React,
  tagName: 'peer-program-stats',
  elementClass: PeerProgramStatsElement,
  displayName: 'PeerProgramStats',
});
