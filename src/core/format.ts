/** Locale-aware formatting shared by the widgets. Never throws: bad input gives a plain fallback. */

const displayNamesCache = new Map<string, Intl.DisplayNames | undefined>();

/** "es" → "Spanish" (in the widget's locale); unknown tags are shown as they are. */
export function languageName(tag: string, locale: string): string {
  if (!displayNamesCache.has(locale)) {
    try {
      displayNamesCache.set(locale, new Intl.DisplayNames([locale, 'en'], { type: 'language', fallback: 'code' }));
    } catch {
      displayNamesCache.set(locale, undefined);
    }
  }
  try {
    return displayNamesCache.get(locale)?.of(tag) ?? tag;
  } catch {
    return tag;
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

/** "3 hours ago", "in 2 days", "just now". */
export function relativeTime(iso: string | undefined, locale: string, now = Date.now()): string {
  const time = iso ? Date.parse(iso) : NaN;
  if (Number.isNaN(time)) return '';
  const seconds = Math.round((time - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
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
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
  } catch {
    return new Date(time).toISOString();
  }
}

/** Up to two initials for an avatar: "Rosa María Example" → "RE". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
  return letters.map((word) => Array.from(word)[0]?.toLocaleUpperCase() ?? '').join('');
}
