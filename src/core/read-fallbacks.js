/**
 * A supporter whose availability the server sent in a form the contract does not know. Not a value of
 * the contract (a backend never sends or receives it); it lives only between the reader and the card.
 */
export const UNKNOWN_AVAILABILITY = 'unknown';
/** The field is left out (the widget shows nothing for it) and the record is kept. */
export const LEAVE_OUT = Symbol('leave out');
/** A fresh stand-in for each use, so that no two records share one object. */
export const READ_FALLBACKS = new Map([
    ['Availability', () => ({ status: UNKNOWN_AVAILABILITY })],
    ['Availability.status', () => UNKNOWN_AVAILABILITY],
    ['Availability.since', () => LEAVE_OUT],
    ['Resource.category', () => 'other'],
    ['Resource.cost', () => LEAVE_OUT],
    ['Resource.confidential', () => false],
    ['Resource.hours', () => ({ is24x7: false })],
    ['Resource.hours.is24x7', () => false],
    ['Resource.verifiedOn', () => LEAVE_OUT],
]);
