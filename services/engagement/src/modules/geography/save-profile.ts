import { isDeepStrictEqual } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { publishEvent } from '@engage/shared';
import type { PopulationCount } from '@engage/shared/demographics';
import { Neighbourhood } from './neighbourhood.entity.ts';
import { NeighbourhoodProfile, type ProfileSource } from './neighbourhood-profile.entity.ts';
import type { LanguageCount } from './profile-figures.ts';

/** Everything a profile holds but its team and when it changed. */
export interface ProfileFigures {
  population: number;
  deprivationDecile: number;
  averageDeprivationDecile: number;
  mostDeprivedResidents: number;
  counts: PopulationCount[];
  languageCounts: LanguageCount[];
  languageBase: number;
  lsoaCodes: string[];
  sources: ProfileSource[];
  isDemoData: boolean;
}

const FIGURES = [
  'population',
  'deprivationDecile',
  'averageDeprivationDecile',
  'mostDeprivedResidents',
  'counts',
  'languageCounts',
  'languageBase',
  'lsoaCodes',
  'sources',
  'isDemoData',
] as const satisfies readonly (keyof ProfileFigures)[];

/** What people are told the figures are from: "ONS Census 2021 TS007A, TS021 …". */
export function describeSource(figures: Pick<ProfileFigures, 'isDemoData' | 'sources'>): string {
  if (figures.isDemoData) return 'Demo figures (invented, not a census)';
  const census = figures.sources.filter((source) => /^TS\d/.test(source.table));
  const imd = figures.sources.find((source) => source.table === 'IMD');
  return [
    census.length > 0
      ? `${census[0]!.release} ${census.map((source) => source.table).join(', ')}`
      : null,
    imd ? imd.release : null,
  ]
    .filter(Boolean)
    .join('; ');
}

/**
 * Writes a team's profile only if its figures differ from the stored ones, and then tells
 * surveys and newsletters in the same transaction (`neighbourhood.profile.updated`), so running
 * an import or the seed again changes nothing and announces nothing. Returns whether it wrote.
 */
export async function saveProfileIfChanged(
  tx: EntityManager,
  neighbourhoodId: string,
  figures: ProfileFigures,
  now: Date,
): Promise<boolean> {
  const existing = await tx.findOne(NeighbourhoodProfile, { neighbourhood: neighbourhoodId });
  if (existing && FIGURES.every((key) => isDeepStrictEqual(plain(existing[key]), figures[key]))) {
    return false;
  }
  const profile = existing ?? new NeighbourhoodProfile();
  Object.assign(profile, { ...figures, updatedAt: now });
  if (!existing) {
    profile.neighbourhood = tx.getReference(Neighbourhood, neighbourhoodId);
    tx.persist(profile);
  }
  publishEvent(tx, 'neighbourhood.profile.updated', {
    neighbourhoodId,
    population: figures.population,
    counts: figures.counts,
    isDemoData: figures.isDemoData,
    source: describeSource(figures),
    updatedAt: now.toISOString(),
  });
  return true;
}

/** JSON columns come back as plain objects; numbers from `double` as numbers. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
