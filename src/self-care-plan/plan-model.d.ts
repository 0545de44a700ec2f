import type { ConformIssue } from '../core/conform.js';
export declare const PLAN_FORMAT = "peer-support-widgets/self-care-plan";
export declare const PLAN_VERSION = 1;
/** Largest plan file accepted for import. */
export declare const MAX_IMPORT_BYTES: number;
export declare const MAX_LIST_ENTRIES = 12;
export declare const LONG_TEXT = 1000;
export declare const SHORT_TEXT = 200;
export declare const CARE_ROLES: readonly ["peer-supporter", "primary-care", "spiritual-guide", "counselor", "body-care", "first-circle", "other"];
export type CareRole = (typeof CARE_ROLES)[number];
export interface PlanPerson {
    name: string;
    /** A-Team: how they help. Care team: which role. */
    role: string;
    contact: string;
}
export interface SelfCarePlan {
    format: typeof PLAN_FORMAT;
    version: typeof PLAN_VERSION;
    atMyBest: string;
    signsINotice: string;
    signsOthersNotice: string;
    aTeam: PlanPerson[];
    aTeamNeeds: string;
    movement: string;
    foods: string[];
    sleep: string;
    kindWords: string;
    relaxation: string;
    replenishes: string;
    laughter: string;
    careTeam: PlanPerson[];
    callFirst: string;
    ifBadNotes: string;
    commitment: string;
    signedName: string;
    signedDate: string;
}
export type PlanTextField = {
    [K in keyof SelfCarePlan]: SelfCarePlan[K] extends string ? (K extends 'format' ? never : K) : never;
}[keyof SelfCarePlan];
export declare const PlanSchema: {
    readonly type: "object";
    readonly required: readonly ["format", "version"];
    readonly properties: {
        readonly format: {
            readonly type: "string";
            readonly const: "peer-support-widgets/self-care-plan";
        };
        readonly version: {
            readonly type: "integer";
            readonly const: 1;
        };
        readonly atMyBest: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly signsINotice: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly signsOthersNotice: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly aTeam: {
            readonly type: "array";
            readonly maxItems: 12;
            readonly items: {
                readonly type: "object";
                readonly required: readonly ["name", "role", "contact"];
                readonly properties: {
                    readonly name: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly role: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly contact: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                };
            };
        };
        readonly aTeamNeeds: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly movement: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly foods: {
            readonly type: "array";
            readonly maxItems: 12;
            readonly items: {
                readonly type: "string";
                readonly maxLength: number;
            };
        };
        readonly sleep: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly kindWords: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly relaxation: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly replenishes: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly laughter: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly careTeam: {
            readonly type: "array";
            readonly maxItems: 12;
            readonly items: {
                readonly type: "object";
                readonly required: readonly ["name", "role", "contact"];
                readonly properties: {
                    readonly name: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly role: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                    readonly contact: {
                        readonly type: "string";
                        readonly maxLength: number;
                    };
                };
            };
        };
        readonly callFirst: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly ifBadNotes: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly commitment: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly signedName: {
            readonly type: "string";
            readonly maxLength: number;
        };
        readonly signedDate: {
            readonly type: "string";
            readonly maxLength: 10;
        };
    };
};
export declare function emptyPlan(): SelfCarePlan;
/** Reads a plan from storage or a file; `undefined` with the issues when it is not one of ours. */
export declare function readPlan(value: unknown): {
    plan?: SelfCarePlan;
    issues: ConformIssue[];
};
export declare function isEmpty(plan: SelfCarePlan): boolean;
