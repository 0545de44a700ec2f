/** The file named on the command line and its text; prints `usage` (exit 2) when it cannot be read. */
export declare function readFileArgument(usage: string): {
    file: string;
    text: string;
};
