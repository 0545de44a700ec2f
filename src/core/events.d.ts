/**
 * Every event a widget emits is a small typed class, named `peer-<verb>` or `peer-<noun>-<verb>`.
 * They bubble and are `composed` on purpose: a page listens on `document` (or any ancestor) no matter
 * how deep in other shadow roots the widget sits.
 */
import type { Supporter } from './contract.js';
/** "Ask them to contact me" was pressed on a supporter's card. Cancel it to say the page handled it. */
export declare class PeerRequestContactEvent extends Event {
    readonly supporter: Supporter;
    static readonly eventName = "peer-request-contact";
    constructor(supporter: Supporter);
}
declare global {
    interface GlobalEventHandlersEventMap {
        'peer-request-contact': PeerRequestContactEvent;
    }
}
/** A request was saved on this device and is being sent. `persisted` is false when the device could not keep it. */
export declare class PeerRequestSubmitEvent extends Event {
    readonly requestId: string;
    readonly persisted: boolean;
    static readonly eventName = "peer-request-submit";
    constructor(requestId: string, persisted: boolean);
}
/** The server acknowledged a request. `respondBy` is when someone should have been in touch. */
export declare class PeerRequestSentEvent extends Event {
    readonly requestId: string;
    readonly respondBy: string | undefined;
    static readonly eventName = "peer-request-sent";
    constructor(requestId: string, respondBy: string | undefined);
}
declare global {
    interface GlobalEventHandlersEventMap {
        'peer-request-submit': PeerRequestSubmitEvent;
        'peer-request-sent': PeerRequestSentEvent;
    }
}
/** The self-care plan was saved: on this `device`, or only in `memory` (shared computers). */
export declare class PeerPlanSaveEvent extends Event {
    readonly where: 'device' | 'memory';
    static readonly eventName = "peer-plan-save";
    constructor(where: 'device' | 'memory');
}
/** Quick exit: the widget has hidden itself and is about to go to `url`. Cancel to handle it yourself. */
export declare class PeerQuickExitEvent extends Event {
    readonly url: string;
    static readonly eventName = "peer-quick-exit";
    constructor(url: string);
}
declare global {
    interface GlobalEventHandlersEventMap {
        'peer-plan-save': PeerPlanSaveEvent;
        'peer-quick-exit': PeerQuickExitEvent;
    }
}
