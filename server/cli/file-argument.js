import { readFileSync } from 'node:fs';
/** The file named on the command line and its text; prints `usage` (exit 2) when it cannot be read. */
export function readFileArgument(usage) {
    const file = process.argv[2];
    if (!file) {
        console.error(usage);
        process.exit(2);
    }
    try {
        return { file, text: readFileSync(file, 'utf8') };
    }
    catch (error) {
        console.error(`Could not read ${file}: ${error.message}`);
        process.exit(2);
    }
}
