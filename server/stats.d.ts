/**
 * Program impact without identifying anyone, computed here and never trusted to the client.
 *
 * What is published, and why it cannot be differenced (README: "What the numbers can and cannot
 * reveal"):
 *
 * 1. Frozen periods. Contacts can be logged for the current ISO week and `weeksBack` weeks before it.
 *    A month is published only once none of its weeks (a week belongs to the month of its Thursday)
 *    can still be logged; a quarter once its three months are. Suppression of a month depends only on
 *    numbers that were already frozen when it closed, so a published number, or a hidden one, never
 *    changes, and adding contacts to a hidden cell cannot reveal it.
 * 2. Small counts hidden: every count under the threshold, 0 included, is `null`.
 * 3. Breakdowns at one level only: months carry totals (contacts, hours, people in contacts, people
 *    reached for the first time); kinds, topics and referrals are published per quarter. A table of
 *    months × kinds with both margins published can give a hidden cell away even when every row and
 *    column hides two; with one level there is no such table.
 * 4. When a period's contacts are hidden, so is everything else about it (hours are roughly contacts
 *    times a typical length, and people are at least contacts).
 * 5. A quarter is the sum of its months, for every measure: never exactly one of the four numbers
 *    hidden. The months before the last are frozen by the time the quarter closes, so the extra
 *    number hidden is the last month, or, when the last month is the small one, the quarter.
 * 6. A quarter's kinds add up to its contacts (one kind per contact): never exactly one kind hidden;
 *    the next smallest is hidden with it. Topics and referrals add up to nothing published (a contact
 *    can have several, or no topic), so rule 2 is enough for them.
 * 7. Rows cover every closed month of every quarter from the first quarter with a contact, so a
 *    month with nothing logged is a row of hidden numbers rather than a missing row that reads as 0.
 *    Months before the first contact are known to be 0 anyway, so rule 5 does not count them as hidden.
 *
 * Cost is one pass over the log (a tally per month) plus work per period, so it grows linearly.
 */
import type { ContactLog } from '../src/core/contract.js';
export declare const SUPPRESSION_THRESHOLD = 5;
export declare const DEFAULT_CONTACT_WEEKS_BACK = 2;
/** Longest logging window a program can choose: a month is published this many weeks after it ends. */
export declare const MAX_CONTACT_WEEKS_BACK = 12;
export declare const STATS_READERS: readonly ["coordinators", "signed-in"];
export type StatsReaders = (typeof STATS_READERS)[number];
export type Published = number | null;
export interface StatsRow {
    period: string;
    contacts: Published;
    hours: Published;
    peopleInContacts: Published;
    newPeople: Published;
    /** Quarters only. */
    kinds?: Record<string, Published>;
    topics?: Record<string, Published>;
    referrals?: Record<string, Published>;
}
export interface OpenPeriod {
    period: string;
    /** When its numbers appear: the moment its last week can no longer be logged anywhere. */
    publishedFrom: string;
}
export interface StatsDimensions {
    kinds: readonly string[];
    topics: readonly string[];
    referrals: readonly string[];
}
export interface StatsClock {
    now: Date;
    /** Weeks before the current one that can still be logged. */
    weeksBack: number;
}
/** Monday 00:00 UTC of an ISO week such as `2026-W48` (week 1 holds 4 January). */
export declare function mondayOfIsoWeek(week: string): Date;
/** The ISO week of a moment, in UTC. */
export declare function isoWeekOf(date: Date): string;
/** False for a well-formed week that is not in the calendar, such as 2025-W53. */
export declare function isCalendarWeek(week: string): boolean;
/** Thursday of an ISO week decides its month (ISO 8601: the week belongs where most of its days are). */
export declare function monthOfIsoWeek(week: string): string;
/** The weeks that can be logged now: from `oldest` to `newest`, both included. */
export declare function loggingWindow({ now, weeksBack }: StatsClock): {
    oldest: string;
    newest: string;
};
/** Why a contact for this week cannot be logged now, in words for the person; undefined if it can. */
export declare function weekRefusal(week: string, clock: StatsClock): string | undefined;
export interface Publication {
    months: StatsRow[];
    quarters: StatsRow[];
    openMonths: OpenPeriod[];
    openQuarters: OpenPeriod[];
}
/** Everything published at this moment, by month and by quarter, and what is not published yet. */
export declare function publishStats(contacts: Iterable<ContactLog>, dimensions: StatsDimensions, clock?: StatsClock): Publication;
/** The published rows for one kind of period (see `publishStats`). */
export declare function buildStats(contacts: Iterable<ContactLog>, period: 'month' | 'quarter', dimensions: StatsDimensions, clock?: StatsClock): StatsRow[];
/** CONTACT_WEEKS_BACK and STATS_READERS, checked; throws with a sentence for the operator. */
export declare function statsSettingsFromEnvironment(env: Record<string, string | undefined>): {
    contactWeeksBack: number;
    statsReaders: StatsReaders;
};
