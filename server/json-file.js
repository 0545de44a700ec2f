/** Reading JSON files a person made (roster and directory imports) with line numbers in every complaint. */
export function parseJsonFile(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch (error) {
        const position = Number(/position (\d+)/.exec(String(error))?.[1]);
        const line = Number.isFinite(position) ? text.slice(0, position).split('\n').length : 1;
        return { ok: false, problem: { line, message: `This is not valid JSON (${error.message.split('\n')[0]}).` } };
    }
}
/** Line numbers where each element of the first array at `arrayDepth` begins (JSON.parse keeps no positions). */
export function elementStartLines(text, arrayDepth) {
    const lines = [];
    let depth = 0;
    let line = 1;
    let inString = false;
    let expectingElement = false;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (char === '\n')
            line++;
        if (inString) {
            if (char === '\\')
                index++;
            else if (char === '"')
                inString = false;
            continue;
        }
        if (/\s/.test(char))
            continue;
        if (depth === arrayDepth && expectingElement && char !== ']')
            lines.push(line);
        expectingElement = false;
        if (char === '"')
            inString = true;
        else if (char === '{' || char === '[') {
            depth++;
            expectingElement = char === '[' && depth === arrayDepth;
        }
        else if (char === '}' || char === ']')
            depth--;
        else if (char === ',' && depth === arrayDepth)
            expectingElement = true;
    }
    return lines;
}
