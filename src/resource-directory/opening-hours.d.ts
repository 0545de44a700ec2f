/**
 * Is a resource open right now, in its own time zone? Schedules are weekly (`day` 0 = Sunday,
 * `opens`/`closes` as HH:MM, `closes` may be 24:00, and a close before the open runs past midnight).
 * An unknown or invalid time zone never claims "open": it says "hours unknown".
 */
import type { Resource } from '../core/contract.js';
export type OpenState = 'always' | 'open' | 'closed' | 'unknown';
export interface LocalTime {
    /** 0 = Sunday. */
    weekday: number;
    /** Minutes since local midnight. */
    minutes: number;
}
/** The weekday and time of day at `now` in `timeZone` (the browser's own when none is given). */
export declare function localTime(now: Date, timeZone?: string): LocalTime | undefined;
/**
 * @param zoneTimes reuse across many resources at one `now`: each time zone is worked out once
 * (10,000 listings share a handful of zones).
 */
export declare function openState(hours: Resource['hours'], now: Date, zoneTimes?: Map<string, LocalTime | undefined>): OpenState;
/** Today's weekday in the resource's time zone, to highlight today's hours. */
export declare function todayFor(hours: Resource['hours'], now: Date): number | undefined;
