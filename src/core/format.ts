/** Locale-aware formatting shared by the widgets. Never throws: bad input gives a plain fallback. */
import { msg } from '@lit/localize';

const displayNamesCache = new Map<string, Intl.DisplayNames | undefined>();

// Browsers' language names often lack sign languages, which matter to deaf and hard-of-hearing staff.
// Their names are messages, so that a Spanish page says "lengua de señas americana".
const SIGN_LANGUAGES: Record<string, () => string> = { ase: () => msg('American Sign Language'), bfi: () => msg('British Sign Language'), fcs: () => msg('Quebec Sign Language'), lsm: () => msg('Mexican Sign Language') };
const signLanguage = (tag: string): string | undefined => SIGN_LANGUAGES[tag]?.();

/** "es" → "Spanish" (in the widget's locale); unknown tags are shown as they are. */
export function languageName(tag: string, locale: string): string {
  const sign = signLanguage(tag.toLowerCase());
  if (!displayNamesCache.has(locale)) {
    try {
      displayNamesCache.set(locale, new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' }));
    } catch {
      displayNamesCache.set(locale, undefined);
    }
  }
  try {
    const name = displayNamesCache.get(locale)?.of(tag);
    return name && name.toLowerCase() !== tag.toLowerCase() ? name : (sign ?? tag);
  } catch {
    return sign ?? tag;
  }
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

// Intl formatters are costly to build (a roster of 1,000 would build 1,000): keep one per locale.
function cached<T>(cache: Map<string, T>, locale: string, make: () => T): T {
  let formatter = cache.get(locale);
  if (!formatter) cache.set(locale, (formatter = make()));
  return formatter;
}
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "3 hours ago", "in 2 days", "just now". */
export function relativeTime(iso: string | undefined, locale: string, now = Date.now()): string {
  const time = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(time)) return '';
  const seconds = Math.round((time - now) / 1000);
  let format: Intl.RelativeTimeFormat;
  try {
    format = cached(relativeFormats, locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  } catch {
    format = cached(relativeFormats, 'en', () => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }));
  }
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'minute');
}

/** "Nov 24, 2:30 PM" */
export function dateTime(iso: string | undefined, locale: string): string {
  const time = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(time)) return '';
  try {
    return cached(dateTimeFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })).format(time);
  } catch {
    return new Date(time).toISOString();
  }
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A respond-by or next-try time: "3:30 PM" today, else the date and time ("Nov 30, 9:00 AM"). */
export function timeTodayOrDateTime(iso: string | undefined, locale: string, now = new Date()): string {
  const time = iso ? new Date(iso) : undefined;
  if (!time || Number.isNaN(time.getTime())) return '';
  if (time.toDateString() !== now.toDateString()) return dateTime(iso, locale);
  try {
    return cached(timeFormats, locale, () => new Intl.DateTimeFormat(locale, { timeStyle: 'short' })).format(time);
  } catch {
    return dateTime(iso, locale);
  }
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const weekdayNames = new Map<string, string[]>();

/** "Nov 24, 2026" for a calendar date (YYYY-MM-DD), the same in every time zone. */
export function calendarDate(isoDate: string, locale: string): string {
  const time = Date.parse(isoDate);
  if (Number.isNaN(time)) return '';
  try {
    return cached(dayFormats, locale, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })).format(time);
  } catch {
    return isoDate.slice(0, 10);
  }
}

/** "Monday" for 1 (0 = Sunday), in the locale. */
export function weekdayName(day: number, locale: string): string {
  const names = cached(weekdayNames, locale, () => {
    // 2023-01-01 was a Sunday.
    const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    return [0, 1, 2, 3, 4, 5, 6].map((index) => format.format(Date.UTC(2023, 0, 1 + index)));
  });
  return names[day] ?? '';
}

/** Up to two initials for an avatar: "Rosa María Example" → "RE". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => Array.from(word)[0]?.toLocaleUpperCase() ?? '').join('');
}

/** ISO 8601 week of a calendar day given as its UTC midnight, e.g. "2026-W48" (weeks start on Monday; week 1 holds January 4). */
function isoWeekOfDay(day: Date): string {
  const weekday = day.getUTCDay() || 7;
  day.setUTCDate(day.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const yearStart = Date.UTC(day.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((day.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** ISO 8601 week of a date on the person's own calendar, e.g. "2026-W48". */
export function isoWeek(date: Date): string {
  return isoWeekOfDay(new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate())));
}

/** ISO 8601 week of a moment on the UTC calendar (what the server keeps). */
export function isoWeekUtc(date: Date): string {
  return isoWeekOfDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())));
}

/** `YYYY-MM-DDTHH:mm` in the person's own time zone, as a datetime-local field takes and shows it. */
export function localDateTimeInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
