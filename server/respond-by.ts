/**
 * Urgency sets the clock. A request's respond-by time is when it arrived plus the program's hours
 * for the urgency the person chose ("today", "in the next few days", "no rush"); the program manual
 * this project follows promises a reply within 24 hours "unless the situation seems more urgent".
 * Also the program's rule for "couldn't reach them": after how many tries a request goes back.
 */
import { URGENCIES } from '../src/core/contract.js';
import type { SupportRequest } from '../src/core/contract.js';

export type Urgency = SupportRequest['urgency'];

/** Hours to get in touch, per urgency. */
export type RespondHours = Record<Urgency, number>;

export const DEFAULT_RESPOND_HOURS: RespondHours = { today: 4, 'few-days': 24, 'no-rush': 72 };

/** Tries without an answer before a request goes back to the team (or, addressed to one supporter, to the coordinator). */
export const DEFAULT_MAX_ATTEMPTS = 3;

/**
 * The hours per urgency from what was given. `responseWindowHours` is the older single setting
 * (RESPONSE_WINDOW_HOURS): it stands for "in the next few days", and the defaults of the other two
 * move so that a more urgent request never gets more time than a less urgent one.
 */
export function respondHoursFrom(given: Partial<RespondHours> = {}, responseWindowHours?: number): RespondHours {
  const fewDays = given['few-days'] ?? responseWindowHours ?? DEFAULT_RESPOND_HOURS['few-days'];
  return {
    today: given.today ?? Math.min(DEFAULT_RESPOND_HOURS.today, fewDays),
    'few-days': fewDays,
    'no-rush': given['no-rush'] ?? Math.max(DEFAULT_RESPOND_HOURS['no-rush'], fewDays),
  };
}

/** Sentences for what is wrong with a set of hours (empty when they are usable): more urgent never waits longer. */
export function respondHoursProblems(hours: RespondHours, names: Record<Urgency, string>): string[] {
  const problems: string[] = [];
  for (let index = 1; index < URGENCIES.length; index++) {
    const [sooner, later] = [URGENCIES[index - 1], URGENCIES[index]];
    if (hours[sooner] > hours[later]) {
      problems.push(`${names[sooner]} (${hours[sooner]} hours) must not be longer than ${names[later]} (${hours[later]} hours): a more urgent request never waits longer than a less urgent one.`);
    }
  }
  return problems;
}

/** When someone should have got in touch: `receivedAt` plus the program's hours for this urgency. */
export function respondByFor(receivedAt: Date, urgency: Urgency, hours: RespondHours): Date {
  return new Date(receivedAt.getTime() + hours[urgency] * 3_600_000);
}

/**
 * The hours a stored request was given, read back from its own times (not from today's settings,
 * which may have changed since it arrived), to a tenth of an hour.
 */
export function hoursGiven(receivedAt: string, respondBy: string): number | undefined {
  const ms = Date.parse(respondBy) - Date.parse(receivedAt);
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 360_000) / 10 : undefined;
}

/** A time cut to the start of its hour (UTC): when a try was made is kept no more precisely. */
export function toTheHour(at: Date): string {
  const cut = new Date(at.getTime());
  cut.setUTCMinutes(0, 0, 0);
  return cut.toISOString();
}
