import { PeerElement } from '../core/peer-element.js';
/**
 * @tag peer-contact-log
 * @summary Record a support contact in seconds, anonymously: kind, how it started, duration, broad
 * topics, referrals, and whether it was the first time you spoke with this person (or these people)
 * about it (off by default), so the program can count people reached for the first time apart from
 * follow-ups. No names, no free text, no exact times (the server keeps the ISO week, and accepts this
 * week and the two before it by default). Saved on this device first and sent through the shared
 * outbox, so it lands once even offline.
 *
 * @csspart base - The form.
 * @csspart status - Saved on this device / sent.
 * @csspart button - Every button.
 */
export declare class PeerContactLog extends PeerElement {
    static styles: import("lit").CSSResult[];
    private entry;
    /** Off by default and after every entry: "people reached for the first time" must not be guessed. */
    private firstContact;
    private lastWeek;
    private status?;
    private readonly session;
    private outbox?;
    connectedCallback(): void;
    disconnectedCallback(): void;
    private readonly onChange;
    private toggle;
    private submit;
    render(): import("lit-html").TemplateResult<1>;
}
