/** Reading JSON files a person made (roster and directory imports) with line numbers in every complaint. */
export interface RowProblem {
    line: number;
    message: string;
}
export declare function parseJsonFile(text: string): {
    ok: true;
    value: unknown;
} | {
    ok: false;
    problem: RowProblem;
};
/** Line numbers where each element of the first array at `arrayDepth` begins (JSON.parse keeps no positions). */
export declare function elementStartLines(text: string, arrayDepth: number): number[];
