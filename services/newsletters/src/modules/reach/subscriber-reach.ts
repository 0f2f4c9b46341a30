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
  const rows = await em.execute<
    { level: string; area_id: string | null; grp: string | null; n: number }[]
  >(
    `with reached as (
       select s.id, s.neighbourhood_ids, s.policing_area_ids, s.demographics ->> '${key}' as grp
       from newsletters.subscriber s
       where s.status in ('CONFIRMED', 'UNSUBSCRIBED') and s.confirmed_at <= ?
         and (s.unsubscribed_at is null or s.unsubscribed_at > ?)),
     by_team as (
       select distinct r.id, team as neighbourhood_id, r.grp
       from reached r, unnest(r.neighbourhood_ids) as team),
     by_area as (
       select r.id, npa as policing_area_id, r.grp
       from reached r, unnest(r.policing_area_ids) as npa
       union
       select t.id, k.policing_area_id, t.grp
       from by_team t join newsletters.known_neighbourhood k on k.id = t.neighbourhood_id)
     select 'NEIGHBOURHOOD' as level, neighbourhood_id::text as area_id, grp, count(*)::int as n
       from by_team group by neighbourhood_id, grp
     union all
     select 'POLICING_AREA', policing_area_id::text, grp, count(*)::int
       from by_area group by policing_area_id, grp
     union all
     select 'FORCE', null, grp, count(*)::int from reached group by grp`,
    [asOf, asOf],
  );
  const teams = await em.find(KnownNeighbourhood, {}, { orderBy: { name: 'asc' } });
  const populations = await em.find(KnownPopulation, {});
  const areas = reachLattice(
    teams,
    reachCounts(
      rows.map((row): ReachCountRow => ({
        level: row.level as ReachCountRow['level'],
        areaId: row.area_id,
        group: row.grp,
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
