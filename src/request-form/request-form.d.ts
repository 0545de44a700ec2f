import type { PropertyValues, TemplateResult } from 'lit';
import { PeerElement } from '../core/peer-element.js';
/**
 * @tag peer-request-form
 * @summary Ask a peer supporter (or anyone on the team) to get in touch. The request is saved on this
 * device before it is sent, retried until the server acknowledges it, and the person always sees
 * where it stands.
 *
 * Listens for `peer-request-contact` from a roster on the same page and preselects that supporter.
 *
 * @event {PeerRequestSubmitEvent} peer-request-submit - A request was saved (or, with `persisted: false`, could not be kept on this device) and is being sent.
 * @event {PeerRequestSentEvent} peer-request-sent - The server acknowledged a request; `respondBy` is when someone should have been in touch.
 *
 * @csspart base - The whole form area.
 * @csspart crisis - The always-visible crisis note.
 * @csspart form - The form.
 * @csspart fieldset - Each group of fields.
 * @csspart label - Each field's label.
 * @csspart input - Each text field, select and text area.
 * @csspart hint - Help text under a field.
 * @csspart error - A field's error message.
 * @csspart error-summary - The list of problems shown when sending fails validation.
 * @csspart confidentiality - What stays confidential, and its limits.
 * @csspart preview - "See exactly what will be sent".
 * @csspart button - Every button (also `submit`, `send-now`, `cancel-request`, `start-over`).
 * @csspart status - Where a request stands (saved, sending, waiting to retry, sent…).
 * @csspart pending - Requests from an earlier visit that are still waiting.
 */
export declare class PeerRequestForm extends PeerElement {
    static styles: import("lit").CSSResult[];
    /** Preselects this supporter (an id from `GET supporters`). */
    supporterId: string;
    /** Hours within which someone gets in touch, shown before sending; the server's `respondBy` wins after. */
    responseHours: number;
    /** Do not react to `peer-request-contact` events from rosters on the page. */
    ignoreRoster: boolean;
    /**
     * A program's own paragraphs on confidentiality, shown after the facts the backend states (who
     * reads a request, when it is erased) and the limits every program has. They add; they never
     * replace those.
     */
    confidentiality?: string[];
    /**
     * The person's own team, when the portal knows it. "Someone who is not on my team" then needs no
     * typing; otherwise the form asks.
     */
    viewerTeam: string;
    /** Supporters passed in directly, for the "who" choice (otherwise read from `GET supporters`). */
    supporters?: unknown[];
    private draft;
    private touched;
    private submitted;
    private tracking?;
    private earlier;
    private busy;
    /** The backend's confidentiality facts (`GET policy`); `undefined` until known, or when it does not say. */
    private policy?;
    private policyFrom?;
    private summary?;
    private readonly list;
    private outbox?;
    private given;
    private readonly idPrefix;
    connectedCallback(): void;
    disconnectedCallback(): void;
    protected willUpdate(changed: PropertyValues<this>): void;
    /** Supporters a request can reach: the backend says `acceptsRequests: false` for the others. */
    private get team();
    /** Someone on the roster whom requests do not reach (no account yet), if that is who was chosen. */
    private get unreachable();
    private get chosen();
    /** Reads the confidentiality facts once per endpoint; a backend without them gets the cautious words. */
    private loadPolicy;
    private readonly onRequestContact;
    private readonly onOutboxChange;
    /** Requests from earlier visits (or other tabs) that the server has not acknowledged yet. */
    private loadEarlier;
    private set;
    private touch;
    private validatorsFor;
    private errorFor;
    /** Errors show after the person has left the field or tried to send, never on first focus. */
    private visibleError;
    private get allErrors();
    private payload;
    private submit;
    render(): TemplateResult<1>;
    private renderEarlier;
    private stateSentence;
    private renderTracking;
    /** A request the server refused goes back into the form for the person to correct. */
    private editParked;
    private renderForm;
    private renderSupporterChoice;
    private renderPreferences;
    /** Only asked with "not on my team": the server keeps the request from supporters of this team. */
    private renderTeamField;
    private renderChannel;
    private renderTextField;
    private renderMessage;
    private renderCheckbox;
    private renderError;
    /** `aria-describedby` points at the error only while it is visible. */
    private describedBy;
    private focusField;
    private renderPreview;
}
