import { NeighbourhoodProfile, type ProfileSource } from './neighbourhood-profile.entity.ts';
import { roundDecile, sumCounts, sumLanguages } from './profile-figures.ts';

/**
 * A policing area's or the force's profile from its teams': counts summed, deprivation weighted
 * by residents, demo if any part is demo. Null when no team has a profile. Not a row: it is
 * never saved, only shown.
 */
export function combineProfiles(
  profiles: readonly NeighbourhoodProfile[],
): NeighbourhoodProfile | null {
  if (profiles.length === 0) return null;
  const combined = new NeighbourhoodProfile();
  combined.population = profiles.reduce((sum, profile) => sum + profile.population, 0);
  const weighted = profiles.reduce(
    (sum, profile) => sum + profile.averageDeprivationDecile * profile.population,
    0,
  );
  combined.averageDeprivationDecile =
    combined.population > 0 ? Math.round((weighted / combined.population) * 10) / 10 : 0;
  combined.deprivationDecile = roundDecile(combined.averageDeprivationDecile);
  combined.mostDeprivedResidents = profiles.reduce((sum, p) => sum + p.mostDeprivedResidents, 0);
  combined.counts = sumCounts(profiles.map((profile) => profile.counts));
  combined.languageCounts = sumLanguages(profiles.map((profile) => profile.languageCounts));
  combined.languageBase = profiles.reduce((sum, profile) => sum + profile.languageBase, 0);
  combined.lsoaCodes = [...new Set(profiles.flatMap((profile) => profile.lsoaCodes))].sort();
  const sources = new Map<string, ProfileSource>();
  for (const source of profiles.flatMap((profile) => profile.sources)) {
    sources.set(`${source.table}:${source.sha256}`, source);
  }
  combined.sources = [...sources.values()];
  combined.isDemoData = profiles.some((profile) => profile.isDemoData);
  combined.updatedAt = new Date(Math.max(...profiles.map((profile) => +profile.updatedAt)));
  return combined;
}
