/**
 * Every event a widget emits is a small typed class, named `peer-<verb>` or `peer-<noun>-<verb>`.
 * They bubble and are `composed` on purpose: a page listens on `document` (or any ancestor) no matter
 * how deep in other shadow roots the widget sits.
 */
import type { AvailabilityState, Supporter } from './contract.js';

/** "Ask them to contact me" was pressed on a supporter's card. Cancel it to say the page handled it. */
export class PeerRequestContactEvent extends Event {
  static readonly eventName = 'peer-request-contact';
  constructor(readonly supporter: Supporter) {
    super(PeerRequestContactEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-request-contact': PeerRequestContactEvent;
  }
}

/** A request was saved on this device and is being sent. `persisted` is false when the device could not keep it. */
export class PeerRequestSubmitEvent extends Event {
  static readonly eventName = 'peer-request-submit';
  constructor(
    readonly requestId: string,
    readonly persisted: boolean,
  ) {
    super(PeerRequestSubmitEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The server acknowledged a request. `respondBy` is when someone should have been in touch. */
export class PeerRequestSentEvent extends Event {
  static readonly eventName = 'peer-request-sent';
  constructor(
    readonly requestId: string,
    readonly respondBy: string | undefined,
  ) {
    super(PeerRequestSentEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-request-submit': PeerRequestSubmitEvent;
    'peer-request-sent': PeerRequestSentEvent;
  }
}

/** The self-care plan was saved: on this `device`, or only in `memory` (shared computers). */
export class PeerPlanSaveEvent extends Event {
  static readonly eventName = 'peer-plan-save';
  constructor(readonly where: 'device' | 'memory') {
    super(PeerPlanSaveEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Quick exit: the widget has hidden itself and is about to go to `url`. Cancel to handle it yourself. */
export class PeerQuickExitEvent extends Event {
  static readonly eventName = 'peer-quick-exit';
  constructor(readonly url: string) {
    super(PeerQuickExitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-plan-save': PeerPlanSaveEvent;
    'peer-quick-exit': PeerQuickExitEvent;
  }
}

/** What a supporter or coordinator did to a request in `<peer-request-inbox>`. */
export type PeerRequestAction = 'claimed' | 'contacted' | 'released' | 'closed' | 'assigned';

/**
 * The server accepted an action on a request in the inbox (see the subclasses for each one). Only
 * the request's id travels: never who asked or how to reach them.
 */
export class PeerRequestActionEvent extends Event {
  constructor(
    readonly action: PeerRequestAction,
    readonly requestId: string,
  ) {
    super(`peer-request-${action}`, { bubbles: true, composed: true });
  }
}

/** The typed event class for one inbox action, `peer-request-<action>`. */
function requestActionEvent<A extends PeerRequestAction>(action: A) {
  return class extends PeerRequestActionEvent {
    static readonly eventName = `peer-request-${action}` as const;
    declare readonly action: A;
    constructor(requestId: string) {
      super(action, requestId);
    }
  };
}

/** A supporter took a request ("I’ll take this"). */
export class PeerRequestClaimedEvent extends requestActionEvent('claimed') {}

/** The supporter who took a request has been in touch. */
export class PeerRequestContactedEvent extends requestActionEvent('contacted') {}

/** A request was handed back to the team. */
export class PeerRequestReleasedEvent extends requestActionEvent('released') {}

/** A request was closed; the server erases who asked and how to reach them after `eraseAfterMinutes` (0: at once). */
export class PeerRequestClosedEvent extends requestActionEvent('closed') {
  constructor(
    requestId: string,
    readonly eraseAfterMinutes: number,
  ) {
    super(requestId);
  }
}

/** A coordinator assigned a request to the account `accountId`. */
export class PeerRequestAssignedEvent extends requestActionEvent('assigned') {
  constructor(
    requestId: string,
    readonly accountId: string,
  ) {
    super(requestId);
  }
}

/** A supporter saved their availability; the roster now shows `status` (until `until`, when set). */
export class PeerAvailabilityChangeEvent extends Event {
  static readonly eventName = 'peer-availability-change';
  constructor(
    readonly status: AvailabilityState,
    readonly until: string | undefined,
  ) {
    super(PeerAvailabilityChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * A contact was logged: kept on this device (`persisted`; false when the device could not keep it)
 * and handed to the outbox, which sends it once. Anonymous: the id and ISO week only.
 */
export class PeerContactLoggedEvent extends Event {
  static readonly eventName = 'peer-contact-logged';
  constructor(
    readonly contactId: string,
    readonly week: string,
    readonly persisted: boolean,
  ) {
    super(PeerContactLoggedEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * A contact logged on this page reached the server (the outbox delivered it), so the program's
 * numbers may have changed: `<peer-program-stats>` on the page reads them again. Anonymous: the id
 * and ISO week only.
 */
export class PeerContactSentEvent extends Event {
  static readonly eventName = 'peer-contact-sent';
  constructor(
    readonly contactId: string,
    readonly week: string,
  ) {
    super(PeerContactSentEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-contact-sent': PeerContactSentEvent;
    'peer-request-claimed': PeerRequestClaimedEvent;
    'peer-request-contacted': PeerRequestContactedEvent;
    'peer-request-released': PeerRequestReleasedEvent;
    'peer-request-closed': PeerRequestClosedEvent;
    'peer-request-assigned': PeerRequestAssignedEvent;
    'peer-availability-change': PeerAvailabilityChangeEvent;
    'peer-contact-logged': PeerContactLoggedEvent;
  }
}

/**
 * A supporter marked a follow-up reminder done in `<peer-follow-ups>`. Carries nothing about the
 * person or the note: a `<peer-contact-log>` on the page answers by starting a "follow-up" entry.
 */
export class PeerFollowUpDoneEvent extends Event {
  static readonly eventName = 'peer-follow-up-done';
  constructor() {
    super(PeerFollowUpDoneEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'peer-follow-up-done': PeerFollowUpDoneEvent;
  }
}
