import type { Supporter } from '../src/core/contract.js';
import type { RowProblem } from './json-file.js';
export type { RowProblem };
export type RosterReadResult = {
    ok: true;
    supporters: Supporter[];
} | {
    ok: false;
    problems: RowProblem[];
};
/** The CSV columns, in the order the template uses. Lists are separated by semicolons. */
export declare const CSV_COLUMNS: readonly ["id", "displayName", "pronouns", "role", "team", "photoUrl", "bio", "experiences", "languages", "phone", "text", "email", "video", "availability"];
export declare function readRosterFile(fileName: string, text: string, now?: Date): RosterReadResult;
/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export declare function parseCsv(text: string): {
    line: number;
    cells: string[];
}[];
