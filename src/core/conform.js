/**
 * Makes data from a backend safe to use, guided by the contract's JSON Schemas (`contract.ts`).
 *
 * A portal may send anything: a number where text belongs, a 100 KB bio, a list that is not a list,
 * `"Available"` where the contract says `available`, a status it invented. Widgets must show what
 * they safely can and never break, so this is a tolerant reader, not a validator: it keeps what
 * fits, trims what is too long, turns numbers into text, reads case and spacing variants of known
 * values (`"On Break"` as `on-break`), puts a stand-in that claims nothing in place of a required
 * value it cannot read (see `read-fallbacks.ts`), drops other unusable fields one by one, and reports
 * every change as an issue for IT to read in the console. Only a record without a usable id or name
 * (or another required field with no stand-in) is dropped whole.
 */
import { PeerBadResponseError } from './errors.js';
import { LEAVE_OUT, READ_FALLBACKS } from './read-fallbacks.js';
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const allowsNull = (schema) => Array.isArray(schema.type) && schema.type.includes('null');
const UNUSABLE = Symbol('unusable');
const patternCache = new Map();
function matches(pattern, value) {
    let regex = patternCache.get(pattern);
    if (!regex)
        patternCache.set(pattern, (regex = new RegExp(pattern, 'u')));
    return regex.test(value);
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Known values compared without case and with spaces or underscores as hyphens: "On Break" is on-break. */
const enumKey = (text) => text.trim().toLowerCase().replace(/[\s_]+/g, '-');
const quoted = (text) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
function conformString(schema, value, path, issues) {
    let text;
    if (typeof value === 'string')
        text = value;
    else if (typeof value === 'number' && Number.isFinite(value)) {
        text = String(value);
        issues.push({ path, message: 'expected text, got a number; shown as text' });
    }
    else {
        issues.push({ path, message: `expected text, got ${describe(value)}` });
        return UNUSABLE;
    }
    if (schema.enum && !schema.enum.includes(text)) {
        const wanted = enumKey(text);
        const known = schema.enum.find((option) => typeof option === 'string' && enumKey(option) === wanted);
        if (known === undefined) {
            issues.push({ path, message: `${quoted(text)} is not one of ${schema.enum.join(', ')}` });
            return UNUSABLE;
        }
        issues.push({ path, message: `${quoted(text)} read as "${known}"` });
        text = known;
    }
    if (schema.maxLength !== undefined && text.length > schema.maxLength) {
        issues.push({ path, message: `longer than ${schema.maxLength} characters; cut short` });
        text = text.slice(0, schema.maxLength);
    }
    if ((schema.minLength !== undefined && text.length < schema.minLength) || (schema.pattern && !matches(schema.pattern, text))) {
        issues.push({ path, message: 'text in an unexpected form' });
        return UNUSABLE;
    }
    if ((schema.format === 'date-time' || schema.format === 'date') && Number.isNaN(Date.parse(text))) {
        issues.push({ path, message: 'not a date' });
        return UNUSABLE;
    }
    return text;
}
function conformNumber(schema, value, path, issues) {
    const ok = typeof value === 'number' &&
        Number.isFinite(value) &&
        (schema.type !== 'integer' || Number.isInteger(value)) &&
        (schema.minimum === undefined || value >= schema.minimum) &&
        (schema.maximum === undefined || value <= schema.maximum);
    if (!ok)
        issues.push({ path, message: `expected a ${schema.type} in range, got ${describe(value)}` });
    return ok ? value : UNUSABLE;
}
function conformArray(schema, value, path, issues) {
    if (!Array.isArray(value)) {
        issues.push({ path, message: `expected a list, got ${describe(value)}` });
        return UNUSABLE;
    }
    const limit = schema.maxItems ?? Infinity;
    if (value.length > limit)
        issues.push({ path, message: `more than ${limit} entries; the rest are left out` });
    const kept = [];
    for (let index = 0; index < value.length && kept.length < limit; index++) {
        const item = schema.items ? conformValue(schema.items, value[index], `${path}[${index}]`, issues) : value[index];
        if (item !== UNUSABLE)
            kept.push(item);
        else
            noteFallback(issues, `${path}[${index}]`, true, 'left out');
    }
    return kept;
}
/** `name` says where the schema sits in the contract (`Resource`, `Resource.hours`), for its stand-ins. */
function conformObject(schema, value, path, issues, name) {
    if (!isPlainObject(value)) {
        issues.push({ path, message: `expected a record, got ${describe(value)}` });
        return UNUSABLE;
    }
    const required = new Set(schema.required ?? []);
    const result = {};
    for (const [key, propertySchema] of Object.entries(schema.properties ?? {})) {
        const childPath = path ? `${path}.${key}` : key;
        const present = Object.hasOwn(value, key) && value[key] !== undefined && (value[key] !== null || allowsNull(propertySchema));
        const childName = typeof propertySchema.$id === 'string' ? propertySchema.$id : name && `${name}.${key}`;
        const conformed = present ? conformValue(propertySchema, value[key], childPath, issues, childName) : UNUSABLE;
        const fallback = conformed === UNUSABLE && (present || required.has(key)) && childName ? READ_FALLBACKS.get(childName) : undefined;
        if (conformed !== UNUSABLE) {
            result[key] = conformed;
        }
        else if (fallback) {
            // One unreadable value must not cost the whole record: a stand-in that claims nothing.
            const standIn = fallback();
            noteFallback(issues, childPath, present, standIn === LEAVE_OUT ? 'left out' : `shown as ${JSON.stringify(standIn)}`);
            if (standIn !== LEAVE_OUT)
                result[key] = standIn;
        }
        else if (!required.has(key)) {
            if (present)
                noteFallback(issues, childPath, present, 'left out');
        }
        else {
            // A required list that is missing or not a list becomes empty: the rest of the record is still useful.
            if (propertySchema.type === 'array') {
                if (!present)
                    issues.push({ path: childPath, message: 'missing; treated as empty' });
                result[key] = [];
            }
            else {
                if (!present)
                    issues.push({ path: childPath, message: 'missing' });
                return UNUSABLE;
            }
        }
    }
    const extra = schema.additionalProperties;
    if (extra && typeof extra === 'object') {
        for (const [key, entry] of Object.entries(value)) {
            if (Object.hasOwn(schema.properties ?? {}, key) || FORBIDDEN_KEYS.has(key))
                continue;
            const conformed = conformValue(extra, entry, path ? `${path}.${key}` : key, issues);
            if (conformed !== UNUSABLE)
                result[key] = conformed;
        }
    }
    return result;
}
/** Adds what was done instead to the issue that said why the value could not be read (one line per problem for IT). */
function noteFallback(issues, path, present, done) {
    const last = issues.at(-1);
    if (present && last?.path === path)
        last.message += `; ${done}`;
    else if (present && last && (last.path.startsWith(`${path}.`) || last.path.startsWith(`${path}[`)))
        last.message += `; so ${path.split('.').at(-1)} ${done}`;
    else
        issues.push({ path, message: `${present ? 'could not be read' : 'missing'}; ${done}` });
}
function conformValue(schema, value, path, issues, name) {
    if (schema.const !== undefined) {
        if (value === schema.const)
            return value;
        issues.push({ path, message: `expected ${JSON.stringify(schema.const)}` });
        return UNUSABLE;
    }
    if (Array.isArray(schema.type)) {
        if (value === null && schema.type.includes('null'))
            return null;
        const type = schema.type.find((candidate) => candidate !== 'null');
        return conformValue({ ...schema, type }, value, path, issues, name);
    }
    switch (schema.type) {
        case 'null':
            return value === null ? null : UNUSABLE;
        case 'object':
            return conformObject(schema, value, path, issues, typeof schema.$id === 'string' ? schema.$id : name);
        case 'array':
            return conformArray(schema, value, path, issues);
        case 'string':
            return conformString(schema, value, path, issues);
        case 'integer':
        case 'number':
            return conformNumber(schema, value, path, issues);
        case 'boolean':
            if (typeof value === 'boolean')
                return value;
            if (typeof value === 'string' && /^\s*(true|false)\s*$/i.test(value)) {
                issues.push({ path, message: `${quoted(value)} read as ${value.trim().toLowerCase()}` });
                return value.trim().toLowerCase() === 'true';
            }
            issues.push({ path, message: `expected true or false, got ${describe(value)}` });
            return UNUSABLE;
        default:
            return value;
    }
}
function describe(value) {
    if (value === null)
        return 'null';
    if (value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    return typeof value === 'object' ? 'a record' : typeof value === 'number' ? 'a number' : `a ${typeof value}`;
}
/** Conforms one record; `undefined` when it cannot be used at all. */
export function conformRecord(schema, value, issues = [], path = '') {
    const result = conformValue(schema, value, path, issues);
    return result === UNUSABLE ? undefined : result;
}
/**
 * Reads a list response `{ items: [...] }` (a bare array is accepted too). Throws
 * `PeerBadResponseError` when there is no list at all, since an empty widget would then be a lie.
 */
export function conformList(itemSchema, body) {
    const list = Array.isArray(body) ? body : isPlainObject(body) && Array.isArray(body.items) ? body.items : undefined;
    if (!list) {
        throw new PeerBadResponseError(`Expected a list under "items", got ${describe(isPlainObject(body) ? body.items : body)}.`);
    }
    const issues = [];
    const items = [];
    list.forEach((entry, index) => {
        const first = issues.length;
        const record = conformRecord(itemSchema, entry, issues, `items[${index}]`);
        if (record !== undefined)
            items.push(record);
        else
            issues.push({ path: `items[${index}]`, message: 'left out: a value it cannot be shown without is missing or unreadable (see above)' });
        // IT finds a record by its id faster than by its position.
        const id = isPlainObject(entry) && (typeof entry.id === 'string' || typeof entry.id === 'number') ? String(entry.id).slice(0, 64) : undefined;
        if (id !== undefined)
            for (const issue of issues.slice(first))
                issue.recordId = id;
    });
    const updatedAt = isPlainObject(body) && typeof body.updatedAt === 'string' && !Number.isNaN(Date.parse(body.updatedAt)) ? body.updatedAt : undefined;
    return { items, dropped: list.length - items.length, issues, updatedAt };
}
