/** "Ask them to contact me" was pressed on a supporter's card. Cancel it to say the page handled it. */
export class PeerRequestContactEvent extends Event {
    static { this.eventName = 'peer-request-contact'; }
    constructor(supporter) {
        super(PeerRequestContactEvent.eventName, { bubbles: true, composed: true, cancelable: true });
        this.supporter = supporter;
    }
}
/** A request was saved on this device and is being sent. `persisted` is false when the device could not keep it. */
export class PeerRequestSubmitEvent extends Event {
    static { this.eventName = 'peer-request-submit'; }
    constructor(requestId, persisted) {
        super(PeerRequestSubmitEvent.eventName, { bubbles: true, composed: true });
        this.requestId = requestId;
        this.persisted = persisted;
    }
}
/** The server acknowledged a request. `respondBy` is when someone should have been in touch. */
export class PeerRequestSentEvent extends Event {
    static { this.eventName = 'peer-request-sent'; }
    constructor(requestId, respondBy) {
        super(PeerRequestSentEvent.eventName, { bubbles: true, composed: true });
        this.requestId = requestId;
        this.respondBy = respondBy;
    }
}
/** The self-care plan was saved: on this `device`, or only in `memory` (shared computers). */
export class PeerPlanSaveEvent extends Event {
    static { this.eventName = 'peer-plan-save'; }
    constructor(where) {
        super(PeerPlanSaveEvent.eventName, { bubbles: true, composed: true });
        this.where = where;
    }
}
/** Quick exit: the widget has hidden itself and is about to go to `url`. Cancel to handle it yourself. */
export class PeerQuickExitEvent extends Event {
    static { this.eventName = 'peer-quick-exit'; }
    constructor(url) {
        super(PeerQuickExitEvent.eventName, { bubbles: true, composed: true, cancelable: true });
        this.url = url;
    }
}
