// Program statistics: nothing hidden can be worked out from what is published (exact linear algebra
// over everything the month and quarter answers hold), a published number never changes, counting is
// honest about people, only the right accounts read them, and the cost stays linear in the log.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { CONTACT_KINDS, CONTACT_TOPICS, REFERRAL_TARGETS } from '../../src/core/contract.js';
import type { ContactLog } from '../../src/core/contract.js';
import { buildStats } from '../stats.js';
import { contact as contactForThisWeek, signIn, testApp } from './helpers.js';

const DIMENSIONS = { kinds: CONTACT_KINDS, topics: CONTACT_TOPICS, referrals: REFERRAL_TARGETS };
const BREAKDOWNS = Object.keys(DIMENSIONS) as (keyof typeof DIMENSIONS)[];
const THRESHOLD = 5;
const DAY = 86_400_000;

// ISO week arithmetic written here again, independently of server/stats.ts, so a mistake there shows.
function isoWeekUtc(date: Date): string {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  day.setUTCDate(day.getUTCDate() + 4 - (day.getUTCDay() || 7));
  const week = Math.ceil(((day.getTime() - Date.UTC(day.getUTCFullYear(), 0, 1)) / DAY + 1) / 7);
  return `${day.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The weeks that belong to a month: those whose Thursday falls in it. */
function weeksOfMonth(month: string): string[] {
  const [year, number] = month.split('-').map(Number);
  const weeks: string[] = [];
  for (let day = new Date(Date.UTC(year, number - 1, 1)); day.getUTCMonth() === number - 1; day = new Date(day.getTime() + DAY)) {
    if (day.getUTCDay() === 4) weeks.push(isoWeekUtc(day));
  }
  return weeks;
}

/** The month of an ISO week is the month of its Thursday (week 1 holds 4 January). */
function monthOfWeek(week: string): string {
  const fourthOfJanuary = Date.UTC(Number(week.slice(0, 4)), 0, 4);
  const thursdayOfWeekOne = fourthOfJanuary + (4 - (new Date(fourthOfJanuary).getUTCDay() || 7)) * DAY;
  return new Date(thursdayOfWeekOne + (Number(week.slice(6)) - 1) * 7 * DAY).toISOString().slice(0, 7);
}
const quarterOfMonth = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5)) / 3)}`;
const monthsOfQuarter = (quarter: string) => [1, 2, 3].map((index) => `${quarter.slice(0, 4)}-${String((Number(quarter.slice(6)) - 1) * 3 + index).padStart(2, '0')}`);
const addMonths = (month: string, count: number) => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5)) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 2 ** 32;
  };
}

type Random = () => number;
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pick = <T>(random: Random, values: readonly T[]) => values[Math.floor(random() * values.length)];
const weighted = <T>(random: Random, entries: readonly (readonly [T, number])[]) => {
  let roll = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of entries) if ((roll -= weight) < 0) return value;
  return entries[entries.length - 1][0];
};

const KIND_WEIGHTS = [['one-on-one', 40], ['group', 8], ['defusing', 6], ['debriefing', 4], ['follow-up', 20], ['family', 4], ['referral', 3]] as const;

function randomContact(random: Random, week: string): ContactLog {
  const kind = weighted(random, KIND_WEIGHTS);
  const topics = CONTACT_TOPICS.filter((_, index) => random() < (index < 3 ? 0.35 : 0.08));
  const others = REFERRAL_TARGETS.filter((target) => target !== 'none' && random() < 0.12);
  return {
    id: crypto.randomUUID(),
    week,
    kind,
    origin: 'self-referred',
    durationMinutes: 15 * between(random, 1, 12),
    people: kind === 'group' ? between(random, 2, 12) : 1,
    topics,
    referredTo: others.length ? others : ['none'],
    firstContact: random() < 0.5,
  };
}

/** Month sizes from empty to busy, with many small ones: small cells are where leaks hide. */
function randomMonthSize(random: Random): number {
  const roll = random();
  if (roll < 0.12) return 0;
  if (roll < 0.45) return between(random, 1, 4);
  if (roll < 0.75) return between(random, 5, 12);
  if (roll < 0.93) return between(random, 13, 30);
  return between(random, 31, 90);
}

function randomProgram(random: Random) {
  const firstQuarter = `${between(random, 2025, 2027)}-Q${between(random, 1, 4)}`;
  const months = Array.from({ length: 3 * between(random, 1, 4) }, (_, index) => addMonths(monthsOfQuarter(firstQuarter)[0], index));
  const contacts: ContactLog[] = [];
  // Now and then the program starts in the middle of its first quarter.
  const skipped = random() < 0.3 ? between(random, 1, 2) : 0;
  for (const month of months.slice(skipped)) {
    for (let index = randomMonthSize(random); index > 0; index--) contacts.push(randomContact(random, pick(random, weeksOfMonth(month))));
  }
  const weeksBack = between(random, 0, 3);
  const end = Date.UTC(Number(months.at(-1)!.slice(0, 4)), Number(months.at(-1)!.slice(5)), 1);
  const start = Date.UTC(Number(months[0].slice(0, 4)), Number(months[0].slice(5)) - 1, 1);
  // Mostly after everything has closed; sometimes in the middle, with months and quarters still open.
  const now = random() < 0.7 ? new Date(end + (weeksBack + 2) * 7 * DAY + random() * 40 * DAY) : new Date(start + random() * (end - start + 40 * DAY));
  return { contacts, now, weeksBack };
}

type Row = Record<string, unknown> & { period: string };

/** What is true, per month and quarter, to compare the published numbers with. */
function truth(contacts: ContactLog[]) {
  const periods = new Map<string, Map<string, number>>();
  const add = (period: string, measure: string, amount: number) => {
    const measures = periods.get(period) ?? periods.set(period, new Map()).get(period)!;
    measures.set(measure, (measures.get(measure) ?? 0) + amount);
  };
  for (const contact of contacts) {
    const month = monthOfWeek(contact.week);
    for (const period of [month, quarterOfMonth(month)]) {
      add(period, 'contacts', 1);
      add(period, 'minutes', contact.durationMinutes);
      add(period, 'peopleInContacts', contact.people);
      add(period, 'newPeople', contact.firstContact ? contact.people : 0);
      add(period, `kinds:${contact.kind}`, 1);
      for (const topic of contact.topics) add(period, `topics:${topic}`, 1);
      for (const target of contact.referredTo) add(period, `referrals:${target}`, 1);
    }
  }
  return (period: string, measure: string) => {
    const measures = periods.get(period);
    if (measure === 'hours') return Math.round((measures?.get('minutes') ?? 0) / 60);
    return measures?.get(measure === 'people' ? 'peopleInContacts' : measure) ?? 0;
  };
}

/** Every number a row holds, by name: scalars ("contacts") and breakdown cells ("kinds:group"). */
function cellsOf(row: Row): Map<string, number | null> {
  const cells = new Map<string, number | null>();
  for (const [field, value] of Object.entries(row)) {
    if (value === null || typeof value === 'number') cells.set(field, value);
    else if (typeof value === 'object' && BREAKDOWNS.includes(field as never)) {
      for (const [key, count] of Object.entries(value as Record<string, number | null>)) cells.set(`${field}:${key}`, count);
    }
  }
  return cells;
}

// Exact linear algebra: integer rows with BigInt, reduced so every pivot column is zero elsewhere.
type Equation = Map<string, number>;

function reducedRowEchelon(rows: bigint[][], columns: number): bigint[][] {
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
  const normalize = (row: bigint[]) => {
    const divisor = row.reduce((acc, value) => gcd(acc, value), 0n);
    return divisor > 1n ? row.map((value) => value / divisor) : row;
  };
  const matrix = rows.map((row) => normalize([...row]));
  let pivotRow = 0;
  for (let column = 0; column < columns && pivotRow < matrix.length; column++) {
    const found = matrix.findIndex((row, index) => index >= pivotRow && row[column] !== 0n);
    if (found < 0) continue;
    [matrix[pivotRow], matrix[found]] = [matrix[found], matrix[pivotRow]];
    const pivot = matrix[pivotRow];
    for (let index = 0; index < matrix.length; index++) {
      const factor = matrix[index][column];
      if (index === pivotRow || factor === 0n) continue;
      matrix[index] = normalize(matrix[index].map((value, at) => value * pivot[column] - pivot[at] * factor));
    }
    pivotRow++;
  }
  return matrix.slice(0, pivotRow);
}

/**
 * Which unknowns the equations pin down. Published values are constants, so each equation is
 * restricted to the unknowns; an unknown i is determined exactly when e_i lies in the row space of
 * the restricted system, i.e. when the reduced row echelon form has a row whose only non-zero entry
 * is at i. Equations are split into independent groups first to keep the matrices small.
 */
function determinedUnknowns(equations: Equation[], isUnknown: (name: string) => boolean): string[] {
  const restricted = equations.map((equation) => [...equation].filter(([name, coefficient]) => coefficient !== 0 && isUnknown(name))).filter((terms) => terms.length > 0);
  const parent = new Map<string, string>();
  const find = (name: string): string => {
    let root = name;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(name, root);
    return root;
  };
  for (const terms of restricted) {
    for (const [name] of terms) if (!parent.has(name)) parent.set(name, name);
    for (const [name] of terms.slice(1)) parent.set(find(name), find(terms[0][0]));
  }
  const groups = new Map<string, (typeof restricted)[number][]>();
  for (const terms of restricted) {
    const root = find(terms[0][0]);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root)!.push(terms);
  }
  const determined: string[] = [];
  for (const group of groups.values()) {
    const names = [...new Set(group.flatMap((terms) => terms.map(([name]) => name)))];
    const column = new Map(names.map((name, index) => [name, index]));
    const rows = group.map((terms) => {
      const row = names.map(() => 0n);
      for (const [name, coefficient] of terms) row[column.get(name)!] += BigInt(coefficient);
      return row;
    });
    for (const row of reducedRowEchelon(rows, names.length)) {
      const nonZero = row.flatMap((value, index) => (value !== 0n ? [index] : []));
      if (nonZero.length === 1) determined.push(names[nonZero[0]]);
    }
  }
  return determined;
}

/**
 * Everything a reader of both answers knows, as equations: a quarter is the sum of its three months
 * for every measure (hours too, although rounding makes that only approximately so: treating it as
 * exact is the stricter test), and a period's kinds add up to its contacts (one kind per contact).
 * A month missing from the month answer inside a published quarter reads as zero, and so does every
 * month before the first contact (earlier answers showed nothing for them). Quantities a row does not
 * publish at all (a month's kinds when only quarters have them) are unknowns as well.
 */
function leaks(monthRows: Row[], quarterRows: Row[], firstMonthWithContacts = '', trueValue?: (period: string, measure: string) => number): string[] {
  const known = new Map<string, number>();
  const unknown = new Set<string>();
  const hidden = new Set<string>();
  const scalars = new Set<string>();
  for (const row of [...monthRows, ...quarterRows]) for (const name of cellsOf(row).keys()) if (!name.includes(':')) scalars.add(name);
  const measures = [...scalars, ...BREAKDOWNS.flatMap((dimension) => DIMENSIONS[dimension].map((key) => `${dimension}:${key}`))];
  const enter = (period: string, cells: Map<string, number | null> | undefined) => {
    for (const measure of measures) {
      const name = `${period} ${measure}`;
      const value = cells && period >= firstMonthWithContacts ? cells.get(measure) : 0;
      if (typeof value === 'number') known.set(name, value);
      else unknown.add(name);
      if (value === null) hidden.add(name);
    }
  };
  const monthCells = new Map(monthRows.map((row) => [row.period, cellsOf(row)]));
  for (const row of quarterRows) for (const month of monthsOfQuarter(row.period)) if (!monthCells.has(month)) enter(month, undefined);
  for (const [month, cells] of monthCells) enter(month, cells);
  for (const row of quarterRows) enter(row.period, cellsOf(row));

  const equations: Equation[] = [];
  for (const row of quarterRows) {
    for (const measure of measures) equations.push(new Map([[`${row.period} ${measure}`, 1], ...monthsOfQuarter(row.period).map((month) => [`${month} ${measure}`, -1] as [string, number])]));
  }
  const periods = new Set([...monthCells.keys(), ...quarterRows.flatMap((row) => [row.period, ...monthsOfQuarter(row.period)])]);
  if (scalars.has('contacts')) {
    for (const period of periods) equations.push(new Map([[`${period} contacts`, 1], ...CONTACT_KINDS.map((kind) => [`${period} kinds:${kind}`, -1] as [string, number])]));
  }
  // Sanity: the equations hold for the published numbers (a wrong equation would prove nothing).
  for (const equation of equations) {
    if ([...equation.keys()].every((name) => known.has(name)) && ![...equation.keys()].some((name) => name.includes('hours'))) {
      assert.equal([...equation].reduce((sum, [name, coefficient]) => sum + coefficient * known.get(name)!, 0), 0, `equation ${[...equation.keys()].join(' ')}`);
    }
  }
  // A hidden cell must never be determined. A number no row publishes (a month's kinds) may be, when
  // it is one the threshold would have let through anyway (March's kinds are the quarter's when
  // January and February are known to be empty).
  return determinedUnknowns(equations, (name) => unknown.has(name)).filter((name) => {
    if (hidden.has(name) || !trueValue) return true;
    const [period, measure] = name.split(' ');
    return trueValue(period, measure) < THRESHOLD;
  });
}

function publishedFor(contacts: ContactLog[], now: Date, weeksBack: number) {
  const clock = { now, weeksBack };
  return {
    months: buildStats(contacts, 'month', DIMENSIONS, clock as never) as unknown as Row[],
    quarters: buildStats(contacts, 'quarter', DIMENSIONS, clock as never) as unknown as Row[],
  };
}

test('property: over many random programs, nothing hidden can be worked out from all that the month and quarter answers publish', () => {
  const random = seededRandom(20261127);
  let hiddenCells = 0;
  let quartersWithHiddenMonths = 0;
  for (let round = 0; round < 400; round++) {
    const { contacts, now, weeksBack } = randomProgram(random);
    const { months, quarters } = publishedFor(contacts, now, weeksBack);
    const isTrue = truth(contacts);
    for (const row of [...months, ...quarters]) {
      for (const [measure, value] of cellsOf(row)) {
        if (value === null) {
          hiddenCells++;
          continue;
        }
        assert.equal(value, isTrue(row.period, measure), `round ${round}: ${row.period} ${measure} is published as the true number`);
        if (measure !== 'hours') assert.ok(value >= THRESHOLD, `round ${round}: ${row.period} ${measure} = ${value} is published although under ${THRESHOLD}`);
      }
    }
    quartersWithHiddenMonths += quarters.filter((row) => months.some((month) => monthsOfQuarter(row.period).includes(month.period) && month.contacts === null)).length;
    const determined = leaks(months, quarters, contacts.map((entry) => monthOfWeek(entry.week)).sort()[0], isTrue);
    assert.deepEqual(determined, [], `round ${round} (${contacts.length} contacts, now ${now.toISOString()}, ${weeksBack} weeks back): these hidden numbers can be worked out: ${determined.slice(0, 6).join(', ')}`);
  }
  // The generator must actually exercise suppression, or the property proves nothing.
  assert.ok(hiddenCells > 10_000, `only ${hiddenCells} hidden cells`);
  assert.ok(quartersWithHiddenMonths > 50, `only ${quartersWithHiddenMonths} published quarters with hidden months`);
});

test('property: a published number never changes, week after week, while contacts keep being logged in the weeks still open', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    const random = seededRandom(seed);
    const weeksBack = between(random, 0, 3);
    let now = new Date(Date.UTC(2026, between(random, 0, 11), between(random, 1, 28), between(random, 0, 23)));
    const contacts: ContactLog[] = [];
    const everPublished = new Map<string, string>();
    for (let step = 0; step < 40; step++) {
      // Entries for any week still open, as the server accepts them.
      for (let index = between(random, 0, 6); index > 0; index--) {
        const week = isoWeekUtc(new Date(now.getTime() - between(random, 0, weeksBack) * 7 * DAY));
        contacts.push(randomContact(random, week));
      }
      const { months, quarters } = publishedFor(contacts, now, weeksBack);
      for (const row of [...months, ...quarters]) {
        const earlier = everPublished.get(row.period);
        if (earlier) assert.equal(JSON.stringify(row), earlier, `seed ${seed}: ${row.period} changed on ${now.toISOString()}`);
        everPublished.set(row.period, JSON.stringify(row));
      }
      for (const period of everPublished.keys()) {
        assert.ok([...months, ...quarters].some((row) => row.period === period), `seed ${seed}: ${period} was published, then withdrawn`);
      }
      now = new Date(now.getTime() + between(random, 2, 9) * DAY);
    }
    assert.ok(everPublished.size > 3, `seed ${seed}: too little was published to prove anything`);
  }
});

// Through the real server: sample data is seeded into every new database, so tests start empty.
function withoutSampleContacts(dbFile: string) {
  const db = new Database(dbFile);
  db.prepare('DELETE FROM contacts').run();
  db.close();
}

async function statsApp(clock: { now: Date }, options: Parameters<typeof testApp>[0] = {}) {
  const made = await testApp({ now: () => clock.now, ...options });
  withoutSampleContacts(made.dbFile);
  return made;
}

/** The shared factory, for the week this test's clock stands in. */
const contact = (overrides: Partial<ContactLog> = {}): ContactLog => contactForThisWeek({ week: '2026-W48', ...overrides });

async function log(app: FastifyInstance, headers: Record<string, string>, entry: ContactLog) {
  return app.inject({ method: 'POST', url: '/api/contacts', headers: { ...headers, 'idempotency-key': entry.id }, payload: entry });
}

async function stats(app: FastifyInstance, headers: Record<string, string>, period: 'month' | 'quarter') {
  const response = await app.inject({ url: `/api/stats?period=${period}`, headers });
  assert.equal(response.statusCode, 200, response.body);
  return response.json() as { rows: Row[]; notYetPublished: { period: string; publishedFrom: string }[]; contactWeeksBack: number; threshold: number };
}

test('worked example: January 10, February 10, March 3 — nothing published gives March away, and March cannot be topped up later', async () => {
  const clock = { now: new Date('2027-01-13T10:00:00Z') };
  const { app, dbFile } = await statsApp(clock);
  const signedIn = async () => (await signIn(app, dbFile, 'coordinator', undefined, 'bearer', clock.now)).headers;
  const logWeek = async (week: string, count: number) => {
    const headers = await signedIn();
    for (let index = 0; index < count; index++) assert.equal((await log(app, headers, contact({ week, firstContact: index % 2 === 0 }))).statusCode, 201);
  };
  await logWeek('2027-W02', 10);
  clock.now = new Date('2027-02-17T10:00:00Z');
  await logWeek('2027-W07', 10);

  // Mid-March: January and February are published; March and the quarter are not, so what is logged
  // in March now cannot be read from two successive answers.
  clock.now = new Date('2027-03-20T10:00:00Z');
  let headers = await signedIn();
  const before = [await stats(app, headers, 'month'), await stats(app, headers, 'quarter')];
  assert.deepEqual(before[0].rows.map((row) => [row.period, row.contacts]), [['2027-01', 10], ['2027-02', 10]]);
  assert.deepEqual(before[0].notYetPublished, [{ period: '2027-03', publishedFrom: '2027-04-12T12:00:00.000Z' }]);
  assert.deepEqual(before[1].rows, []);
  assert.deepEqual(before[1].notYetPublished, [{ period: '2027-Q1', publishedFrom: '2027-04-12T12:00:00.000Z' }]);
  await logWeek('2027-W11', 3);
  headers = await signedIn();
  assert.deepEqual([await stats(app, headers, 'month'), await stats(app, headers, 'quarter')], before, 'logging into an open month changes nothing published');

  clock.now = new Date('2027-04-20T10:00:00Z');
  headers = await signedIn();
  const months = await stats(app, headers, 'month');
  const quarters = await stats(app, headers, 'quarter');
  assert.deepEqual(months.rows.map((row) => [row.period, row.contacts]), [['2027-01', 10], ['2027-02', 10], ['2027-03', null]]);
  const [q1] = quarters.rows;
  assert.equal(q1.period, '2027-Q1');
  assert.equal(q1.contacts, null, 'the quarter total would give March away (23 − 10 − 10)');
  for (const field of ['hours', 'peopleInContacts', 'newPeople']) assert.equal(q1[field], null, field);
  assert.deepEqual(leaks(months.rows, quarters.rows, '2027-01'), []);
  assert.deepEqual([...cellsOf(q1).values()].filter((value) => value !== null), [], 'the whole quarter is hidden with it');

  // Topping up the hidden month to read the difference: March is closed.
  const topUp = await log(app, headers, contact({ week: '2027-W11' }));
  assert.equal(topUp.statusCode, 422);
  assert.match(topUp.json().detail, /up to 2 weeks back/);
  assert.deepEqual([await stats(app, headers, 'month'), await stats(app, headers, 'quarter')], [months, quarters]);
});

test('contacts can be logged for this week and the two before it; older weeks, future weeks and weeks that do not exist are refused in plain words', async () => {
  const clock = { now: new Date('2026-11-27T17:00:00Z') }; // a Friday in 2026-W48
  const { app, dbFile } = await statsApp(clock);
  const { headers } = await signIn(app, dbFile, 'supporter', 'ana-rivera', 'bearer', clock.now);
  const kept = contact({ week: '2026-W46' });
  for (const week of ['2026-W48', '2026-W47']) assert.equal((await log(app, headers, contact({ week }))).statusCode, 201, week);
  assert.equal((await log(app, headers, kept)).statusCode, 201);
  const old = await log(app, headers, contact({ week: '2026-W45' }));
  assert.equal(old.statusCode, 422);
  assert.match(old.headers['content-type'] as string, /problem\+json/);
  assert.match(old.json().detail, /this week and up to 2 weeks back/);
  assert.match(old.json().detail, /never change/);
  const future = await log(app, headers, contact({ week: '2026-W49' }));
  assert.equal(future.statusCode, 422);
  assert.match(future.json().detail, /has not started yet/);
  assert.equal((await log(app, headers, contact({ week: '2025-W53' }))).statusCode, 422, '2025 has 52 weeks');

  // A resend of an entry that landed before its week closed is still answered as a replay.
  clock.now = new Date('2026-12-15T09:00:00Z');
  const { headers: later } = await signIn(app, dbFile, 'supporter', 'ana-rivera', 'bearer', clock.now);
  const replay = await log(app, later, kept);
  assert.equal(replay.statusCode, 200);
  assert.equal(replay.headers['idempotent-replayed'], 'true');

  // A program can shorten the window (CONTACT_WEEKS_BACK=0: this week only).
  const strict = await statsApp(clock, { contactWeeksBack: 0 });
  const { headers: strictHeaders } = await signIn(strict.app, strict.dbFile, 'supporter', 'ana-rivera', 'bearer', clock.now);
  assert.equal((await log(strict.app, strictHeaders, contact({ week: '2026-W51' }))).statusCode, 201);
  const lastWeek = await log(strict.app, strictHeaders, contact({ week: '2026-W50' }));
  assert.equal(lastWeek.statusCode, 422);
  assert.match(lastWeek.json().detail, /only for this week/);
});

test('open months and quarters are listed as not published yet, with the day their numbers appear', async () => {
  const clock = { now: new Date('2026-11-27T17:00:00Z') };
  const { app, dbFile } = await statsApp(clock);
  const { headers } = await signIn(app, dbFile, 'coordinator', undefined, 'bearer', clock.now);
  // October's last week (2026-W44) can no longer be logged; November's can.
  for (let index = 0; index < 6; index++) assert.equal((await log(app, headers, contact({ week: '2026-W46' }))).statusCode, 201);
  const months = await stats(app, headers, 'month');
  assert.equal(months.contactWeeksBack, 2);
  // October is listed (empty, hidden) before and after November's contacts arrive: a row never
  // appears only because contacts did.
  assert.deepEqual(months.rows, [{ period: '2026-10', contacts: null, hours: null, peopleInContacts: null, newPeople: null }]);
  assert.deepEqual(months.notYetPublished, [{ period: '2026-11', publishedFrom: '2026-12-14T12:00:00.000Z' }]);
  const quarters = await stats(app, headers, 'quarter');
  assert.deepEqual(quarters.notYetPublished, [{ period: '2026-Q4', publishedFrom: '2027-01-18T12:00:00.000Z' }]);

  clock.now = new Date('2026-12-14T12:00:00Z');
  const { headers: later } = await signIn(app, dbFile, 'coordinator', undefined, 'bearer', clock.now);
  const published = await stats(app, later, 'month');
  // October and November, every month of the quarter so a missing month never reads as zero.
  assert.deepEqual(published.rows.map((row) => [row.period, row.contacts]), [['2026-10', null], ['2026-11', 6]]);
  assert.deepEqual(published.notYetPublished.map((open) => open.period), ['2026-12']);
});

test('people are counted honestly: people in contacts counts every contact, people reached for the first time only first contacts', async () => {
  const clock = { now: new Date('2026-10-14T10:00:00Z') };
  const { app, dbFile } = await statsApp(clock);
  const { headers } = await signIn(app, dbFile, 'supporter', 'ana-rivera', 'bearer', clock.now);
  const entries = [
    ...Array.from({ length: 6 }, () => contact({ week: '2026-W42', firstContact: true })),
    ...Array.from({ length: 4 }, () => contact({ week: '2026-W42', kind: 'follow-up' })),
    contact({ week: '2026-W42', kind: 'group', people: 6, firstContact: true }),
    contact({ week: '2026-W42', kind: 'follow-up', firstContact: false }),
  ];
  for (const entry of entries) assert.equal((await log(app, headers, entry)).statusCode, 201, JSON.stringify(entry));
  const resend = await log(app, headers, { ...entries[0], firstContact: false });
  assert.equal(resend.statusCode, 422, 'the same key with a different answer is another entry');

  clock.now = new Date('2027-01-20T10:00:00Z');
  const coordinator = await signIn(app, dbFile, 'coordinator', undefined, 'bearer', clock.now);
  const [october] = (await stats(app, coordinator.headers, 'month')).rows.filter((row) => row.period === '2026-10');
  assert.equal(october.contacts, 12);
  assert.equal(october.peopleInContacts, 17, 'a person met twice counts twice');
  assert.equal(october.newPeople, 12);
  assert.equal(october.people, undefined, 'no field claims to count people reached');
});

test('stats are for coordinators; a program can open them to every signed-in supporter (STATS_READERS)', async () => {
  const clock = { now: new Date('2026-11-27T17:00:00Z') };
  const { app, dbFile } = await statsApp(clock);
  const supporter = await signIn(app, dbFile, 'supporter', 'ana-rivera', 'bearer', clock.now);
  const refused = await app.inject({ url: '/api/stats', headers: supporter.headers });
  assert.equal(refused.statusCode, 403);
  assert.match(refused.json().detail, /for coordinators/);
  const coordinator = await signIn(app, dbFile, 'coordinator', undefined, 'bearer', clock.now);
  assert.equal((await app.inject({ url: '/api/stats', headers: coordinator.headers })).statusCode, 200);
  assert.equal((await app.inject({ url: '/api/stats' })).statusCode, 401);

  const open = await statsApp(clock, { statsReaders: 'signed-in' });
  const reader = await signIn(open.app, open.dbFile, 'supporter', 'ana-rivera', 'bearer', clock.now);
  assert.equal((await open.app.inject({ url: '/api/stats', headers: reader.headers })).statusCode, 200);
});

// The 100,000-contact run happens in a worker thread, so that a quadratic implementation fails this
// test at its timeout instead of blocking the test runner (and its timer) for an hour.
test('100,000 contacts in one month: the stats answer comes in linear time', { timeout: 30_000 }, async (context) => {
  const dir = mkdtempSync(join(tmpdir(), 'peer-stats-load-'));
  const tsx = import.meta.resolve('tsx/esm/api');
  const job = new URL('./many-contacts.worker.ts', import.meta.url).href;
  const worker = new Worker(`import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(job)}, ${JSON.stringify(job)}))`, {
    eval: true,
    workerData: { count: 100_000, dbFile: join(dir, 'many.db') },
  });
  context.after(async () => {
    await worker.terminate();
    rmSync(dir, { recursive: true, force: true });
  });
  const result = await new Promise<{ status: number; september?: Row }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  assert.equal(result.status, 200);
  assert.equal(result.september?.contacts, 100_000);
});
