/**
 * Program impact without identifying anyone. Tallies are published per month or quarter; any cell
 * under the threshold (5) is published as `null` ("fewer than 5"), and when a dimension would then
 * hide exactly one cell next to a published total, the next smallest cell is hidden too, so that
 * no hidden number can be worked out by subtraction. Done here, never trusted to the client.
 */
import type { ContactLog } from '../src/core/contract.js';

export const SUPPRESSION_THRESHOLD = 5;

export type Published = number | null;

/** Hides cells under the threshold, plus the complement that would give one of them away. */
export function suppressCells(cells: Record<string, number>, totalPublished: boolean, threshold = SUPPRESSION_THRESHOLD): Record<string, Published> {
  const result: Record<string, Published> = {};
  for (const [key, value] of Object.entries(cells)) result[key] = totalPublished && value >= threshold ? value : null;
  if (!totalPublished) return result;
  const hidden = Object.keys(result).filter((key) => result[key] === null);
  if (hidden.length === 1) {
    const smallest = Object.entries(result)
      .filter(([, value]) => value !== null)
      .sort(([, a], [, b]) => (a as number) - (b as number))[0];
    if (smallest) result[smallest[0]] = null;
  }
  return result;
}

export interface StatsRow {
  period: string;
  contacts: Published;
  hours: Published;
  people: Published;
  kinds: Record<string, Published>;
  topics: Record<string, Published>;
  referrals: Record<string, Published>;
}

/** Thursday of an ISO week decides its month (ISO 8601: the week belongs where most of its days are). */
export function monthOfIsoWeek(week: string): string {
  const [year, number] = [Number(week.slice(0, 4)), Number(week.slice(6))];
  const januaryFourth = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeekOne = new Date(januaryFourth.getTime() - ((januaryFourth.getUTCDay() + 6) % 7) * 86_400_000);
  const thursday = new Date(mondayOfWeekOne.getTime() + ((number - 1) * 7 + 3) * 86_400_000);
  return thursday.toISOString().slice(0, 7);
}

const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

export function buildStats(contacts: ContactLog[], period: 'month' | 'quarter', dimensions: { kinds: readonly string[]; topics: readonly string[]; referrals: readonly string[] }): StatsRow[] {
  const groups = new Map<string, ContactLog[]>();
  for (const contact of contacts) {
    const month = monthOfIsoWeek(contact.week);
    const key = period === 'month' ? month : quarterOf(month);
    groups.set(key, [...(groups.get(key) ?? []), contact]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, group]) => {
      const count = (values: readonly string[], pick: (contact: ContactLog) => readonly string[]) =>
        Object.fromEntries(values.map((value) => [value, group.filter((contact) => pick(contact).includes(value)).length]));
      const published = group.length >= SUPPRESSION_THRESHOLD;
      const people = group.reduce((sum, contact) => sum + contact.people, 0);
      return {
        period: key,
        contacts: published ? group.length : null,
        hours: published ? Math.round(group.reduce((sum, contact) => sum + contact.durationMinutes, 0) / 60) : null,
        people: published && people >= SUPPRESSION_THRESHOLD ? people : null,
        kinds: suppressCells(count(dimensions.kinds, (contact) => [contact.kind]), published),
        topics: suppressCells(count(dimensions.topics, (contact) => contact.topics), published),
        referrals: suppressCells(count(dimensions.referrals, (contact) => contact.referredTo), published),
      };
    });
}
