/**
 * What the tolerant reader (`conform.ts`) puts in place of a required value it could not read, so
 * that one unexpected value never costs a whole record: every supporter and every listing with an id
 * and a name is shown. Keyed by where the value sits in the contract (the schema's `$id`, then property
 * names), so the same rule holds wherever the schema is read (a list from the server, a `supporters`
 * property, an offline copy), and no schema has to be bundled for it.
 *
 * Each stand-in claims nothing the server did not say: availability not known, "other help", not
 * marked confidential, hours not known; a missing cost or check date is simply not shown.
 */
import type { Availability, AvailabilityState } from './contract.js';
/**
 * A supporter whose availability the server sent in a form the contract does not know. Not a value of
 * the contract (a backend never sends or receives it); it lives only between the reader and the card.
 */
export declare const UNKNOWN_AVAILABILITY = "unknown";
/** Availability as a card shows it: the contract's states, or not known. */
export type ShownAvailabilityState = AvailabilityState | typeof UNKNOWN_AVAILABILITY;
/** `Supporter['availability']` as the reader may hand it over: the status may be unknown, `since` may be missing. */
export type ShownAvailability = Omit<Availability, 'status' | 'since'> & {
    status: ShownAvailabilityState;
    since?: string;
};
/** The field is left out (the widget shows nothing for it) and the record is kept. */
export declare const LEAVE_OUT: unique symbol;
/** A fresh stand-in for each use, so that no two records share one object. */
export declare const READ_FALLBACKS: ReadonlyMap<string, () => unknown>;
