/** Lower case without accents, so "jose" finds "José". Shared by every widget's search. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();
}

/**
 * Whether two team names name the same team, as people and portals type them: without case,
 * accents, compatibility forms or extra spaces. The roster's "not on my team" filter and the
 * server's "keep it from my team" rule both use this one, so they always agree.
 */
export function sameTeam(a: string | null | undefined, b: string | null | undefined): boolean {
  const normal = (team: string) => fold(team.normalize('NFKC')).trim().replace(/\s+/g, ' ');
  return !!a?.trim() && !!b?.trim() && normal(a) === normal(b);
}
