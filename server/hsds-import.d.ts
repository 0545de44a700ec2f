import type { Resource } from '../src/core/contract.js';
import type { RowProblem } from './json-file.js';
export interface HsdsImportResult {
    resources: Resource[];
    errors: RowProblem[];
    notes: string[];
}
export declare function readHsdsExport(fileText: string, today?: Date): HsdsImportResult;
