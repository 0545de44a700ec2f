import type { PeerSelfCarePlan } from '../../src/self-care-plan/self-care-plan.js';
import type { StoredPlan } from '../../src/self-care-plan/plan-store.js';
export declare const root: (plan: PeerSelfCarePlan) => ShadowRoot;
export declare const $: <T extends Element = HTMLElement>(plan: PeerSelfCarePlan, selector: string) => T;
export declare const byLabel: (plan: PeerSelfCarePlan, label: string) => HTMLInputElement | HTMLTextAreaElement;
export declare const button: (plan: PeerSelfCarePlan, text: string) => HTMLButtonElement;
export declare function type(plan: PeerSelfCarePlan, label: string, value: string): Promise<void>;
export declare function storedRecord(id: string): Promise<StoredPlan | undefined>;
export declare const uniqueId: () => string;
/** Every record of every object store of every IndexedDB database of this origin, as text. */
export declare function everythingStored(): Promise<string>;
export interface RecordedWrite {
    store: string;
    op: 'put' | 'add' | 'delete' | 'clear';
    /** The value written (JSON), or the key deleted. */
    text: string;
}
/**
 * Records every IndexedDB write made on this page until `stop()`, including ones that a later write
 * in the same transaction replaces. The writes themselves still happen, unchanged.
 */
export declare function recordWrites(): {
    writes: RecordedWrite[];
    stop: () => void;
};
/** What another tab writes when it locks a plan (few PBKDF2 rounds, to keep tests fast; the element reads the count from the record). */
export declare function lockedContents(plan: unknown, passphrase: string): Promise<Pick<StoredPlan, 'encrypted' | 'sealed'>>;
/** Saves the way another tab (or window) does, telling open plans with this id. */
export declare function saveAsAnotherTab(id: string, contents: Pick<StoredPlan, 'encrypted' | 'plan' | 'sealed'>, expectedRevision: number): Promise<StoredPlan>;
/** Opens a locked plan with its passphrase, as a person does. */
export declare function unlock(plan: PeerSelfCarePlan, passphrase: string): Promise<void>;
