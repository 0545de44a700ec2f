const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const formatters = new Map();
/** The weekday and time of day at `now` in `timeZone` (the browser's own when none is given). */
export function localTime(now, timeZone) {
    const key = timeZone ?? '';
    if (!formatters.has(key)) {
        try {
            formatters.set(key, new Intl.DateTimeFormat('en-US', { timeZone: timeZone || undefined, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }));
        }
        catch {
            formatters.set(key, null); // not a time zone the browser knows
        }
    }
    const formatter = formatters.get(key);
    if (!formatter)
        return undefined;
    const parts = Object.fromEntries(formatter.formatToParts(now).map((part) => [part.type, part.value]));
    return { weekday: WEEKDAYS.indexOf(parts.weekday), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}
const toMinutes = (time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
/**
 * @param zoneTimes reuse across many resources at one `now`: each time zone is worked out once
 * (10,000 listings share a handful of zones).
 */
export function openState(hours, now, zoneTimes = new Map()) {
    if (hours.is24x7)
        return 'always';
    const schedule = hours.schedule ?? [];
    if (!schedule.length)
        return 'unknown';
    const zone = hours.timeZone ?? '';
    if (!zoneTimes.has(zone))
        zoneTimes.set(zone, localTime(now, hours.timeZone));
    const local = zoneTimes.get(zone);
    if (!local)
        return 'unknown';
    const yesterday = (local.weekday + 6) % 7;
    const open = schedule.some(({ day, opens, closes }) => {
        const from = toMinutes(opens);
        const to = toMinutes(closes);
        if (to > from)
            return day === local.weekday && local.minutes >= from && local.minutes < to;
        // Past midnight: open from `opens` on `day` until `closes` the next morning.
        return (day === local.weekday && local.minutes >= from) || (day === yesterday && local.minutes < to);
    });
    return open ? 'open' : 'closed';
}
/** Today's weekday in the resource's time zone, to highlight today's hours. */
export function todayFor(hours, now) {
    return localTime(now, hours.timeZone)?.weekday;
}
