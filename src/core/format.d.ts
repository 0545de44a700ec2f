/** Locale-aware formatting shared by the widgets. Never throws: bad input gives a plain fallback. */
/** "es" → "Spanish" (in the widget's locale); unknown tags are shown as they are. */
export declare function languageName(tag: string, locale: string): string;
/** "3 hours ago", "in 2 days", "just now". */
export declare function relativeTime(iso: string | undefined, locale: string, now?: number): string;
/** "Nov 24, 2:30 PM" */
export declare function dateTime(iso: string | undefined, locale: string): string;
/** "Nov 24, 2026" for a calendar date (YYYY-MM-DD), the same in every time zone. */
export declare function calendarDate(isoDate: string, locale: string): string;
/** "Monday" for 1 (0 = Sunday), in the locale. */
export declare function weekdayName(day: number, locale: string): string;
/** Up to two initials for an avatar: "Rosa María Example" → "RE". */
export declare function initials(name: string): string;
/** ISO 8601 week of a date, e.g. "2026-W48" (weeks start on Monday; week 1 holds January 4). */
export declare function isoWeek(date: Date): string;
