// Helpers for the self-care plan's tests: find things the way a person does (by label and button
// text), and look at what really reached IndexedDB.
import { openDB } from 'idb';
import { deriveKey, encrypt } from '../../src/self-care-plan/plan-crypto.js';
import { PlanStore } from '../../src/self-care-plan/plan-store.js';
import { openDatabase } from '../../src/core/storage.js';
export const root = (plan) => plan.shadowRoot;
export const $ = (plan, selector) => root(plan).querySelector(selector);
export const byLabel = (plan, label) => {
    const element = [...root(plan).querySelectorAll('label')].find((candidate) => candidate.textContent.trim() === label);
    return (element && root(plan).getElementById(element.htmlFor));
};
export const button = (plan, text) => [...root(plan).querySelectorAll('button')].find((candidate) => candidate.textContent.replace(/\s+/g, ' ').trim().startsWith(text));
export async function type(plan, label, value) {
    const field = byLabel(plan, label);
    field.value = value;
    field.dispatchEvent(new InputEvent('input'));
    await plan.updateComplete;
}
export async function storedRecord(id) {
    return (await openDatabase()).get('plans', id);
}
let counter = 0;
export const uniqueId = () => `test-plan-${Date.now()}-${counter++}`;
/** Every record of every object store of every IndexedDB database of this origin, as text. */
export async function everythingStored() {
    const parts = [];
    for (const { name } of await indexedDB.databases()) {
        if (!name)
            continue;
        const database = await openDB(name);
        for (const store of database.objectStoreNames)
            parts.push(JSON.stringify(await database.getAll(store)));
        database.close();
    }
    return parts.join('\n');
}
/**
 * Records every IndexedDB write made on this page until `stop()`, including ones that a later write
 * in the same transaction replaces. The writes themselves still happen, unchanged.
 */
export function recordWrites() {
    const writes = [];
    const prototype = IDBObjectStore.prototype;
    const originals = { put: prototype.put, add: prototype.add, delete: prototype.delete, clear: prototype.clear };
    for (const op of ['put', 'add', 'delete', 'clear']) {
        const original = originals[op];
        prototype[op] = function (...args) {
            writes.push({ store: this.name, op, text: JSON.stringify(args[0] ?? null) });
            return original.apply(this, args);
        };
    }
    return { writes, stop: () => Object.assign(prototype, originals) };
}
/** What another tab writes when it locks a plan (few PBKDF2 rounds, to keep tests fast; the element reads the count from the record). */
export async function lockedContents(plan, passphrase) {
    const key = await deriveKey(passphrase, undefined, 1000);
    return { encrypted: true, sealed: await encrypt(plan, key) };
}
/** Saves the way another tab (or window) does, telling open plans with this id. */
export async function saveAsAnotherTab(id, contents, expectedRevision) {
    const store = new PlanStore(id, false, () => undefined);
    const outcome = await store.save(contents, expectedRevision);
    store.close();
    if (outcome.outcome !== 'saved')
        throw new Error(`the other tab could not save: ${outcome.outcome}`);
    return outcome.record;
}
/** Opens a locked plan with its passphrase, as a person does. */
export async function unlock(plan, passphrase) {
    const input = root(plan).querySelector('input[autocomplete="current-password"]');
    input.value = passphrase;
    button(plan, 'Open my plan').click();
}
