/**
 * Every event a widget emits is a small typed class, named `peer-<verb>` or `peer-<noun>-<verb>`.
 * They bubble and are `composed` on purpose: a page listens on `document` (or any ancestor) no matter
 * how deep in other shadow roots the widget sits.
 */
import type { Supporter } from './contract.js';

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
