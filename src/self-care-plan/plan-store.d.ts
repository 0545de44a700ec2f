import type { StoredPlanRecord as StoredPlan } from '../core/storage.js';
export type { StoredPlan };
export type SaveOutcome = {
    outcome: 'saved';
    record: StoredPlan;
} | {
    outcome: 'conflict';
    current: StoredPlan;
} | {
    outcome: 'unavailable';
};
export declare class PlanStore {
    private readonly id;
    readonly memoryOnly: boolean;
    private readonly channel;
    private closed;
    /** `onChangedElsewhere` is told when another tab saved or deleted the plan with this id. */
    constructor(id: string, memoryOnly: boolean, onChangedElsewhere: (revision: number | undefined) => void);
    close(): void;
    /** Tells other tabs; a widget that already left the page has nobody to tell. */
    private notify;
    load(): Promise<StoredPlan | undefined>;
    /** Saves unless someone else saved since `expectedRevision` (0 = nothing saved yet). */
    save(contents: Pick<StoredPlan, 'encrypted' | 'plan' | 'sealed'>, expectedRevision: number): Promise<SaveOutcome>;
    /** Overwrites this plan's record, then removes it (see the note at the top for what stays out of reach). */
    remove(): Promise<boolean>;
}
