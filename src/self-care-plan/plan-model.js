/**
 * The self-care plan: its shape (a versioned JSON Schema, so exported files can be checked on import),
 * an empty plan, and the plain-text copy for pasting into an email to a therapist.
 */
import { conformRecord } from '../core/conform.js';
export const PLAN_FORMAT = 'peer-support-widgets/self-care-plan';
export const PLAN_VERSION = 1;
/** Largest plan file accepted for import. */
export const MAX_IMPORT_BYTES = 256 * 1024;
export const MAX_LIST_ENTRIES = 12;
export const LONG_TEXT = 1000;
export const SHORT_TEXT = 200;
export const CARE_ROLES = ['peer-supporter', 'primary-care', 'spiritual-guide', 'counselor', 'body-care', 'first-circle', 'other'];
const text = (maxLength) => ({ type: 'string', maxLength });
const person = {
    type: 'object',
    required: ['name', 'role', 'contact'],
    properties: { name: text(SHORT_TEXT), role: text(SHORT_TEXT), contact: text(SHORT_TEXT) },
};
export const PlanSchema = {
    type: 'object',
    required: ['format', 'version'],
    properties: {
        format: { type: 'string', const: PLAN_FORMAT },
        version: { type: 'integer', const: PLAN_VERSION },
        atMyBest: text(LONG_TEXT),
        signsINotice: text(LONG_TEXT),
        signsOthersNotice: text(LONG_TEXT),
        aTeam: { type: 'array', maxItems: MAX_LIST_ENTRIES, items: person },
        aTeamNeeds: text(LONG_TEXT),
        movement: text(LONG_TEXT),
        foods: { type: 'array', maxItems: MAX_LIST_ENTRIES, items: text(SHORT_TEXT) },
        sleep: text(LONG_TEXT),
        kindWords: text(LONG_TEXT),
        relaxation: text(LONG_TEXT),
        replenishes: text(LONG_TEXT),
        laughter: text(LONG_TEXT),
        careTeam: { type: 'array', maxItems: MAX_LIST_ENTRIES, items: person },
        callFirst: text(LONG_TEXT),
        ifBadNotes: text(LONG_TEXT),
        commitment: text(LONG_TEXT),
        signedName: text(SHORT_TEXT),
        signedDate: { type: 'string', maxLength: 10 },
    },
};
export function emptyPlan() {
    return {
        format: PLAN_FORMAT,
        version: PLAN_VERSION,
        atMyBest: '',
        signsINotice: '',
        signsOthersNotice: '',
        aTeam: [],
        aTeamNeeds: '',
        movement: '',
        foods: [],
        sleep: '',
        kindWords: '',
        relaxation: '',
        replenishes: '',
        laughter: '',
        careTeam: [],
        callFirst: '',
        ifBadNotes: '',
        commitment: '',
        signedName: '',
        signedDate: '',
    };
}
/** Reads a plan from storage or a file; `undefined` with the issues when it is not one of ours. */
export function readPlan(value) {
    const issues = [];
    const read = conformRecord(PlanSchema, value, issues);
    if (!read)
        return { issues };
    // Fresh objects only: nothing from the file (a __proto__ key, say) reaches a prototype.
    return { plan: { ...emptyPlan(), ...read }, issues };
}
export function isEmpty(plan) {
    return JSON.stringify(plan) === JSON.stringify(emptyPlan());
}
