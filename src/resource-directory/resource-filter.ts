import type { Resource, ResourceCategory } from '../core/contract.js';
import { fold } from '../core/text-search.js';
import { resourceCategoryKeywords, resourceCategoryLabel } from '../core/labels.js';
import { openState } from './opening-hours.js';
import type { LocalTime } from './opening-hours.js';

/** What a person narrowed the directory to. Empty strings and `false` mean "any". */
export interface ResourceFilter {
  text: string;
  category: ResourceCategory | '';
  openNow: boolean;
  always: boolean;
  confidential: boolean;
  freeOrCovered: boolean;
  language: string;
  audience: string;
}

export const EMPTY_RESOURCE_FILTER: Readonly<ResourceFilter> = Object.freeze({
  text: '',
  category: '',
  openNow: false,
  always: false,
  confidential: false,
  freeOrCovered: false,
  language: '',
  audience: '',
});

/** What a resource is found by: its name, description and its kind of help, in the person's words too. */
const haystacks = new WeakMap<Resource, { kind: string; text: string }>();
function haystack(resource: Resource, kindWords: (category: ResourceCategory) => string): string {
  // The kind's words follow the language shown; a change of language builds the text again.
  const kind = kindWords(resource.category);
  let entry = haystacks.get(resource);
  if (entry?.kind !== kind) {
    entry = { kind, text: fold([resource.name, resource.description, resource.category.replace('-', ' '), kind].filter(Boolean).join(' \u0000 ')) };
    haystacks.set(resource, entry);
  }
  return entry.text;
}

/** Matches in order, crisis lines pinned first. `allowed` is the editor's `categories`, if any. */
export function filterResources(resources: readonly Resource[], filter: ResourceFilter, now: Date, allowed: readonly string[] = []): Resource[] {
  const words = fold(filter.text).split(/\s+/u).filter(Boolean);
  const zoneTimes = new Map<string, LocalTime | undefined>();
  const kinds = new Map<ResourceCategory, string>();
  const kindWords = (category: ResourceCategory) => {
    let words = kinds.get(category);
    if (words === undefined) kinds.set(category, (words = `${resourceCategoryLabel(category)} ${resourceCategoryKeywords(category)}`));
    return words;
  };
  const matches = resources.filter((resource) => {
    if (allowed.length && !allowed.includes(resource.category)) return false;
    if (filter.category && resource.category !== filter.category) return false;
    if (filter.confidential && !resource.confidential) return false;
    if (filter.freeOrCovered && resource.cost !== 'free' && resource.cost !== 'covered') return false;
    if (filter.language && !resource.languages.some((tag) => tag.toLowerCase() === filter.language.toLowerCase())) return false;
    if (filter.audience && !resource.audiences.includes(filter.audience as Resource['audiences'][number])) return false;
    if (filter.always && !resource.hours.is24x7) return false;
    if (!words.every((word) => haystack(resource, kindWords).includes(word))) return false;
    if (filter.openNow) {
      const state = openState(resource.hours, now, zoneTimes);
      if (state !== 'open' && state !== 'always') return false;
    }
    return true;
  });
  return [...matches.filter((resource) => resource.category === 'crisis-line'), ...matches.filter((resource) => resource.category !== 'crisis-line')];
}
