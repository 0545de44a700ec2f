/**
 * `npm run resources:import`: an Open Referral HSDS 3.x export mapped by `src/core/hsds.ts`, then
 * checked against the contract. Problems that make a service unusable are errors with the line
 * where it starts and the field; any error means nothing is imported. What HSDS does not say or
 * what had to be guessed is reported as a note.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { ResourceSchema } from '../src/core/contract.js';
import { mapHsds } from '../src/core/hsds.js';
import { elementStartLines, parseJsonFile } from './json-file.js';
import { validationProblem } from './validation-messages.js';
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const validateResource = ajv.compile({ ...ResourceSchema, $id: undefined });
export function readHsdsExport(fileText, today = new Date()) {
    const parsed = parseJsonFile(fileText);
    if (!parsed.ok)
        return { resources: [], errors: [parsed.problem], notes: [] };
    const mapping = mapHsds(parsed.value, today);
    if (!mapping)
        return { resources: [], errors: [{ line: 1, message: 'Expected an HSDS export: a "services" list (with organizations, phones, schedules…), or a list of services.' }], notes: [] };
    const starts = elementStartLines(fileText, mapping.arrayDepth);
    const errors = [];
    const resources = [];
    for (const { index, resource, errors: problems } of mapping.services) {
        const line = starts[index] ?? 1;
        for (const message of problems)
            errors.push({ line, message });
        if (!resource)
            continue;
        if (!validateResource(resource)) {
            for (const error of validationProblem(validateResource.errors ?? []).errors ?? [])
                errors.push({ line, message: `services[${index}]: ${error.message}` });
            continue;
        }
        resources.push(resource);
    }
    if (!mapping.services.length)
        errors.push({ line: 1, message: 'The export has no services in it.' });
    return { resources, errors, notes: mapping.notes };
}
