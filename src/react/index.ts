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
  PeerAvailabilityChangeEvent,
  PeerContactLog as PeerContactLogElement,
  PeerContactLoggedEvent,
  PeerContactSentEvent,
  PeerCrisisLine as PeerCrisisLineElement,
  PeerPlanSaveEvent,
  PeerProgramStats as PeerProgramStatsElement,
  PeerFollowUps as PeerFollowUpsElement,
  PeerFollowUpDoneEvent,
  PeerSupporterSession as PeerSupporterSessionElement,
  PeerNotifications as PeerNotificationsElement,
  PeerQuickExitEvent,
  PeerRequestContactEvent,
  PeerRequestForm as PeerRequestFormElement,
  PeerRequestAssignedEvent,
  PeerRequestClaimedEvent,
  PeerRequestClosedEvent,
  PeerRequestContactedEvent,
  PeerRequestInbox as PeerRequestInboxElement,
  PeerRequestReleasedEvent,
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
  PeerFollowUpsElement,
  PeerSupporterSessionElement,
  PeerNotificationsElement,
  PeerRequestFormElement,
  PeerRequestInboxElement,
  PeerResourceDirectoryElement,
  PeerRosterElement,
  PeerSelfCarePlanElement,
  PeerSupportConfigElement,
  PeerSupporterCardElement,
};
export type {
  PeerAvailabilityChangeEvent,
  PeerContactLoggedEvent,
  PeerContactSentEvent,
  PeerPlanSaveEvent,
  PeerQuickExitEvent,
  PeerRequestAssignedEvent,
  PeerRequestClaimedEvent,
  PeerRequestClosedEvent,
  PeerRequestContactEvent,
  PeerRequestContactedEvent,
  PeerRequestReleasedEvent,
  PeerRequestSentEvent,
  PeerRequestSubmitEvent,
};

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
  'peer-follow-ups': PeerFollowUpsElement,
  'peer-supporter-session': PeerSupporterSessionElement,
  'peer-notifications': PeerNotificationsElement,
};
if (typeof customElements !== 'undefined') {
  for (const [tag, element] of Object.entries(ELEMENTS)) if (!customElements.get(tag)) customElements.define(tag, element);
}

/** The `on…` prop name of one typed event class, typed with that class. */
const on = <C extends { readonly eventName: string; prototype: Event }>(eventClass: C) => eventClass.eventName as EventName<C['prototype']>;

/** One React component for one element: the options every wrapper shares, written once. */
function wrap<I extends HTMLElement, E extends Record<string, EventName | string> = {}>(tagName: string, elementClass: new () => I, displayName: string, events?: E) {
  return createComponent({ react: React, tagName, elementClass, events, displayName });
}

const requestContact = { onPeerRequestContact: on(PeerRequestContactEvent) };

/** `<peer-support-config>`: settings for every widget inside it (`endpoint`, `credentials`, `headers`, `paths`, the crisis line…). */
export const PeerSupportConfig = wrap('peer-support-config', PeerSupportConfigElement, 'PeerSupportConfig');

/** `<peer-crisis-line>`: the configured crisis line, anywhere on a page. */
export const PeerCrisisLine = wrap('peer-crisis-line', PeerCrisisLineElement, 'PeerCrisisLine');

/** `<peer-roster>`: the team as cards. `onPeerRequestContact` gets a `PeerRequestContactEvent` (`event.supporter`). */
export const PeerRoster = wrap('peer-roster', PeerRosterElement, 'PeerRoster', requestContact);

/** `<peer-supporter-card>`: one supporter. `onPeerRequestContact` gets a `PeerRequestContactEvent`. */
export const PeerSupporterCard = wrap('peer-supporter-card', PeerSupporterCardElement, 'PeerSupporterCard', requestContact);

/** `<peer-request-form>`: `onPeerRequestSubmit` (saved, being sent) and `onPeerRequestSent` (acknowledged, `respondBy`). */
export const PeerRequestForm = wrap('peer-request-form', PeerRequestFormElement, 'PeerRequestForm', {
  onPeerRequestSubmit: on(PeerRequestSubmitEvent),
  onPeerRequestSent: on(PeerRequestSentEvent),
});

/** `<peer-self-care-plan>`: `onPeerPlanSave` (`event.where`) and `onPeerQuickExit` (cancel it to handle the exit yourself). */
export const PeerSelfCarePlan = wrap('peer-self-care-plan', PeerSelfCarePlanElement, 'PeerSelfCarePlan', {
  onPeerPlanSave: on(PeerPlanSaveEvent),
  onPeerQuickExit: on(PeerQuickExitEvent),
});

/** `<peer-resource-directory>`: where to turn beyond the peer team. */
export const PeerResourceDirectory = wrap('peer-resource-directory', PeerResourceDirectoryElement, 'PeerResourceDirectory');

/**
 * `<peer-request-inbox>`: a supporter's or coordinator's requests. `onPeerRequestClaimed`,
 * `…Contacted`, `…Released`, `…Closed` (`eraseAfterMinutes`) and `…Assigned` (`accountId`) carry the
 * request's id only.
 */
export const PeerRequestInbox = wrap('peer-request-inbox', PeerRequestInboxElement, 'PeerRequestInbox', {
  onPeerRequestClaimed: on(PeerRequestClaimedEvent),
  onPeerRequestContacted: on(PeerRequestContactedEvent),
  onPeerRequestReleased: on(PeerRequestReleasedEvent),
  onPeerRequestClosed: on(PeerRequestClosedEvent),
  onPeerRequestAssigned: on(PeerRequestAssignedEvent),
});

/** `<peer-availability>`: a supporter sets their availability. `onPeerAvailabilityChange` (`status`, `until`). */
export const PeerAvailability = wrap('peer-availability', PeerAvailabilityElement, 'PeerAvailability', { onPeerAvailabilityChange: on(PeerAvailabilityChangeEvent) });

/** `<peer-contact-log>`: record a support contact, anonymously. `onPeerContactLogged` (`contactId`, `week`). */
export const PeerContactLog = wrap('peer-contact-log', PeerContactLogElement, 'PeerContactLog', { onPeerContactLogged: on(PeerContactLoggedEvent), onPeerContactSent: on(PeerContactSentEvent) });

/** `<peer-program-stats>`: the program's impact by month or quarter. */
export const PeerProgramStats = wrap('peer-program-stats', PeerProgramStatsElement, 'PeerProgramStats');

/** `<peer-supporter-session>`: who is signed in on the supporter side, and "Sign out". */
export const PeerSupporterSession = wrap('peer-supporter-session', PeerSupporterSessionElement, 'PeerSupporterSession');

/** `<peer-notifications>`: "Tell me on this device when a request is waiting" (Web Push notices that never hold the request's content). */
export const PeerNotifications = wrap('peer-notifications', PeerNotificationsElement, 'PeerNotifications');

/** `<peer-follow-ups>`: a supporter's own follow-up reminders, kept on the device. `onPeerFollowUpDone` (no details). */
export const PeerFollowUps = wrap('peer-follow-ups', PeerFollowUpsElement, 'PeerFollowUps', { onPeerFollowUpDone: on(PeerFollowUpDoneEvent) });
