import type { ChannelKind, Supporter } from '../core/contract.js';
import { fold, sameTeam } from '../core/text-search.js';

/** What a person narrowed the roster to. Empty strings and `false` mean "any". */
export interface RosterFilter {
  /** Free text over name, role, bio and lived-experience tags; every word must match. */
  text: string;
  /** A lived-experience tag. */
  experience: string;
  /** A BCP 47 language tag. */
  language: string;
  /** A way to reach them. */
  channel: ChannelKind | '';
  /** Only supporters whose status is `available`. */
  availableNow: boolean;
  /** Only supporters outside the viewer's team. */
  notMyTeam: boolean;
  /** The viewer's team (from `viewer-team`, or picked in the filters). */
  viewerTeam: string;
}

export const EMPTY_FILTER: Readonly<RosterFilter> = Object.freeze({
  text: '',
  experience: '',
  language: '',
  channel: '',
  availableNow: false,
  notMyTeam: false,
  viewerTeam: '',
});


const haystacks = new WeakMap<Supporter, string>();
function haystack(supporter: Supporter): string {
  let text = haystacks.get(supporter);
  if (text === undefined) {
    text = fold([supporter.displayName, supporter.role, supporter.bio, ...supporter.experiences].filter(Boolean).join(' \u0000 '));
    haystacks.set(supporter, text);
  }
  return text;
}

/**
 * The supporters that match every part of the filter, in their original order. `presetExperiences`
 * (an editor's page for, say, veterans) keeps those who share at least one of them.
 */
export function filterSupporters(supporters: readonly Supporter[], filter: RosterFilter, presetExperiences: readonly string[] = []): Supporter[] {
  const words = fold(filter.text).split(/\s+/u).filter(Boolean);
  const preset = presetExperiences.map(fold);
  const experience = fold(filter.experience);
  return supporters.filter(
    (supporter) =>
      (preset.length === 0 || supporter.experiences.some((tag) => preset.includes(fold(tag)))) &&
      (!experience || supporter.experiences.some((tag) => fold(tag) === experience)) &&
      (!filter.language || supporter.languages.some((tag) => tag.toLowerCase() === filter.language.toLowerCase())) &&
      (!filter.channel || supporter.channels.some((channel) => channel.kind === filter.channel)) &&
      (!filter.availableNow || supporter.availability.status === 'available') &&
      (!filter.notMyTeam || !filter.viewerTeam || !sameTeam(supporter.team, filter.viewerTeam)) &&
      words.every((word) => haystack(supporter).includes(word)),
  );
}

/** The choices the filters offer, taken from the data itself, sorted for people. */
export function filterOptions(supporters: readonly Supporter[], locale: string) {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const unique = (values: (string | undefined)[]) =>
    [...new Map(values.filter((value): value is string => !!value?.trim()).map((value) => [fold(value).trim(), value.trim()])).values()].sort(collator.compare);
  return {
    experiences: unique(supporters.flatMap((supporter) => supporter.experiences)),
    languages: unique(supporters.flatMap((supporter) => supporter.languages)),
    teams: unique(supporters.map((supporter) => supporter.team)),
  };
}

/** Names of the active parts of a filter, to say what could be loosened. */
export function activeFilterKeys(filter: RosterFilter): (keyof RosterFilter)[] {
  return (Object.keys(EMPTY_FILTER) as (keyof RosterFilter)[]).filter(
    (key) => key !== 'viewerTeam' && filter[key] !== EMPTY_FILTER[key] && !(key === 'notMyTeam' && !filter.viewerTeam),
  );
}
