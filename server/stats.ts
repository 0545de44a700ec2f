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
import { isoWeekUtc } from '../src/core/format.js';

export const SUPPRESSION_THRESHOLD = 5;
export const DEFAULT_CONTACT_WEEKS_BACK = 2;
/** Longest logging window a program can choose: a month is published this many weeks after it ends. */
export const MAX_CONTACT_WEEKS_BACK = 12;
export const STATS_READERS = ['coordinators', 'signed-in'] as const;
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

const DAY = 86_400_000;
const WEEK = 7 * DAY;
// A person's own week can differ from UTC's: the west (UTC−12) is still in last week, the east
// (UTC+14) already in next week. The window allows both, and publication waits for the west.
const WEST_MS = 12 * 3_600_000;
const EAST_MS = 14 * 3_600_000;

/** Monday 00:00 UTC of an ISO week such as `2026-W48` (week 1 holds 4 January). */
export function mondayOfIsoWeek(week: string): Date {
  const januaryFourth = Date.UTC(Number(week.slice(0, 4)), 0, 4);
  const mondayOfWeekOne = januaryFourth - ((new Date(januaryFourth).getUTCDay() + 6) % 7) * DAY;
  return new Date(mondayOfWeekOne + (Number(week.slice(6)) - 1) * WEEK);
}


/** False for a well-formed week that is not in the calendar, such as 2025-W53. */
export function isCalendarWeek(week: string): boolean {
  return isoWeekUtc(mondayOfIsoWeek(week)) === week;
}

const addWeeks = (week: string, count: number) => isoWeekUtc(new Date(mondayOfIsoWeek(week).getTime() + count * WEEK));

/** Thursday of an ISO week decides its month (ISO 8601: the week belongs where most of its days are). */
export function monthOfIsoWeek(week: string): string {
  return new Date(mondayOfIsoWeek(week).getTime() + 3 * DAY).toISOString().slice(0, 7);
}

const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
const monthsOfQuarter = (quarter: string) => [1, 2, 3].map((index) => `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + index).padStart(2, '0')}`);
const nextMonth = (month: string) => {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
};
const monthsFromTo = (first: string, last: string) => {
  const months: string[] = [];
  for (let month = first; month <= last; month = nextMonth(month)) months.push(month);
  return months;
};

/** The week holding the month's last Thursday: the last week that belongs to the month. */
function lastWeekOfMonth(month: string): string {
  const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return isoWeekUtc(new Date(lastDay.getTime() - ((lastDay.getUTCDay() + 3) % 7) * DAY));
}

/** The weeks that can be logged now: from `oldest` to `newest`, both included. */
export function loggingWindow({ now, weeksBack }: StatsClock): { oldest: string; newest: string } {
  return { oldest: addWeeks(isoWeekUtc(new Date(now.getTime() - WEST_MS)), -weeksBack), newest: isoWeekUtc(new Date(now.getTime() + EAST_MS)) };
}

/** Why a contact for this week cannot be logged now, in words for the person; undefined if it can. */
export function weekRefusal(week: string, clock: StatsClock): string | undefined {
  if (!isCalendarWeek(week)) return `${week} is not a week in the calendar.`;
  const { oldest, newest } = loggingWindow(clock);
  if (week > newest) return `${week} has not started yet. Please log a contact once it has happened.`;
  if (week < oldest) {
    const window = clock.weeksBack === 0 ? 'only for this week' : `for this week and up to ${clock.weeksBack} ${clock.weeksBack === 1 ? 'week' : 'weeks'} back`;
    return `Contacts can be logged ${window}, so that the program’s published numbers never change afterwards. ${week} is closed now.`;
  }
  return undefined;
}

const publishedFrom = (month: string, weeksBack: number) => new Date(mondayOfIsoWeek(lastWeekOfMonth(month)).getTime() + (weeksBack + 1) * WEEK + WEST_MS).toISOString();

interface Tally {
  contacts: number;
  minutes: number;
  people: number;
  newPeople: number;
  kinds: Map<string, number>;
  topics: Map<string, number>;
  referrals: Map<string, number>;
}

const emptyTally = (): Tally => ({ contacts: 0, minutes: 0, people: 0, newPeople: 0, kinds: new Map(), topics: new Map(), referrals: new Map() });
const countIn = (counts: Map<string, number>, key: string, amount = 1) => counts.set(key, (counts.get(key) ?? 0) + amount);

/** One pass over the log: a tally per month. */
function tallyByMonth(contacts: Iterable<ContactLog>): Map<string, Tally> {
  const monthOfWeek = new Map<string, string>();
  const months = new Map<string, Tally>();
  for (const contact of contacts) {
    let month = monthOfWeek.get(contact.week);
    if (month === undefined) monthOfWeek.set(contact.week, (month = monthOfIsoWeek(contact.week)));
    let tally = months.get(month);
    if (!tally) months.set(month, (tally = emptyTally()));
    tally.contacts++;
    tally.minutes += contact.durationMinutes;
    tally.people += contact.people;
    if (contact.firstContact) tally.newPeople += contact.people;
    countIn(tally.kinds, contact.kind);
    for (const topic of contact.topics) countIn(tally.topics, topic);
    for (const target of contact.referredTo) countIn(tally.referrals, target);
  }
  return months;
}

function sumOf(tallies: Tally[]): Tally {
  const total = emptyTally();
  for (const tally of tallies) {
    total.contacts += tally.contacts;
    total.minutes += tally.minutes;
    total.people += tally.people;
    total.newPeople += tally.newPeople;
    for (const dimension of ['kinds', 'topics', 'referrals'] as const) for (const [key, count] of tally[dimension]) countIn(total[dimension], key, count);
  }
  return total;
}

const shown = (count: number): Published => (count < SUPPRESSION_THRESHOLD ? null : count);

/** A period's totals on their own numbers: small counts hidden, and everything hidden with contacts. */
function totalsOf(period: string, tally: Tally): StatsRow {
  if (shown(tally.contacts) === null) return { period, contacts: null, hours: null, peopleInContacts: null, newPeople: null };
  return { period, contacts: tally.contacts, hours: Math.round(tally.minutes / 60), peopleInContacts: shown(tally.people), newPeople: shown(tally.newPeople) };
}

const hiddenEntirely = (row: StatsRow): StatsRow => ({ ...row, contacts: null, hours: null, peopleInContacts: null, newPeople: null });

/** Small cells hidden; for a dimension whose cells add up to a published total, never exactly one. */
function breakdown(counts: Map<string, number>, keys: readonly string[], addsUpToTotal: boolean): Record<string, Published> {
  const cells = Object.fromEntries(keys.map((key) => [key, shown(counts.get(key) ?? 0)]));
  if (addsUpToTotal && keys.filter((key) => cells[key] === null).length === 1) {
    const smallest = keys.filter((key) => cells[key] !== null).sort((a, b) => (cells[a] as number) - (cells[b] as number))[0];
    if (smallest !== undefined) cells[smallest] = null;
  }
  return cells;
}

/**
 * The rows of one quarter: its closed months and, once all three are closed, the quarter itself. The
 * last month and the quarter close together, so only they can take part in complementary hiding.
 */
function publishQuarter(quarter: string, tallies: Map<string, Tally>, isClosed: (month: string) => boolean, firstMonth: string, dimensions: StatsDimensions) {
  const monthNames = monthsOfQuarter(quarter);
  const monthTallies = monthNames.map((month) => tallies.get(month) ?? emptyTally());
  const months = monthNames.map((month, index) => totalsOf(month, monthTallies[index]));
  if (!isClosed(monthNames[2])) return { months: months.filter((row) => isClosed(row.period)), quarter: undefined };

  // Months before the first contact ever are known to be 0 (answers before it had no rows at all),
  // so they cannot be the second hidden number that keeps another from being worked out.
  const mayHide = (row: StatsRow) => row.period >= firstMonth;
  const total = sumOf(monthTallies);
  let quarterRow = totalsOf(quarter, total);
  const hiddenMonths = months.filter((row) => mayHide(row) && row.contacts === null).length;
  if (quarterRow.contacts !== null && hiddenMonths === 1) {
    if (months[2].contacts !== null) months[2] = hiddenEntirely(months[2]);
    else quarterRow = hiddenEntirely(quarterRow);
  }
  // With the quarter's contacts hidden, its breakdowns are hidden too (they would add up to them).
  const contactsPublished = quarterRow.contacts !== null;
  const counts = (dimension: 'kinds' | 'topics' | 'referrals') => (contactsPublished ? total[dimension] : new Map<string, number>());
  quarterRow = {
    ...quarterRow,
    kinds: breakdown(counts('kinds'), dimensions.kinds, true),
    topics: breakdown(counts('topics'), dimensions.topics, false),
    referrals: breakdown(counts('referrals'), dimensions.referrals, false),
  };
  // People and first-time people add up over the months too: never exactly one of the four hidden.
  for (const measure of ['peopleInContacts', 'newPeople'] as const) {
    if ([quarterRow, ...months.filter(mayHide)].filter((row) => row[measure] === null).length !== 1) continue;
    if (months[2][measure] !== null) months[2] = { ...months[2], [measure]: null };
    else quarterRow = { ...quarterRow, [measure]: null };
  }
  return { months, quarter: quarterRow };
}

export interface Publication {
  months: StatsRow[];
  quarters: StatsRow[];
  openMonths: OpenPeriod[];
  openQuarters: OpenPeriod[];
}

const defaultClock = (): StatsClock => ({ now: new Date(), weeksBack: DEFAULT_CONTACT_WEEKS_BACK });

/** Everything published at this moment, by month and by quarter, and what is not published yet. */
export function publishStats(contacts: Iterable<ContactLog>, dimensions: StatsDimensions, clock: StatsClock = defaultClock()): Publication {
  const tallies = tallyByMonth(contacts);
  const { oldest } = loggingWindow(clock);
  const firstOpenMonth = monthOfIsoWeek(oldest);
  const isClosed = (month: string) => month < firstOpenMonth;
  const openMonthNames = monthsFromTo(firstOpenMonth, monthOfIsoWeek(isoWeekUtc(clock.now)));
  const openMonths = openMonthNames.map((period) => ({ period, publishedFrom: publishedFrom(period, clock.weeksBack) }));
  const openQuarters = [...new Set(openMonthNames.map(quarterOf))].map((period) => ({ period, publishedFrom: publishedFrom(monthsOfQuarter(period)[2], clock.weeksBack) }));

  const months: StatsRow[] = [];
  const quarters: StatsRow[] = [];
  // From the quarter of the first contact, even one in a month still open, so that a closed month is
  // listed the same way before and after contacts arrive in the weeks still open.
  const firstMonth = [...tallies.keys()].sort()[0];
  if (firstMonth !== undefined) {
    for (let quarter = quarterOf(firstMonth); isClosed(monthsOfQuarter(quarter)[0]); quarter = quarterOf(nextMonth(monthsOfQuarter(quarter)[2]))) {
      const published = publishQuarter(quarter, tallies, isClosed, firstMonth, dimensions);
      months.push(...published.months);
      if (published.quarter) quarters.push(published.quarter);
    }
  }
  return { months, quarters, openMonths, openQuarters };
}

/** The published rows for one kind of period (see `publishStats`). */
export function buildStats(contacts: Iterable<ContactLog>, period: 'month' | 'quarter', dimensions: StatsDimensions, clock: StatsClock = defaultClock()): StatsRow[] {
  const publication = publishStats(contacts, dimensions, clock);
  return period === 'month' ? publication.months : publication.quarters;
}

/** CONTACT_WEEKS_BACK and STATS_READERS, checked; throws with a sentence for the operator. */
export function statsSettingsFromEnvironment(env: Record<string, string | undefined>): { contactWeeksBack: number; statsReaders: StatsReaders } {
  const weeksBack = (env.CONTACT_WEEKS_BACK ?? String(DEFAULT_CONTACT_WEEKS_BACK)).trim();
  if (!/^\d{1,2}$/.test(weeksBack) || Number(weeksBack) > MAX_CONTACT_WEEKS_BACK) {
    throw new Error(`CONTACT_WEEKS_BACK must be a whole number of weeks from 0 to ${MAX_CONTACT_WEEKS_BACK} (it is "${weeksBack}").`);
  }
  const readers = (env.STATS_READERS ?? 'coordinators').trim();
  if (!(STATS_READERS as readonly string[]).includes(readers)) throw new Error(`STATS_READERS must be one of ${STATS_READERS.join(', ')} (it is "${readers}").`);
  return { contactWeeksBack: Number(weeksBack), statsReaders: readers as StatsReaders };
}
