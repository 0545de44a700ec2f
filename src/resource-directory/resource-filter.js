import { fold } from '../core/text-search.js';
import { openState } from './opening-hours.js';
export const EMPTY_RESOURCE_FILTER = Object.freeze({
    text: '',
    category: '',
    openNow: false,
    always: false,
    confidential: false,
    freeOrCovered: false,
    language: '',
    audience: '',
});
const haystacks = new WeakMap();
function haystack(resource) {
    let text = haystacks.get(resource);
    if (text === undefined)
        haystacks.set(resource, (text = fold([resource.name, resource.description, resource.category.replace('-', ' ')].filter(Boolean).join(' \u0000 '))));
    return text;
}
/** Matches in order, crisis lines pinned first. `allowed` is the editor's `categories`, if any. */
export function filterResources(resources, filter, now, allowed = []) {
    const words = fold(filter.text).split(/\s+/u).filter(Boolean);
    const zoneTimes = new Map();
    const matches = resources.filter((resource) => {
        if (allowed.length && !allowed.includes(resource.category))
            return false;
        if (filter.category && resource.category !== filter.category)
            return false;
        if (filter.confidential && !resource.confidential)
            return false;
        if (filter.freeOrCovered && resource.cost !== 'free' && resource.cost !== 'covered')
            return false;
        if (filter.language && !resource.languages.some((tag) => tag.toLowerCase() === filter.language.toLowerCase()))
            return false;
        if (filter.audience && !resource.audiences.includes(filter.audience))
            return false;
        if (filter.always && !resource.hours.is24x7)
            return false;
        if (!words.every((word) => haystack(resource).includes(word)))
            return false;
        if (filter.openNow) {
            const state = openState(resource.hours, now, zoneTimes);
            if (state !== 'open' && state !== 'always')
                return false;
        }
        return true;
    });
    return [...matches.filter((resource) => resource.category === 'crisis-line'), ...matches.filter((resource) => resource.category !== 'crisis-line')];
}
