export declare const median: (values: number[]) => number;
/** The median time between animation frames on this machine, now. */
export declare function measureFrame(): Promise<number>;
type Policy = {
    createHTML(input: string): string;
};
export declare const baselinePolicy: Policy;
export declare const escape: (text: unknown) => string;
export {};
