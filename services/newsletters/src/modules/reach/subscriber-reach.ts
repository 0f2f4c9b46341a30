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
import { endOfUkDay, ukMonth } from '@engage/shared/uk-time';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { KnownPopulation } from '../neighbourhoods/known-population.entity.ts';

/** The key of each question in a subscriber's demographics. Fixed strings, safe in SQL. */
const KEY: Record<DemographicDimension, string> = {
  AGE_BAND: 'ageBand',
  ETHNIC_GROUP: 'ethnicGroup',
  DISABILITY: 'disability',
  GENDER: 'gender',
};

export interface SubscriberLattice {
  areas: ReachArea[];
  tables: Map<string, ReachTableFigures>;
  names: Map<string, string>;
}

/**
 * Confirmed subscribers at `asOf` by group, for every area of the force, with suppression decided
 * over all of them at once. Confirmed by then and not unsubscribed by then; one whose mail is
 * suppressed (bounces, complaints) is reached by nobody and counts nowhere. A subscriber counts in
 * each team they follow, and in an NPA once if they follow it or any of its teams.
 */
export async function subscriberLattice(
  em: EntityManager,
  asOf: Date,
  dimension: DemographicDimension,
  threshold: number,
): Promise<SubscriberLattice> {
  const key = KEY[dimension];
  const rows = await countByArea(em, asOf, `s.demographics ->> '${key}'`, 'count(*)::int');
  const notSaid = await countByArea(em, asOf, NOT_SAID, FEWEST);
  const teams = await em.find(KnownNeighbourhood, {}, { orderBy: { name: 'asc' } });
  const populations = await em.find(KnownPopulation, {});
  const areas = reachLattice(
    teams,
    reachCounts(
      rows.map((row): ReachCountRow => ({
        level: row.level as ReachCountRow['level'],
        areaId: row.area_id,
        group: row.grp as string | null,
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

/** Per subscriber, whether they did not say to each question (1) or did (0). */
const NOT_SAID = `array[${Object.values(KEY)
  .map(
    (k) => `(coalesce(s.demographics ->> '${k}', 'PREFER_NOT_TO_SAY') = 'PREFER_NOT_TO_SAY')::int`,
  )
  .join(', ')}]`;
/** Over a group of subscribers: the fewest who did not say to any one question. */
const FEWEST = `least(${Object.values(KEY)
  .map((_, i) => `sum(grp[${i + 1}])`)
  .join(', ')})::int`;

/**
 * Reached subscribers by team, NPA and the whole force, grouped by `group` (an SQL expression on
 * subscriber `s`; fixed strings in this file, never caller input) and measured by `measure`.
 */
async function countByArea(
  em: EntityManager,
  asOf: Date,
  group: string,
  measure: string,
): Promise<{ level: string; area_id: string | null; grp: unknown; n: number }[]> {
  // The fewest-not-said measure is one number per area; a count is one per area and answer.
  const perAnswer = measure !== FEWEST;
  const by = (column: string) => (perAnswer ? `group by ${column}, grp` : `group by ${column}`);
  const select = perAnswer ? 'grp, ' : '';
  return em.execute(
    `with reached as (
       select s.id, s.neighbourhood_ids, s.policing_area_ids, ${group} as grp
       from newsletters.subscriber s
       where s.status in ('CONFIRMED', 'UNSUBSCRIBED') and s.confirmed_at <= ?
         and (s.unsubscribed_at is null or s.unsubscribed_at > ?)),
     by_team as (
       select distinct on (r.id, team) r.id, team as neighbourhood_id, r.grp
       from reached r, unnest(r.neighbourhood_ids) as team),
     by_area as (
       select distinct on (x.id, x.policing_area_id) x.id, x.policing_area_id, x.grp
       from (select r.id, npa as policing_area_id, r.grp
             from reached r, unnest(r.policing_area_ids) as npa
             union all
             select t.id, k.policing_area_id::text, t.grp
             from by_team t
             join newsletters.known_neighbourhood k on k.id::text = t.neighbourhood_id::text) x)
     select 'NEIGHBOURHOOD' as level, neighbourhood_id::text as area_id, ${select}${measure} as n
       from by_team ${by('neighbourhood_id')}
     union all
     select 'POLICING_AREA', policing_area_id::text, ${select}${measure}
       from by_area ${by('policing_area_id')}
     union all
     select 'FORCE', null, ${select}${measure} from reached ${perAnswer ? 'group by grp' : ''}`,
    [asOf, asOf],
  );
}

/**
 * The ends of the last `months` UK calendar months, oldest first; the current month's is now
 * (it has not ended yet).
 */
export function monthEnds(months: number, now: Date = new Date()): Date[] {
  const [year, month] = ukMonth(now).split('-').map(Number) as [number, number];
  const ends: Date[] = [];
  for (let back = months - 1; back >= 0; back -= 1) {
    if (back === 0) {
      ends.push(now);
      continue;
    }
    // Day 0 of the next month is the last day of this one.
    const last = new Date(Date.UTC(year, month - back, 0));
    ends.push(endOfUkDay(last.toISOString().slice(0, 10)));
  }
  return ends;
}
