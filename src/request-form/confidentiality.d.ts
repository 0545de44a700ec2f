import type { ProgramPolicy } from '../core/contract.js';
export interface ConfidentialityContext {
    /** The backend's facts (`GET policy`); `undefined` when it does not say (or cannot be reached yet). */
    policy?: ProgramPolicy;
    /** Display name of the supporter chosen by name, if any. */
    supporterName?: string;
    notMyTeam: boolean;
}
/**
 * The confidentiality notice, built from the facts the server enforces (see server/visibility.ts),
 * so it never promises more than the backend does. Without those facts it assumes the most a
 * backend might allow. The limits are always stated; a program's own notes come after, never instead.
 */
export declare function confidentialityParagraphs({ policy, supporterName, notMyTeam }: ConfidentialityContext): string[];
