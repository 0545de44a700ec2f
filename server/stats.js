export const SUPPRESSION_THRESHOLD = 5;
export const DEFAULT_CONTACT_WEEKS_BACK = 2;
/** Longest logging window a program can choose: a month is published this many weeks after it ends. */
export const MAX_CONTACT_WEEKS_BACK = 12;
export const STATS_READERS = ['coordinators', 'signed-in'];
const DAY = 86_400_000;
const WEEK = 7 * DAY;
// A person's own week can differ from UTC's: the west (UTC−12) is still in last week, the east
// (UTC+14) already in next week. The window allows both, and publication waits for the west.
const WEST_MS = 12 * 3_600_000;
const EAST_MS = 14 * 3_600_000;
/** Monday 00:00 UTC of an ISO week such as `2026-W48` (week 1 holds 4 January). */
export function mondayOfIsoWeek(week) {
    const januaryFourth = Date.UTC(Number(week.slice(0, 4)), 0, 4);
    const mondayOfWeekOne = januaryFourth - ((new Date(januaryFourth).getUTCDay() + 6) % 7) * DAY;
    return new Date(mondayOfWeekOne + (Number(week.slice(6)) - 1) * WEEK);
}
/** The ISO week of a moment, in UTC. */
export function isoWeekOf(date) {
    const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
    const thursday = new Date(day + (3 - ((date.getUTCDay() + 6) % 7)) * DAY);
    const year = thursday.getUTCFullYear();
    const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK) + 1;
    return `${year}-W${String(week).padStart(2, '0')}`;
}
/** False for a well-formed week that is not in the calendar, such as 2025-W53. */
export function isCalendarWeek(week) {
    return isoWeekOf(mondayOfIsoWeek(week)) === week;
}
const addWeeks = (week, count) => isoWeekOf(new Date(mondayOfIsoWeek(week).getTime() + count * WEEK));
/** Thursday of an ISO week decides its month (ISO 8601: the week belongs where most of its days are). */
export function monthOfIsoWeek(week) {
    return new Date(mondayOfIsoWeek(week).getTime() + 3 * DAY).toISOString().slice(0, 7);
}
const quarterOf = (month) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
const monthsOfQuarter = (quarter) => [1, 2, 3].map((index) => `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + index).padStart(2, '0')}`);
const nextMonth = (month) => {
    const year = Number(month.slice(0, 4));
    const number = Number(month.slice(5, 7));
    return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
};
const monthsFromTo = (first, last) => {
    const months = [];
    for (let month = first; month <= last; month = nextMonth(month))
        months.push(month);
    return months;
};
/** The week holding the month's last Thursday: the last week that belongs to the month. */
function lastWeekOfMonth(month) {
    const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
    return isoWeekOf(new Date(lastDay.getTime() - ((lastDay.getUTCDay() + 3) % 7) * DAY));
}
/** The weeks that can be logged now: from `oldest` to `newest`, both included. */
export function loggingWindow({ now, weeksBack }) {
    return { oldest: addWeeks(isoWeekOf(new Date(now.getTime() - WEST_MS)), -weeksBack), newest: isoWeekOf(new Date(now.getTime() + EAST_MS)) };
}
/** Why a contact for this week cannot be logged now, in words for the person; undefined if it can. */
export function weekRefusal(week, clock) {
    if (!isCalendarWeek(week))
        return `${week} is not a week in the calendar.`;
    const { oldest, newest } = loggingWindow(clock);
    if (week > newest)
        return `${week} has not started yet. Please log a contact once it has happened.`;
    if (week < oldest) {
        const window = clock.weeksBack === 0 ? 'only for this week' : `for this week and up to ${clock.weeksBack} ${clock.weeksBack === 1 ? 'week' : 'weeks'} back`;
        return `Contacts can be logged ${window}, so that the program’s published numbers never change afterwards. ${week} is closed now.`;
    }
    return undefined;
}
const publishedFrom = (month, weeksBack) => new Date(mondayOfIsoWeek(lastWeekOfMonth(month)).getTime() + (weeksBack + 1) * WEEK + WEST_MS).toISOString();
const emptyTally = () => ({ contacts: 0, minutes: 0, people: 0, newPeople: 0, kinds: new Map(), topics: new Map(), referrals: new Map() });
const countIn = (counts, key, amount = 1) => counts.set(key, (counts.get(key) ?? 0) + amount);
/** One pass over the log: a tally per month. */
function tallyByMonth(contacts) {
    const monthOfWeek = new Map();
    const months = new Map();
    for (const contact of contacts) {
        let month = monthOfWeek.get(contact.week);
        if (month === undefined)
            monthOfWeek.set(contact.week, (month = monthOfIsoWeek(contact.week)));
        let tally = months.get(month);
        if (!tally)
            months.set(month, (tally = emptyTally()));
        tally.contacts++;
        tally.minutes += contact.durationMinutes;
        tally.people += contact.people;
        if (contact.firstContact)
            tally.newPeople += contact.people;
        countIn(tally.kinds, contact.kind);
        for (const topic of contact.topics)
            countIn(tally.topics, topic);
        for (const target of contact.referredTo)
            countIn(tally.referrals, target);
    }
    return months;
}
function sumOf(tallies) {
    const total = emptyTally();
    for (const tally of tallies) {
        total.contacts += tally.contacts;
        total.minutes += tally.minutes;
        total.people += tally.people;
        total.newPeople += tally.newPeople;
        for (const dimension of ['kinds', 'topics', 'referrals'])
            for (const [key, count] of tally[dimension])
                countIn(total[dimension], key, count);
    }
    return total;
}
const shown = (count) => (count < SUPPRESSION_THRESHOLD ? null : count);
/** A period's totals on their own numbers: small counts hidden, and everything hidden with contacts. */
function totalsOf(period, tally) {
    if (shown(tally.contacts) === null)
        return { period, contacts: null, hours: null, peopleInContacts: null, newPeople: null };
    return { period, contacts: tally.contacts, hours: Math.round(tally.minutes / 60), peopleInContacts: shown(tally.people), newPeople: shown(tally.newPeople) };
}
const hiddenEntirely = (row) => ({ ...row, contacts: null, hours: null, peopleInContacts: null, newPeople: null });
/** Small cells hidden; for a dimension whose cells add up to a published total, never exactly one. */
function breakdown(counts, keys, addsUpToTotal) {
    const cells = Object.fromEntries(keys.map((key) => [key, shown(counts.get(key) ?? 0)]));
    if (addsUpToTotal && keys.filter((key) => cells[key] === null).length === 1) {
        const smallest = keys.filter((key) => cells[key] !== null).sort((a, b) => cells[a] - cells[b])[0];
        if (smallest !== undefined)
            cells[smallest] = null;
    }
    return cells;
}
/**
 * The rows of one quarter: its closed months and, once all three are closed, the quarter itself. The
 * last month and the quarter close together, so only they can take part in complementary hiding.
 */
function publishQuarter(quarter, tallies, isClosed, firstMonth, dimensions) {
    const monthNames = monthsOfQuarter(quarter);
    const monthTallies = monthNames.map((month) => tallies.get(month) ?? emptyTally());
    const months = monthNames.map((month, index) => totalsOf(month, monthTallies[index]));
    if (!isClosed(monthNames[2]))
        return { months: months.filter((row) => isClosed(row.period)), quarter: undefined };
    // Months before the first contact ever are known to be 0 (answers before it had no rows at all),
    // so they cannot be the second hidden number that keeps another from being worked out.
    const mayHide = (row) => row.period >= firstMonth;
    const total = sumOf(monthTallies);
    let quarterRow = totalsOf(quarter, total);
    const hiddenMonths = months.filter((row) => mayHide(row) && row.contacts === null).length;
    if (quarterRow.contacts !== null && hiddenMonths === 1) {
        if (months[2].contacts !== null)
            months[2] = hiddenEntirely(months[2]);
        else
            quarterRow = hiddenEntirely(quarterRow);
    }
    // With the quarter's contacts hidden, its breakdowns are hidden too (they would add up to them).
    const contactsPublished = quarterRow.contacts !== null;
    const counts = (dimension) => (contactsPublished ? total[dimension] : new Map());
    quarterRow = {
        ...quarterRow,
        kinds: breakdown(counts('kinds'), dimensions.kinds, true),
        topics: breakdown(counts('topics'), dimensions.topics, false),
        referrals: breakdown(counts('referrals'), dimensions.referrals, false),
    };
    // People and first-time people add up over the months too: never exactly one of the four hidden.
    for (const measure of ['peopleInContacts', 'newPeople']) {
        if ([quarterRow, ...months.filter(mayHide)].filter((row) => row[measure] === null).length !== 1)
            continue;
        if (months[2][measure] !== null)
            months[2] = { ...months[2], [measure]: null };
        else
            quarterRow = { ...quarterRow, [measure]: null };
    }
    return { months, quarter: quarterRow };
}
const defaultClock = () => ({ now: new Date(), weeksBack: DEFAULT_CONTACT_WEEKS_BACK });
/** Everything published at this moment, by month and by quarter, and what is not published yet. */
export function publishStats(contacts, dimensions, clock = defaultClock()) {
    const tallies = tallyByMonth(contacts);
    const { oldest } = loggingWindow(clock);
    const firstOpenMonth = monthOfIsoWeek(oldest);
    const isClosed = (month) => month < firstOpenMonth;
    const openMonthNames = monthsFromTo(firstOpenMonth, monthOfIsoWeek(isoWeekOf(clock.now)));
    const openMonths = openMonthNames.map((period) => ({ period, publishedFrom: publishedFrom(period, clock.weeksBack) }));
    const openQuarters = [...new Set(openMonthNames.map(quarterOf))].map((period) => ({ period, publishedFrom: publishedFrom(monthsOfQuarter(period)[2], clock.weeksBack) }));
    const months = [];
    const quarters = [];
    // From the quarter of the first contact, even one in a month still open, so that a closed month is
    // listed the same way before and after contacts arrive in the weeks still open.
    const firstMonth = [...tallies.keys()].sort()[0];
    if (firstMonth !== undefined) {
        for (let quarter = quarterOf(firstMonth); isClosed(monthsOfQuarter(quarter)[0]); quarter = quarterOf(nextMonth(monthsOfQuarter(quarter)[2]))) {
            const published = publishQuarter(quarter, tallies, isClosed, firstMonth, dimensions);
            months.push(...published.months);
            if (published.quarter)
                quarters.push(published.quarter);
        }
    }
    return { months, quarters, openMonths, openQuarters };
}
/** The published rows for one kind of period (see `publishStats`). */
export function buildStats(contacts, period, dimensions, clock = defaultClock()) {
    const publication = publishStats(contacts, dimensions, clock);
    return period === 'month' ? publication.months : publication.quarters;
}
/** CONTACT_WEEKS_BACK and STATS_READERS, checked; throws with a sentence for the operator. */
export function statsSettingsFromEnvironment(env) {
    const weeksBack = (env.CONTACT_WEEKS_BACK ?? String(DEFAULT_CONTACT_WEEKS_BACK)).trim();
    if (!/^\d{1,2}$/.test(weeksBack) || Number(weeksBack) > MAX_CONTACT_WEEKS_BACK) {
        throw new Error(`CONTACT_WEEKS_BACK must be a whole number of weeks from 0 to ${MAX_CONTACT_WEEKS_BACK} (it is "${weeksBack}").`);
    }
    const readers = (env.STATS_READERS ?? 'coordinators').trim();
    if (!STATS_READERS.includes(readers))
        throw new Error(`STATS_READERS must be one of ${STATS_READERS.join(', ')} (it is "${readers}").`);
    return { contactWeeksBack: Number(weeksBack), statsReaders: readers };
}
