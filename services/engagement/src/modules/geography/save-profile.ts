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
      ? `ONS ${census[0]!.release} ${census.map((source) => source.table).join(', ')}`
      : null,
    imd ? imd.release : null,
  ]
    .filter(Boolean)
    .join('; ');
}

export type ProfileChange = 'unchanged' | 'created' | 'updated';

/**
 * Writes a team's profile only if it differs from the stored one, so running an import or the
 * seed again changes nothing. When what surveys and newsletters keep changes (population, counts,
 * demo or not, the source named), they are told in the same transaction
 * (`neighbourhood.profile.updated`); a new hash of a file that gives the same figures updates the
 * provenance only. With `dryRun`, says what it would do and writes nothing.
 */
export async function saveProfileIfChanged(
  tx: EntityManager,
  neighbourhoodId: string,
  figures: ProfileFigures,
  now: Date,
  { dryRun = false }: { dryRun?: boolean } = {},
): Promise<ProfileChange> {
  const existing = await tx.findOne(NeighbourhoodProfile, { neighbourhood: neighbourhoodId });
  const same = (key: keyof ProfileFigures) =>
    existing !== null && isDeepStrictEqual(plain(existing[key]), plain(figures[key]));
  if (FIGURES.every(same)) return 'unchanged';
  const announce =
    !existing ||
    !(['population', 'counts', 'isDemoData'] as const).every(same) ||
    describeSource(existing) !== describeSource(figures);
  if (dryRun) return existing ? 'updated' : 'created';

  const profile = existing ?? new NeighbourhoodProfile();
  Object.assign(profile, { ...figures, updatedAt: now });
  if (!existing) {
    profile.neighbourhood = tx.getReference(Neighbourhood, neighbourhoodId);
    tx.persist(profile);
  }
  if (announce) {
    publishEvent(tx, 'neighbourhood.profile.updated', {
      neighbourhoodId,
      population: figures.population,
      counts: figures.counts,
      isDemoData: figures.isDemoData,
      source: describeSource(figures),
      updatedAt: now.toISOString(),
    });
  }
  return existing ? 'updated' : 'created';
}

/** JSON columns come back as plain objects; numbers from `double` as numbers. */
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
