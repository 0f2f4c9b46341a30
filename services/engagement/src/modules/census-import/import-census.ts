import type { EntityManager } from '@mikro-orm/postgresql';
import { NeighbourhoodProfile } from '../geography/neighbourhood-profile.entity.ts';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';
import { saveProfileIfChanged, type ProfileChange } from '../geography/save-profile.ts';
import { buildProfiles, sourceKey } from './build-profiles.ts';
import { CensusImportError, readCsvFile } from './census-files.ts';
import {
  CENSUS_TABLE_IDS,
  readCensusTable,
  type CensusTable,
  type CensusTableId,
} from './census-tables.ts';
import { readDeprivationIndex } from './deprivation-index.ts';
import { assignByCentroids, assignByLookup } from './lsoa-assignment.ts';

/** The files to read, as paths. */
export interface CensusImportFiles {
  tables: Record<CensusTableId, string>;
  imd: string;
  /** Exactly one of the two says which LSOAs each team covers. */
  lsoaLookup?: string;
  centroids?: string;
  release?: string;
  imdRelease?: string;
}

export interface CensusImportReport {
  /** Team slug → what happened to its profile. */
  teams: { slug: string; lsoas: number; population: number; change: ProfileChange }[];
  /** Teams with no LSOA assigned: they keep the profile they had (demo, if seeded). */
  teamsWithoutLsoas: string[];
  /** Assigned LSOAs the deprivation file has no decile for (split or merged since 2011). */
  lsoasWithoutDecile: string[];
  dryRun: boolean;
}

export const DEFAULT_RELEASE = 'Census 2021';

/**
 * Reads every file first (any refusal happens before anything is written), then writes each
 * changed team's profile and its `neighbourhood.profile.updated` event in one transaction.
 */
export async function importCensus(
  em: EntityManager,
  files: CensusImportFiles,
  { dryRun = false, now = new Date() }: { dryRun?: boolean; now?: Date } = {},
): Promise<CensusImportReport> {
  if (Boolean(files.lsoaLookup) === Boolean(files.centroids)) {
    throw new CensusImportError('Give either --lsoa-lookup or --centroids (one of them).');
  }
  const tables = {} as Record<CensusTableId, CensusTable>;
  for (const id of CENSUS_TABLE_IDS) {
    tables[id] = readCensusTable(id, await readCsvFile(files.tables[id]));
  }
  const deprivation = readDeprivationIndex(await readCsvFile(files.imd), files.imdRelease);

  const teams = await em.find(
    Neighbourhood,
    {},
    { fields: ['id', 'slug', 'policeNeighbourhoodRef', 'boundary'], orderBy: { slug: 'asc' } },
  );
  const assignmentFile = await readCsvFile((files.lsoaLookup ?? files.centroids)!);
  const forAssignment = teams.map(({ id, slug, policeNeighbourhoodRef, boundary }) => ({
    id,
    slug,
    policeNeighbourhoodRef,
    boundary,
  }));
  const assignment = files.lsoaLookup
    ? {
        kind: 'LSOA_LOOKUP' as const,
        file: assignmentFile,
        lsoas: assignByLookup(assignmentFile, forAssignment),
      }
    : {
        kind: 'LSOA_CENTROIDS' as const,
        file: assignmentFile,
        lsoas: assignByCentroids(assignmentFile, forAssignment),
      };
  if (assignment.lsoas.size === 0) {
    throw new CensusImportError(
      `${assignmentFile.fileName} puts no LSOA in any of our ${teams.length} neighbourhoods: nothing to import.`,
    );
  }

  const firstImported = new Map<string, string>();
  for (const profile of await em.find(NeighbourhoodProfile, { isDemoData: false })) {
    for (const source of profile.sources) {
      const known = firstImported.get(sourceKey(source));
      if (!known || source.importedAt < known)
        firstImported.set(sourceKey(source), source.importedAt);
    }
  }
  const profiles = buildProfiles({
    tables,
    deprivation,
    assignment,
    release: files.release ?? DEFAULT_RELEASE,
    firstImported,
    now,
  });

  const report: CensusImportReport = {
    teams: [],
    teamsWithoutLsoas: teams.filter((team) => !profiles.has(team.id)).map((team) => team.slug),
    lsoasWithoutDecile: [...assignment.lsoas.keys()].filter(
      (lsoa) => !deprivation.decileByLsoa.has(lsoa),
    ),
    dryRun,
  };
  await em.transactional(async (tx) => {
    for (const team of teams) {
      const figures = profiles.get(team.id);
      if (!figures) continue;
      const change = await saveProfileIfChanged(tx, team.id, figures, now, { dryRun });
      report.teams.push({
        slug: team.slug,
        lsoas: figures.lsoaCodes.length,
        population: figures.population,
        change,
      });
    }
  });
  return report;
}

export function summariseCensusReport(report: CensusImportReport): string[] {
  const count = (change: ProfileChange) =>
    report.teams.filter((team) => team.change === change).length;
  return [
    `${report.dryRun ? 'Dry run (nothing written): ' : ''}${report.teams.length} neighbourhoods with census figures: ${count('created')} new, ${count('updated')} changed, ${count('unchanged')} unchanged.`,
    ...report.teams.map(
      (team) =>
        `  ${team.slug}: ${team.lsoas} LSOAs, ${team.population} residents (${team.change})`,
    ),
    ...(report.teamsWithoutLsoas.length > 0
      ? [
          `${report.teamsWithoutLsoas.length} neighbourhoods have no LSOA and keep their profile: ${report.teamsWithoutLsoas.join(', ')}.`,
        ]
      : []),
    ...(report.lsoasWithoutDecile.length > 0
      ? [
          `${report.lsoasWithoutDecile.length} LSOAs have no IMD decile and are left out of the deprivation figures: ${report.lsoasWithoutDecile.join(', ')}.`,
        ]
      : []),
  ];
}
