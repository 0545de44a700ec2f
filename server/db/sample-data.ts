/**
 * Clearly fictional sample data, written into a new database once (a `meta` row remembers it, so
 * a coordinator who later empties a table does not get the samples back). Phone numbers are in the
 * 555-01xx range, addresses on example.org.
 */
import type { Resource, Supporter } from '../../src/core/contract.js';
import type { Store } from './store.js';
import { createHash } from 'node:crypto';
import { CONTACT_ORIGINS } from '../../src/core/contract.js';
import type { ContactLog } from '../../src/core/contract.js';

const hoursAgo = (now: Date, hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();

type SupporterSeed = Omit<Supporter, 'availability'> & { status: Supporter['availability']['status']; hoursAgo: number };

const SUPPORTERS: SupporterSeed[] = [
  { id: 'ana-rivera', displayName: 'Ana Rivera-Example', pronouns: 'she/her', role: 'Paramedic', team: 'Medic 7 – A shift', photoUrl: '/photos/ana-rivera.svg', bio: 'Fourteen years on the ambulance and a mom of two. I know how hard it is to switch off after a rough call.', experiences: ['new parent', 'critical incident', 'shift-work sleep'], languages: ['en', 'es'], channels: [{ kind: 'phone', value: '555-0101' }, { kind: 'text', value: '555-0101' }], status: 'available', hoursAgo: 1 },
  { id: 'ben-okafor', displayName: 'Ben Okafor-Sample', pronouns: 'he/him', role: 'Dispatcher', team: 'Dispatch – nights', bio: 'Army veteran, then twelve years on the dispatch floor. Some calls stay with you; you do not have to carry them alone.', experiences: ['veteran', 'critical incident'], languages: ['en'], channels: [{ kind: 'phone', value: '555-0102' }, { kind: 'email', value: 'ben.okafor@example.org' }], status: 'on-break', hoursAgo: 0.5 },
  { id: 'chi-nguyen', displayName: 'Chí Nguyen-Demo', pronouns: 'she/her', role: 'ICU nurse', team: 'ICU nursing', photoUrl: '/photos/chi-nguyen.svg', bio: 'Night-shift ICU nurse for twenty years. I lost my father last spring and learned a lot about grief at work.', experiences: ['grief', 'caregiver of a parent'], languages: ['en', 'vi'], channels: [{ kind: 'video', value: 'https://video.example.org/chi-nguyen' }, { kind: 'text', value: '555-0103' }], status: 'off-duty', hoursAgo: 9 },
  { id: 'dee-harper', displayName: 'Dee Harper-Placeholder', pronouns: 'they/them', role: 'Firefighter/EMT', team: 'Station 4 – B shift', bio: 'Firefighter for eight years. Happy to talk about being out at work, or anything else.', experiences: ['LGBTQ+', 'veteran'], languages: ['en', 'ase'], channels: [{ kind: 'text', value: '555-0104' }, { kind: 'video', value: 'https://video.example.org/dee-harper', label: 'ASL welcome' }], status: 'busy', hoursAgo: 2 },
  { id: 'eli-brooks', displayName: 'Eli Brooks-Fictional', pronouns: 'he/him', role: 'Captain', team: 'Station 2 – C shift', bio: 'Twenty-two years in the fire service. In recovery from alcohol use for nine of them, and glad to say so.', experiences: ['recovery from alcohol use', 'line-of-duty death'], languages: ['en'], channels: [{ kind: 'phone', value: '555-0105' }], status: 'available', hoursAgo: 3 },
  { id: 'fatima-haddad', displayName: 'Fatima Haddad-Example', pronouns: 'she/her', role: 'Crisis counselor', team: 'Behavioral health crisis team', bio: 'I sit with people on their worst days, and I know what that costs. Peer support helped me; I want to pay it forward.', experiences: ['secondary trauma', 'divorce'], languages: ['en', 'ar', 'fr'], channels: [{ kind: 'email', value: 'fatima.haddad@example.org' }, { kind: 'video', value: 'https://video.example.org/fatima-haddad' }], status: 'available', hoursAgo: 0.25 },
  { id: 'gabe-santos', displayName: 'Gabe Santos-Sample', pronouns: 'he/him', role: 'Police officer', team: 'Patrol – District 3', bio: 'Patrol officer and dad. Went through a divorce during a hard year on the job; talking helped.', experiences: ['divorce', 'critical incident', 'new parent'], languages: ['en', 'es', 'pt'], channels: [{ kind: 'phone', value: '555-0107' }, { kind: 'text', value: '555-0107' }], status: 'off-duty', hoursAgo: 14 },
  { id: 'hana-kim', displayName: 'Hana Kim-Demo', pronouns: 'she/they', role: 'Emergency department nurse', team: 'Emergency department', bio: 'ER nurse who has lived with chronic back pain since an injury at work. Ask me about getting back after an injury.', experiences: ['chronic pain or injury', 'shift-work sleep'], languages: ['en', 'ko'], channels: [{ kind: 'text', value: '555-0108' }], status: 'available', hoursAgo: 4 },
  { id: 'ike-mensah', displayName: 'Ike Mensah-Placeholder', pronouns: 'he/him', role: 'Chaplain liaison', team: 'Wellness office', photoUrl: '/photos/ike-mensah.svg', bio: 'Former medic, now the link between crews and the chaplains. Faith is welcome in our talks, never required.', experiences: ['grief', 'line-of-duty death', 'veteran'], languages: ['en', 'fr'], channels: [{ kind: 'phone', value: '555-0109' }, { kind: 'email', value: 'ike.mensah@example.org' }], status: 'busy', hoursAgo: 1.5 },
  { id: 'jo-lindqvist', displayName: 'Jo Lindqvist-Fictional', pronouns: 'she/her', role: 'Call-taker', team: 'Dispatch – days', bio: 'Call-taker and caregiver for my mother. I know the juggle of shifts and family.', experiences: ['caregiver of a parent', 'critical incident'], languages: ['en', 'sv'], channels: [{ kind: 'phone', value: '555-0110' }, { kind: 'text', value: '555-0110' }, { kind: 'email', value: 'jo.lindqvist@example.org' }], status: 'available', hoursAgo: 0.75 },
  { id: 'kai-tupou', displayName: 'Kai Tupou-Example', pronouns: 'he/him', role: 'Engineer', team: 'Station 4 – B shift', bio: 'Engineer on B shift. Lost a crewmate in 2019. Here to listen, no judgment.', experiences: ['line-of-duty death', 'grief'], languages: ['en', 'to'], channels: [{ kind: 'text', value: '555-0111' }], status: 'on-break', hoursAgo: 0.3 },
  { id: 'lupe-ramos', displayName: 'Lupe Ramos-Sample', pronouns: 'she/her', role: 'Psychiatric technician', team: 'Behavioral health inpatient', bio: 'Psych tech and first-generation college grad. Happy to talk in English, Spanish or Tagalog.', experiences: ['secondary trauma', 'new parent'], languages: ['en', 'es', 'tl'], channels: [{ kind: 'phone', value: '555-0112' }, { kind: 'video', value: 'https://video.example.org/lupe-ramos' }], status: 'available', hoursAgo: 2.5 },
];

const RESOURCES: Resource[] = [
  { id: '988-lifeline', name: '988 Suicide & Crisis Lifeline', category: 'crisis-line', description: 'Free, confidential support for anyone in emotional distress or suicidal crisis, and for people worried about someone else.', phones: [{ number: '988', kind: 'voice' }, { number: '988', kind: 'text' }], url: 'https://988lifeline.org/', hours: { is24x7: true }, confidential: true, cost: 'free', languages: ['en', 'es'], audiences: ['staff', 'family', 'retirees'], verifiedOn: '2026-10-01' },
  { id: 'crisis-text-line', name: 'Crisis Text Line', category: 'crisis-line', description: 'Text with a trained crisis counselor, any time.', phones: [{ number: '741741', kind: 'text', label: 'Text HOME' }], url: 'https://www.crisistextline.org/', hours: { is24x7: true }, confidential: true, cost: 'free', languages: ['en', 'es'], audiences: ['staff', 'family', 'retirees'], verifiedOn: '2026-09-15' },
  { id: 'first-responder-line', name: 'Frontline Peer Line (fictional)', category: 'crisis-line', description: 'A confidential line answered by retired first responders and their families.', phones: [{ number: '555-0190', kind: 'voice' }], url: 'https://frontline-line.example.org/', hours: { is24x7: true }, confidential: true, cost: 'free', languages: ['en'], audiences: ['staff', 'family', 'retirees'], verifiedOn: '2026-08-20' },
  { id: 'northwind-eap', name: 'Northwind Employee Assistance Program', category: 'eap', description: 'Up to eight free counseling sessions a year for you and your household, plus help with childcare, eldercare and legal questions.', phones: [{ number: '555-0150', kind: 'voice' }], url: 'https://eap.example.org/', hours: { is24x7: true, note: 'Counselor on call 24/7; appointments weekdays.' }, confidential: true, cost: 'covered', costNote: 'Paid by the county; nothing on your record.', languages: ['en', 'es', 'vi'], audiences: ['staff', 'family'], verifiedOn: '2026-11-02' },
  { id: 'department-chaplain', name: 'Department Chaplains', category: 'chaplain', description: 'Chaplains of several faiths, and none, who ride along, visit stations and sit with families.', phones: [{ number: '555-0160', kind: 'voice' }, { number: '555-0160', kind: 'text' }], email: 'chaplains@example.org', hours: { is24x7: true }, confidential: true, cost: 'free', languages: ['en', 'es'], audiences: ['staff', 'family', 'retirees'], verifiedOn: '2026-06-30' },
  { id: 'harbor-counseling', name: 'Harbor Counseling Collective (fictional)', category: 'counseling', description: 'Therapists trained in trauma care who understand shift work and first-responder culture.', phones: [{ number: '555-0170', kind: 'voice' }], url: 'https://harbor-counseling.example.org/', hours: { is24x7: false, timeZone: 'America/Chicago', schedule: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '08:00', closes: '19:00' })) }, confidential: true, cost: 'covered', costNote: 'Most county health plans; sliding scale otherwise.', languages: ['en', 'es'], audiences: ['staff', 'family'], verifiedOn: '2026-09-01' },
  { id: 'grief-circle', name: 'After the Call: Grief Circle', category: 'support-group', description: 'A monthly circle for anyone grieving a colleague, a patient or a family member.', phones: [], url: 'https://grief-circle.example.org/', hours: { is24x7: false, timeZone: 'America/Chicago', schedule: [{ day: 2, opens: '18:30', closes: '20:00' }], note: 'Second Tuesday of each month.' }, confidential: true, cost: 'free', languages: ['en'], audiences: ['staff', 'family', 'retirees'], verifiedOn: '2025-07-10' },
  { id: 'families-group', name: 'Families of the Line', category: 'support-group', description: 'Partners and families of first responders supporting each other, with childcare on site.', phones: [{ number: '555-0175', kind: 'text' }], hours: { is24x7: false, timeZone: 'America/Chicago', schedule: [{ day: 6, opens: '10:00', closes: '12:00' }] }, confidential: true, cost: 'free', languages: ['en', 'es'], audiences: ['family'], verifiedOn: '2026-03-12' },
  { id: 'sober-shift', name: 'Sober Shift Meeting', category: 'support-group', description: 'A recovery meeting for first responders, friendly to 12-step and other paths, at times that fit shift work.', phones: [], url: 'https://sober-shift.example.org/', hours: { is24x7: false, timeZone: 'America/Chicago', schedule: [{ day: 1, opens: '07:30', closes: '08:30' }, { day: 4, opens: '19:00', closes: '20:00' }] }, confidential: true, cost: 'free', languages: ['en'], audiences: ['staff', 'retirees'], verifiedOn: '2026-10-20' },
  { id: 'credit-union-counseling', name: 'Credit Union Financial Counseling (fictional)', category: 'financial', description: 'Free one-on-one help with debt, budgets and unexpected expenses.', phones: [{ number: '555-0180', kind: 'voice' }], url: 'https://finance-help.example.org/', hours: { is24x7: false, timeZone: 'America/Chicago', schedule: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '09:00', closes: '17:00' })) }, confidential: true, cost: 'free', languages: ['en', 'es'], audiences: ['staff', 'family'], verifiedOn: '2025-05-02' },
  { id: 'legal-aid', name: 'Public Servants Legal Aid (fictional)', category: 'legal', description: 'Advice on family law, wills and workers’ compensation for public employees.', phones: [{ number: '555-0185', kind: 'voice' }], email: 'help@legal-aid.example.org', hours: { is24x7: false, timeZone: 'America/Chicago', schedule: [2, 4].map((day) => ({ day, opens: '12:00', closes: '18:00' })) }, confidential: true, cost: 'low-cost', languages: ['en'], audiences: ['staff', 'family', 'retirees'], verifiedOn: '2026-02-14' },
  { id: 'veterans-line', name: 'Veterans Crisis Line', category: 'crisis-line', description: 'For veterans, service members and the people who support them. Dial 988 and press 1.', phones: [{ number: '988', kind: 'voice', label: 'then press 1' }, { number: '838255', kind: 'text' }], url: 'https://www.veteranscrisisline.net/', hours: { is24x7: true }, confidential: true, cost: 'free', languages: ['en'], audiences: ['staff', 'family', 'retirees'], verifiedOn: '2026-10-01' },
];

export async function seedSampleDataOnce(store: Store, now: Date): Promise<void> {
  const seeded = await store.sql.get("SELECT value FROM meta WHERE key = 'sample-data'");
  if (seeded) return;
  await store.transaction(async (tx) => {
    await tx.supporters.upsert(
      SUPPORTERS.map(({ status, hoursAgo: hours, ...supporter }) => ({ ...supporter, availability: { status, since: hoursAgo(now, hours) } })),
      now,
    );
    // Every sample supporter has an account (sign in with `accounts:create -- --account <id>`), so
    // the demo's roster offers each of them for requests.
    for (const supporter of SUPPORTERS) await tx.accounts.create({ role: 'supporter', supporterId: supporter.id, displayName: supporter.displayName }, now);
    await tx.resources.replaceAll(RESOURCES, now);
    await seedSampleContacts(tx, now);
    await tx.sql.run("INSERT INTO meta (key, value) VALUES ('sample-data', ?)", [now.toISOString()]);
  });
}

/**
 * Stats: fictional contacts for the demo's impact page, from the start of the quarter two quarters
 * back until three weeks ago, so that closed months and quarters have numbers (some of them hidden).
 * Ids start with `sample-` (a real entry's id is a UUID): a program going live removes them with
 * `DELETE FROM contacts WHERE id LIKE 'sample-%'` before anyone reads its numbers.
 */
async function seedSampleContacts(store: Store, now: Date): Promise<void> {
  const day = 86_400_000;
  let state = 20_261_127;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(weighted: [T, number][]) => {
    let roll = random() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
    return (weighted.find(([, weight]) => (roll -= weight) < 0) ?? weighted[0])[0];
  };
  const isoWeek = (date: Date) => {
    const thursday = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) + (3 - ((date.getUTCDay() + 6) % 7)) * day);
    const number = Math.floor((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / (7 * day)) + 1;
    return `${thursday.getUTCFullYear()}-W${String(number).padStart(2, '0')}`;
  };
  const quarterStart = Date.UTC(now.getUTCFullYear(), Math.floor(now.getUTCMonth() / 3) * 3 - 6, 1);
  // The first week whose Thursday is in that quarter (ISO: the Thursday decides the month).
  let firstMonday = quarterStart - ((new Date(quarterStart).getUTCDay() + 6) % 7) * day;
  if (firstMonday + 3 * day < quarterStart) firstMonday += 7 * day;
  let count = 0;
  for (let monday = firstMonday; monday < now.getTime() - 3 * 7 * day; monday += 7 * day) {
    const week = isoWeek(new Date(monday));
    for (let index = 3 + Math.floor(random() * 6); index > 0; index--) {
      const kind = pick<ContactLog['kind']>([['one-on-one', 45], ['follow-up', 20], ['defusing', 8], ['family', 8], ['referral', 8], ['group', 6], ['debriefing', 5]]);
      const topics = [...new Set([pick<ContactLog['topics'][number]>([['work-stress', 30], ['critical-incident', 20], ['burnout', 14], ['family', 10], ['grief', 9], ['relationships', 8], ['health', 5], ['other', 4]]), ...(random() < 0.3 ? [pick<ContactLog['topics'][number]>([['burnout', 1], ['health', 1], ['financial', 1]])] : [])])];
      const entry: ContactLog = {
        id: `sample-${String(++count).padStart(4, '0')}`,
        week,
        kind,
        origin: CONTACT_ORIGINS[Math.floor(random() * CONTACT_ORIGINS.length)],
        durationMinutes: 15 * (1 + Math.floor(random() * (kind === 'group' || kind === 'debriefing' ? 8 : 4))),
        people: kind === 'group' || kind === 'debriefing' ? 3 + Math.floor(random() * 8) : 1,
        topics,
        referredTo: [pick<ContactLog['referredTo'][number]>([['none', 70], ['eap', 12], ['counselor', 9], ['chaplain', 5], ['medical', 3], ['crisis-line', 1]])],
        firstContact: kind !== 'follow-up' && random() < 0.6,
      };
      await store.contacts.insert(entry, createHash('sha256').update(entry.id).digest('hex'));
    }
  }
}
