import {
  POPULATION_GROUPS,
  type DemographicDimension,
  type PopulationCount,
} from '@engage/shared/demographics';
import type { ProfileSource } from '../geography/neighbourhood-profile.entity.ts';
import { roundDecile, sumLanguages } from '../geography/profile-figures.ts';
import type { ProfileFigures } from '../geography/save-profile.ts';
import { CensusImportError, type CsvFile } from './census-files.ts';
import {
  CENSUS_TABLES,
  CENSUS_TABLE_IDS,
  type CensusTable,
  type CensusTableId,
} from './census-tables.ts';
import type { DeprivationIndex } from './deprivation-index.ts';
import type { LsoaAssignment } from './lsoa-assignment.ts';

export interface ProfileInputs {
  tables: Record<CensusTableId, CensusTable>;
  deprivation: DeprivationIndex;
  assignment: { kind: 'LSOA_LOOKUP' | 'LSOA_CENTROIDS'; file: CsvFile; lsoas: LsoaAssignment };
  /** "Census 2021, 2 November 2022 release", or what the person running it said. */
  release: string;
  /** When each file (by table and hash) was first imported, to keep it on a second run. */
  firstImported: Map<string, string>;
  now: Date;
}

export const sourceKey = (source: Pick<ProfileSource, 'table' | 'sha256'>) =>
  `${source.table}:${source.sha256}`;

/**
 * Each team's census profile from the LSOAs assigned to it: every table's counts summed over
 * them, ages split into the product's bands, deprivation weighted by residents. A team with no
 * LSOA is absent (it keeps whatever profile it had).
 */
export function buildProfiles(inputs: ProfileInputs): Map<string, ProfileFigures> {
  const { tables, deprivation, assignment } = inputs;
  const lsoasByTeam = new Map<string, string[]>();
  for (const [lsoa, teamId] of assignment.lsoas) {
    lsoasByTeam.set(teamId, [...(lsoasByTeam.get(teamId) ?? []), lsoa]);
  }
  for (const [lsoa] of assignment.lsoas) {
    for (const id of CENSUS_TABLE_IDS) {
      if (!tables[id].rows.has(lsoa)) {
        throw new CensusImportError(
          `${assignment.file.fileName} gives LSOA ${lsoa}, but ${tables[id].file.fileName} (${id}) has no row for it: are they for the same areas?`,
        );
      }
    }
  }

  const sources = profileSources(inputs);
  const profiles = new Map<string, ProfileFigures>();
  for (const [teamId, unsorted] of lsoasByTeam) {
    const lsoas = unsorted.sort();
    const row = (id: CensusTableId, lsoa: string) => tables[id].rows.get(lsoa)!;
    const population = lsoas.reduce((sum, lsoa) => sum + row('TS007A', lsoa).total, 0);
    const counts = (Object.keys(POPULATION_GROUPS) as DemographicDimension[]).flatMap(
      (dimension) => {
        const id = CENSUS_TABLE_IDS.find((table) => CENSUS_TABLES[table].dimension === dimension)!;
        const groups = POPULATION_GROUPS[dimension];
        const exact = groups.map((group) =>
          lsoas.reduce((sum, lsoa) => sum + (row(id, lsoa).groups.get(group) ?? 0), 0),
        );
        const parts = wholeParts(exact);
        return groups.map((group, index): PopulationCount => ({
          dimension,
          group,
          count: parts[index]!,
        }));
      },
    );
    const withDecile = lsoas.filter((lsoa) => deprivation.decileByLsoa.has(lsoa));
    if (withDecile.length === 0) {
      throw new CensusImportError(
        `${deprivation.file.fileName} has a decile for none of the LSOAs of one team (${lsoas.slice(0, 3).join(', ')}…): is it the right file?`,
      );
    }
    const residents = (lsoa: string) => row('TS007A', lsoa).total;
    const weighted = withDecile.reduce(
      (sum, lsoa) => sum + deprivation.decileByLsoa.get(lsoa)! * residents(lsoa),
      0,
    );
    const weight = withDecile.reduce((sum, lsoa) => sum + residents(lsoa), 0);
    const average = weight > 0 ? Math.round((weighted / weight) * 10) / 10 : 0;
    profiles.set(teamId, {
      population,
      deprivationDecile: roundDecile(average),
      averageDeprivationDecile: average,
      mostDeprivedResidents: withDecile
        .filter((lsoa) => deprivation.decileByLsoa.get(lsoa)! <= 2)
        .reduce((sum, lsoa) => sum + residents(lsoa), 0),
      counts,
      languageCounts: sumLanguages(lsoas.map((lsoa) => row('TS024', lsoa).languages ?? [])),
      languageBase: lsoas.reduce((sum, lsoa) => sum + row('TS024', lsoa).total, 0),
      lsoaCodes: lsoas,
      sources,
      isDemoData: false,
    });
  }
  return profiles;
}

/**
 * Whole counts from the fractional sums the 15–19 split leaves, adding up to their (whole)
 * total: largest remainder, ties to the earlier group.
 */
function wholeParts(exact: number[]): number[] {
  const total = Math.round(exact.reduce((a, b) => a + b, 0));
  const parts = exact.map((value) => Math.floor(value + 1e-9));
  const order = exact
    .map((value, index) => ({ index, remainder: value - parts[index]! }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const left = total - parts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < left; k += 1) parts[order[k]!.index]! += 1;
  return parts;
}

function profileSources(inputs: ProfileInputs): ProfileSource[] {
  const { tables, deprivation, assignment, release, firstImported, now } = inputs;
  const source = (
    table: string,
    file: CsvFile,
    sourceRelease: string,
    geographyLevel: string,
  ): ProfileSource => ({
    table,
    release: sourceRelease,
    fileName: file.fileName,
    geographyLevel,
    rowCount: file.rows.length,
    sha256: file.sha256,
    importedAt: firstImported.get(sourceKey({ table, sha256: file.sha256 })) ?? now.toISOString(),
  });
  return [
    ...CENSUS_TABLE_IDS.map((id) => source(id, tables[id].file, release, 'LSOA 2021')),
    source('IMD', deprivation.file, deprivation.release, deprivation.geographyLevel),
    source(
      assignment.kind,
      assignment.file,
      assignment.kind === 'LSOA_LOOKUP'
        ? 'LSOA to neighbourhood lookup supplied by the force'
        : 'ONS LSOA (2021) population-weighted centroids, placed in the imported neighbourhood boundaries',
      'LSOA 2021',
    ),
  ];
}
