import { createHash } from 'node:crypto';
import { CONTACT_KINDS, CONTACT_TOPICS, ContactLogSchema, REFERRAL_TARGETS, StatsSchema } from '../../src/core/contract.js';
import { requireAccount } from '../auth.js';
import { HttpProblem, problem } from '../problem.js';
import { problemResponses, ref } from '../schemas.js';
import { DEFAULT_CONTACT_WEEKS_BACK, MAX_CONTACT_WEEKS_BACK, publishStats, SUPPRESSION_THRESHOLD, weekRefusal } from '../stats.js';
export const activityRoutes = async (app, { accounts, contacts, now, contactWeeksBack = DEFAULT_CONTACT_WEEKS_BACK, statsReaders = 'coordinators' }) => {
    const signedIn = requireAccount(accounts, now);
    const weeksBack = Math.min(MAX_CONTACT_WEEKS_BACK, Math.max(0, Math.floor(contactWeeksBack)));
    const clock = () => ({ now: now(), weeksBack });
    // A supporter's own entries are part of every number; reading the numbers is a separate permission.
    const mayReadStats = async (request) => {
        if (statsReaders === 'coordinators' && request.account?.role !== 'coordinator') {
            throw new HttpProblem(problem(403, 'In this program the numbers are for coordinators, so this account cannot see them.'));
        }
    };
    app.post('/contacts', {
        onRequest: signedIn,
        schema: {
            summary: 'Log one support contact, anonymously',
            description: 'No names, no free text, no dates finer than the ISO week. Idempotency-Key must equal the body id. Only the current ISO week and the CONTACT_WEEKS_BACK weeks before it are accepted (422 otherwise), so published numbers never change.',
            tags: ['supporter side'],
            headers: { type: 'object', required: ['idempotency-key'], properties: { 'idempotency-key': { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } } },
            body: ref(ContactLogSchema),
            response: { 201: { type: 'object', properties: { id: { type: 'string' } } }, 200: { type: 'object', properties: { id: { type: 'string' } } }, ...problemResponses(400, 401, 403, 422) },
        },
    }, async (request, reply) => {
        const body = request.body;
        if (request.headers['idempotency-key'] !== body.id)
            throw new HttpProblem(problem(422, 'The Idempotency-Key header must equal the entry id.'));
        // firstContact joins the hash only when set, so entries stored before it existed still replay.
        const fields = [body.week, body.kind, body.origin, body.durationMinutes, body.people, [...body.topics].sort(), [...body.referredTo].sort(), ...(body.firstContact ? ['first contact'] : [])];
        const bodyHash = createHash('sha256').update(JSON.stringify(fields)).digest('hex');
        const replayed = contacts.transaction(() => {
            const earlier = contacts.findHash(body.id);
            if (earlier && earlier !== bodyHash)
                throw new HttpProblem(problem(422, 'This key was already used for a different entry.'));
            if (earlier)
                return true; // a resend of an entry that landed, even if its week has closed since
            const refusal = weekRefusal(body.week, clock());
            if (refusal)
                throw new HttpProblem(problem(422, refusal));
            contacts.insert(body, bodyHash);
            return false;
        });
        if (replayed)
            reply.header('Idempotent-Replayed', 'true');
        return reply.code(replayed ? 200 : 201).send({ id: body.id });
    });
    app.get('/stats', {
        onRequest: [signedIn, mayReadStats],
        schema: {
            summary: 'Program impact by closed month or quarter; small and revealing cells hidden on the server',
            description: 'Coordinators only unless STATS_READERS=signed-in. Published numbers never change; open periods are listed in notYetPublished.',
            tags: ['supporter side'],
            querystring: { type: 'object', additionalProperties: false, properties: { period: { type: 'string', enum: ['month', 'quarter'] } } },
            response: { 200: ref(StatsSchema), ...problemResponses(400, 401, 403) },
        },
    }, async (request) => {
        const period = request.query.period ?? 'month';
        const published = publishStats(contacts.each(), { kinds: CONTACT_KINDS, topics: CONTACT_TOPICS, referrals: REFERRAL_TARGETS }, clock());
        return {
            period,
            threshold: SUPPRESSION_THRESHOLD,
            contactWeeksBack: weeksBack,
            rows: period === 'month' ? published.months : published.quarters,
            notYetPublished: period === 'month' ? published.openMonths : published.openQuarters,
        };
    });
};
