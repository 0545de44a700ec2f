import type { PlanTextField, SelfCarePlan } from './plan-model.js';
export type PlanField = {
    kind: 'long' | 'short' | 'date';
    name: PlanTextField;
    label: string;
    limit: number;
} | {
    kind: 'people';
    name: 'aTeam' | 'careTeam';
    label: string;
    listLabel: string;
    roleLabel: string;
} | {
    kind: 'items';
    name: 'foods';
    label: string;
};
export interface PlanSection {
    key: string;
    title: string;
    prompt: string;
    example: string;
    fields: PlanField[];
}
export declare function planSections(): PlanSection[];
export declare function careRoleLabel(role: string): string;
/** A readable copy for pasting into an email to a therapist: headings, then only what was written. */
export declare function planAsText(plan: SelfCarePlan, crisisLine: string): string;
