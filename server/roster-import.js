/**
 * Reads a roster file (JSON or CSV) for `npm run roster:import`, checking every row against the
 * contract's Supporter schema. Returns the supporters, or every problem found with its line
 * number; the caller replaces the roster only when there are none.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { CHANNEL_KINDS, SupporterSchema } from '../src/core/contract.js';
import { elementStartLines, parseJsonFile } from './json-file.js';
import { validationProblem } from './validation-messages.js';
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const validateSupporter = ajv.compile({ ...SupporterSchema, $id: undefined });
/** The CSV columns, in the order the template uses. Lists are separated by semicolons. */
export const CSV_COLUMNS = ['id', 'displayName', 'pronouns', 'role', 'team', 'photoUrl', 'bio', 'experiences', 'languages', ...CHANNEL_KINDS, 'availability'];
export function readRosterFile(fileName, text, now = new Date()) {
    const rows = /\.csv$/i.test(fileName) ? csvRows(text, now) : jsonRows(text);
    if ('problems' in rows)
        return { ok: false, problems: rows.problems };
    const problems = [];
    const seen = new Map();
    for (const { line, value, problem } of rows.items) {
        if (problem) {
            problems.push({ line, message: problem });
            continue;
        }
        if (!validateSupporter(value)) {
            const { errors = [] } = validationProblem(validateSupporter.errors ?? []);
            for (const error of errors)
                problems.push({ line, message: error.message });
            continue;
        }
        const earlier = seen.get(value.id);
        if (earlier !== undefined)
            problems.push({ line, message: `The id "${value.id}" is already used on line ${earlier}.` });
        else
            seen.set(value.id, line);
    }
    if (rows.items.length === 0)
        problems.push({ line: 1, message: 'The file has no supporters in it.' });
    return problems.length ? { ok: false, problems } : { ok: true, supporters: rows.items.map((row) => row.value) };
}
/** `{ "items": [...] }` or a bare array; each record is reported by the line it starts on. */
function jsonRows(text) {
    const parsed = parseJsonFile(text);
    if (!parsed.ok)
        return { problems: [parsed.problem] };
    const list = Array.isArray(parsed.value) ? parsed.value : parsed.value?.items;
    if (!Array.isArray(list))
        return { problems: [{ line: 1, message: 'Expected a list of supporters, or an object with an "items" list.' }] };
    const starts = elementStartLines(text, Array.isArray(parsed.value) ? 1 : 2);
    return { items: list.map((value, index) => ({ line: starts[index] ?? 1, value })) };
}
/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text) {
    const records = [];
    let cells = [];
    let cell = '';
    let quoted = false;
    let line = 1;
    let recordLine = 1;
    const endRecord = () => {
        cells.push(cell);
        if (cells.some((value) => value.trim() !== ''))
            records.push({ line: recordLine, cells });
        cells = [];
        cell = '';
    };
    const source = text.replace(/^\uFEFF/, '');
    for (let index = 0; index < source.length; index++) {
        const char = source[index];
        if (quoted) {
            if (char === '"' && source[index + 1] === '"') {
                cell += '"';
                index++;
            }
            else if (char === '"')
                quoted = false;
            else {
                if (char === '\n')
                    line++;
                cell += char;
            }
        }
        else if (char === '"')
            quoted = true;
        else if (char === ',') {
            cells.push(cell);
            cell = '';
        }
        else if (char === '\n' || char === '\r') {
            if (char === '\r' && source[index + 1] === '\n')
                index++;
            endRecord();
            line++;
            recordLine = line;
        }
        else
            cell += char;
    }
    endRecord();
    return records;
}
function csvRows(text, now) {
    const [header, ...records] = parseCsv(text);
    if (!header)
        return { problems: [{ line: 1, message: 'The file is empty.' }] };
    const columns = header.cells.map((name) => name.trim());
    const unknown = columns.filter((name) => !CSV_COLUMNS.includes(name));
    const missing = ['id', 'displayName'].filter((name) => !columns.includes(name));
    if (unknown.length || missing.length) {
        const parts = [unknown.length ? `unknown column(s): ${unknown.join(', ')}` : '', missing.length ? `missing column(s): ${missing.join(', ')}` : ''];
        return { problems: [{ line: header.line, message: `The header row has ${parts.filter(Boolean).join('; ')}. Expected: ${CSV_COLUMNS.join(', ')}.` }] };
    }
    const list = (value) => value.split(';').map((item) => item.trim()).filter(Boolean);
    return {
        items: records.map(({ line, cells }) => {
            const row = Object.fromEntries(columns.map((name, index) => [name, (cells[index] ?? '').trim()]));
            const optional = (name) => (row[name] ? { [name]: row[name] } : {});
            const channels = CHANNEL_KINDS.filter((kind) => row[kind]).map((kind) => ({ kind, value: row[kind] }));
            if (cells.length > columns.length) {
                return { line, value: undefined, problem: `This row has ${cells.length} cells but the header has ${columns.length} columns (a comma outside quotes?).` };
            }
            const value = {
                id: row.id,
                displayName: row.displayName,
                ...optional('pronouns'),
                ...optional('role'),
                ...optional('team'),
                ...optional('photoUrl'),
                ...optional('bio'),
                experiences: list(row.experiences ?? ''),
                languages: list(row.languages ?? ''),
                channels,
                availability: { status: row.availability || 'off-duty', since: now.toISOString() },
            };
            return { line, value };
        }),
    };
}
