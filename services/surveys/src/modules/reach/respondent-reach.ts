import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemographicDimension } from '@engage/shared/demographics';
import {
  reachCounts,
  reachLattice,
  reachTables,
  type ReachArea,
  type ReachCountRow,
  type ReachTableFigures,
} from '@engage/shared/scoring';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { KnownPopulation } from '../neighbourhoods/known-population.entity.ts';
import type { SurveyRound } from '../rounds/survey-round.entity.ts';
import { roundCovers } from '../scoring/index.ts';

/** The column behind each question. Fixed strings, never caller input, so safe in SQL. */
const COLUMN: Record<DemographicDimension, string> = {
  AGE_BAND: 'age_band',
  ETHNIC_GROUP: 'ethnic_group',
  DISABILITY: 'disability',
  GENDER: 'gender',
};

/** The fewest who did not say to any one question, in a group of `counted` rows. */
const FEWEST = `least(${Object.values(COLUMN)
  .map((c) => `sum(${c})`)
  .join(', ')})::int`;

export interface RespondentLattice {
  areas: ReachArea[];
  tables: Map<string, ReachTableFigures>;
  names: Map<string, string>;
}

/**
 * One round's respondents by group, for every area the round asked, with suppression decided
 * over all of them at once. Verified answers only (invitations: the sample the headline figures
 * use); an answer an admin excluded counts nowhere.
 */
export async function respondentLattice(
  em: EntityManager,
  round: SurveyRound,
  dimension: DemographicDimension,
  threshold: number,
): Promise<RespondentLattice> {
  const column = COLUMN[dimension];
  const rows = await em.execute<
    { level: string; area_id: string | null; grp: string | null; n: number }[]
  >(
    `with counted as (
       select r.neighbourhood_id, r.policing_area_id, r.${column} as grp
       from surveys.survey_response r
       where r.round_id = ? and r.verified and r.excluded_at is null)
     select 'NEIGHBOURHOOD' as level, neighbourhood_id as area_id, grp, count(*)::int as n
       from counted where neighbourhood_id is not null group by neighbourhood_id, grp
     union all
     select 'POLICING_AREA', policing_area_id, grp, count(*)::int
       from counted where policing_area_id is not null group by policing_area_id, grp
     union all
     select 'FORCE', null, grp, count(*)::int from counted group by grp`,
    [round.id],
  );
  const notSaid = await em.execute<{ level: string; area_id: string | null; n: number }[]>(
    `with counted as (
       select r.neighbourhood_id, r.policing_area_id,
              ${Object.values(COLUMN)
                .map((c) => `(r.${c} is null or r.${c} = 'PREFER_NOT_TO_SAY')::int as ${c}`)
                .join(', ')}
       from surveys.survey_response r
       where r.round_id = ? and r.verified and r.excluded_at is null)
     select 'NEIGHBOURHOOD' as level, neighbourhood_id as area_id, ${FEWEST} as n
       from counted where neighbourhood_id is not null group by neighbourhood_id
     union all
     select 'POLICING_AREA', policing_area_id, ${FEWEST}
       from counted where policing_area_id is not null group by policing_area_id
     union all
     select 'FORCE', null, ${FEWEST} from counted`,
    [round.id],
  );
  const known = await em.find(KnownNeighbourhood, {}, { orderBy: { name: 'asc' } });
  // Only the areas the round asked: an NPA it was not for is no part of its tables.
  const teams = known.filter((team) => roundCovers(round.policingAreaIds, team.policingAreaId));
  const populations = await em.find(KnownPopulation, {
    neighbourhoodId: { $in: teams.map((t) => t.id) },
  });
  const areas = reachLattice(
    teams,
    reachCounts(
      rows.map((row): ReachCountRow => ({
        level: row.level as ReachCountRow['level'],
        areaId: row.area_id,
        group: row.grp,
        count: row.n,
      })),
      notSaid.map((row) => ({
        level: row.level as ReachCountRow['level'],
        areaId: row.area_id,
        count: row.n,
      })),
    ),
    new Map(populations.map((p) => [p.neighbourhoodId, p])),
    dimension,
  );
  const names = new Map<string, string>();
  for (const team of teams) {
    names.set(team.id, team.name);
    names.set(team.policingAreaId, team.policingAreaName);
  }
  return { areas, tables: reachTables(areas, dimension, threshold), names };
}
