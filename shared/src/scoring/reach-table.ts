import {
  DEMOGRAPHIC_ENUMS,
  type DemographicDimension,
  type PopulationCount,
} from '../demographics.ts';
import { complementarySuppression, type SumConstraint } from './complementary.ts';
import { representation, LOW_BASE, type Representation } from './representation.ts';
import { alongside, suppress, withheld, type Suppressible } from './suppression.ts';

/**
 * Diversity of reach: who is in a sample (confirmed subscribers, or a round's respondents) by one
 * demographic question, beside the census share of each group, for every area of the force at
 * once. Every count is a cell of one lattice (force, NPAs, teams × total, answered, not said, each
 * group) and whether it is shown is decided here, once, over the whole force, whatever part of it
 * a caller asked for: so a team's table and its NPA's table shown side by side come from one
 * pattern, as the surveys' published tables do (services/surveys/src/modules/scoring/
 * published-tables.ts).
 *
 * Two passes, so that an area's total is hidden or shown the same way whichever question it is
 * broken down by: first the totals alone (teams add up to their NPA, NPAs to the force), then the
 * breakdown with those fixed (groups add up to the answered, answered and not said to the total,
 * and each of them across areas the same way as the totals).
 *
 * An area's total is also its answered plus its not said, for every question. Where fewer than
 * 10 did not say to some question, one of those three must be hidden beside them; hiding the
 * answered would withhold every share, so the total is hidden instead (with its rate per 1,000
 * residents), and it must then be hidden for every question alike, or the table of a question
 * with a shown "not said" would give the total back. So the first pass hides the total of any
 * area with a small "not said" to any question, and the second hides every "not said" of an area
 * whose total is hidden (else answered + not said would give the total back).
 *
 * Not every relation is an exact sum: a subscriber who follows two teams is in both, and one who
 * follows a whole NPA in none of its teams. We write them as sums all the same: a reader is then
 * assumed to know more than they can, so the rule errs on the side of hiding.
 */

export type ReachLevel = 'FORCE' | 'POLICING_AREA' | 'NEIGHBOURHOOD';

/** What the database counts for one area of one sample. */
export interface ReachArea {
  readonly level: ReachLevel;
  /** Null at FORCE. */
  readonly areaId: string | null;
  /** A team's NPA; null for an NPA and for the force (whose parts they are). */
  readonly parentId: string | null;
  /** Everyone in the sample in the area, whether or not they answered the question. */
  readonly total: number;
  /** Those who answered with a group, by group; "prefer not to say" is not a group. */
  readonly groups: ReadonlyMap<string, number>;
  /** Usual residents; null where no census figures are known for the area. */
  readonly population: ReachPopulation | null;
  /**
   * The fewest who did not say (preferred not to, or gave no answers) to any one of the four
   * questions, whichever this table is about: see `reachTables` on the total.
   */
  readonly fewestNotSaid: number;
}

export interface ReachPopulation {
  readonly total: number;
  /** Residents by group for this question (POPULATION_GROUPS). */
  readonly groups: ReadonlyMap<string, number>;
  readonly isDemoData: boolean;
}

export interface ReachGroupFigures {
  readonly group: string;
  /** The count, and (where the answered base is shown too) its share and ratio. */
  readonly figure: Suppressible<{ count: number; representation: Representation | null }>;
  /** Fewer than 50 answered in the area: any share here is a low base. */
  readonly lowBase: boolean;
  /** The census share; a census figure, published whatever the sample's cells are. */
  readonly populationShare: number | null;
}

export interface ReachTableFigures {
  readonly level: ReachLevel;
  readonly areaId: string | null;
  readonly total: Suppressible<{ count: number; perThousandResidents: number | null }>;
  readonly answered: Suppressible<{ count: number }>;
  readonly notSaid: Suppressible<{ count: number }>;
  readonly population: ReachPopulation | null;
  readonly groups: readonly ReachGroupFigures[];
}

/** The groups a table lists: every answer to the question but "prefer not to say". */
export function reachGroups(dimension: DemographicDimension): readonly string[] {
  const values: readonly string[] = {
    AGE_BAND: DEMOGRAPHIC_ENUMS.AgeBand,
    ETHNIC_GROUP: DEMOGRAPHIC_ENUMS.EthnicGroup,
    DISABILITY: DEMOGRAPHIC_ENUMS.Disability,
    GENDER: DEMOGRAPHIC_ENUMS.Gender,
  }[dimension];
  return values.filter((value) => value !== 'PREFER_NOT_TO_SAY');
}

export const reachAreaKey = (level: ReachLevel, areaId: string | null): string =>
  `${level}|${areaId ?? '-'}`;

const cellKey = (area: ReachArea, measure: string) =>
  `${reachAreaKey(area.level, area.areaId)}#${measure}`;

/**
 * The tables of every area given, by `reachAreaKey`. Give the whole force (the force row, every
 * NPA, every team), not just the areas to show: the pattern must be the same whichever are shown.
 */
export function reachTables(
  areas: readonly ReachArea[],
  dimension: DemographicDimension,
  threshold: number,
): Map<string, ReachTableFigures> {
  const groups = reachGroups(dimension);
  const answeredOf = (area: ReachArea) => groups.reduce((s, g) => s + (area.groups.get(g) ?? 0), 0);
  const measures = ['total', 'answered', 'notSaid', ...groups.map((g) => `g:${g}`)];
  const countOf = (area: ReachArea, measure: string): number => {
    if (measure === 'total') return area.total;
    if (measure === 'answered') return answeredOf(area);
    if (measure === 'notSaid') return Math.max(0, area.total - answeredOf(area));
    return area.groups.get(measure.slice(2)) ?? 0;
  };

  const byKey = new Map(areas.map((area) => [reachAreaKey(area.level, area.areaId), area]));
  const parentOf = (area: ReachArea): ReachArea | undefined =>
    area.level === 'NEIGHBOURHOOD' && area.parentId
      ? byKey.get(reachAreaKey('POLICING_AREA', area.parentId))
      : area.level === 'POLICING_AREA'
        ? byKey.get(reachAreaKey('FORCE', null))
        : undefined;
  const children = new Map<ReachArea, ReachArea[]>();
  for (const area of areas) {
    const parent = parentOf(area);
    if (parent) children.set(parent, [...(children.get(parent) ?? []), area]);
  }
  const acrossAreas = (measure: string): SumConstraint[] =>
    [...children].map(([parent, parts]) => ({
      total: cellKey(parent, measure),
      parts: parts.map((part) => cellKey(part, measure)),
    }));

  const totalsOnly = new Map(areas.map((area) => [cellKey(area, 'total'), area.total]));
  const totalsHidden = complementarySuppression(
    {
      counts: totalsOnly,
      constraints: acrossAreas('total'),
      fixed: new Map(
        areas
          .filter((area) => area.fewestNotSaid < threshold)
          .map((area) => [cellKey(area, 'total'), true]),
      ),
    },
    threshold,
  );
  const counts = new Map(
    areas.flatMap((area) => measures.map((m) => [cellKey(area, m), countOf(area, m)] as const)),
  );
  const constraints: SumConstraint[] = [
    ...measures.flatMap(acrossAreas),
    ...areas.flatMap((area) => [
      { total: cellKey(area, 'answered'), parts: groups.map((g) => cellKey(area, `g:${g}`)) },
      {
        total: cellKey(area, 'total'),
        parts: [cellKey(area, 'answered'), cellKey(area, 'notSaid')],
      },
    ]),
  ];
  const hidden = complementarySuppression(
    {
      counts,
      constraints,
      fixed: new Map([
        ...[...totalsOnly.keys()].map((key) => [key, totalsHidden.has(key)] as const),
        ...areas
          .filter((area) => totalsHidden.has(cellKey(area, 'total')))
          .map((area) => [cellKey(area, 'notSaid'), true] as const),
      ]),
    },
    threshold,
  );

  /** The one suppression path: under the threshold, or withheld as a complementary cell. */
  const figure = (area: ReachArea, measure: string): Suppressible<{ count: number }> => {
    const count = countOf(area, measure);
    const complementary = hidden.has(cellKey(area, measure)) && count >= threshold;
    return complementary ? withheld(threshold) : suppress({ count }, count, threshold);
  };

  const tables = new Map<string, ReachTableFigures>();
  for (const area of areas) {
    const answered = figure(area, 'answered');
    const base = answeredOf(area);
    const population = area.population;
    const total = figure(area, 'total');
    tables.set(reachAreaKey(area.level, area.areaId), {
      level: area.level,
      areaId: area.areaId,
      total: alongside(total, {
        perThousandResidents: population?.total ? (area.total / population.total) * 1000 : null,
      }),
      answered,
      notSaid: figure(area, 'notSaid'),
      population,
      groups: groups.map((group) => {
        const count = countOf(area, `g:${group}`);
        const populationCount = population?.groups.get(group) ?? null;
        // A share beside a hidden base gives the base back (count ÷ share), and a share of a
        // hidden count gives the count back (share × base): both must be shown.
        const shown = answered.kind === 'value';
        return {
          group,
          figure: alongside(figure(area, `g:${group}`), {
            representation: shown
              ? representation(count, base, populationCount, population?.total ?? null)
              : null,
          }),
          lowBase: base < LOW_BASE,
          populationShare:
            populationCount !== null && population?.total
              ? populationCount / population.total
              : null,
        };
      }),
    });
  }
  return tables;
}

/** A team in the lattice: its id and NPA, as the service's local copy knows them. */
export interface ReachTeam {
  readonly id: string;
  readonly policingAreaId: string;
}

/** A team's census figures, as the service keeps them from `neighbourhood.profile.updated`. */
export interface TeamPopulation {
  readonly population: number;
  readonly counts: readonly PopulationCount[];
  readonly isDemoData: boolean;
}

/** One area's sample counts: everyone, those who answered by group, and `fewestNotSaid`. */
export interface ReachCounts {
  readonly total: number;
  readonly groups: ReadonlyMap<string, number>;
  readonly fewestNotSaid: number;
}

const NO_COUNTS: ReachCounts = { total: 0, groups: new Map(), fewestNotSaid: 0 };

/**
 * The whole lattice for the given teams: the force, every NPA they are in, and each team, with
 * the counts given by `reachAreaKey` (none: zero) and the population of each (an NPA's and the
 * force's are the sums of their teams', and unknown unless every one of them is known: a partial
 * sum would understate the population and overstate the ratio).
 */
export function reachLattice(
  teams: readonly ReachTeam[],
  counts: ReadonlyMap<string, ReachCounts>,
  populations: ReadonlyMap<string, TeamPopulation>,
  dimension: DemographicDimension,
): ReachArea[] {
  const populationOf = (members: readonly ReachTeam[]): ReachPopulation | null => {
    const known = members.map((team) => populations.get(team.id));
    if (members.length === 0 || known.some((p) => p === undefined)) return null;
    const groups = new Map<string, number>();
    for (const p of known) {
      for (const c of p!.counts) {
        if (c.dimension === dimension) groups.set(c.group, (groups.get(c.group) ?? 0) + c.count);
      }
    }
    return {
      total: known.reduce((sum, p) => sum + p!.population, 0),
      groups,
      isDemoData: known.some((p) => p!.isDemoData),
    };
  };
  const area = (
    level: ReachLevel,
    areaId: string | null,
    parentId: string | null,
    members: readonly ReachTeam[],
  ): ReachArea => ({
    level,
    areaId,
    parentId,
    ...(counts.get(reachAreaKey(level, areaId)) ?? NO_COUNTS),
    population: populationOf(members),
  });
  const npas = [...new Set(teams.map((team) => team.policingAreaId))];
  return [
    area('FORCE', null, null, teams),
    ...npas.map((npa) =>
      area(
        'POLICING_AREA',
        npa,
        null,
        teams.filter((team) => team.policingAreaId === npa),
      ),
    ),
    ...teams.map((team) => area('NEIGHBOURHOOD', team.id, team.policingAreaId, [team])),
  ];
}

/** A row of a count by area and answer, as the services' queries return it. */
export interface ReachCountRow {
  readonly level: ReachLevel;
  readonly areaId: string | null;
  /** The answer; null (no answer) and PREFER_NOT_TO_SAY count in the total only. */
  readonly group: string | null;
  readonly count: number;
}

/** For one area, the fewest who did not say to any one question (`ReachArea.fewestNotSaid`). */
export interface ReachNotSaidRow {
  readonly level: ReachLevel;
  readonly areaId: string | null;
  readonly count: number;
}

/** The counts of each area by `reachAreaKey`, from rows of (area, answer, count). */
export function reachCounts(
  rows: readonly ReachCountRow[],
  fewestNotSaid: readonly ReachNotSaidRow[],
): Map<string, ReachCounts> {
  const fewest = new Map(fewestNotSaid.map((r) => [reachAreaKey(r.level, r.areaId), r.count]));
  const counts = new Map<
    string,
    { total: number; groups: Map<string, number>; fewestNotSaid: number }
  >();
  for (const row of rows) {
    const key = reachAreaKey(row.level, row.areaId);
    const area = counts.get(key) ?? {
      total: 0,
      groups: new Map<string, number>(),
      // None known: as if nobody said, which hides the total (the safe side).
      fewestNotSaid: fewest.get(key) ?? 0,
    };
    area.total += row.count;
    if (row.group !== null && row.group !== 'PREFER_NOT_TO_SAY') {
      area.groups.set(row.group, (area.groups.get(row.group) ?? 0) + row.count);
    }
    counts.set(key, area);
  }
  return counts;
}

/**
 * The areas a "by area" list shows for an area: the force's NPAs, an NPA's teams, or a team
 * itself (a team has no smaller areas).
 */
export function reachChildren(
  areas: readonly ReachArea[],
  level: ReachLevel,
  areaId: string | null,
): ReachArea[] {
  if (level === 'FORCE') return areas.filter((a) => a.level === 'POLICING_AREA');
  if (level === 'POLICING_AREA') {
    return areas.filter((a) => a.level === 'NEIGHBOURHOOD' && a.parentId === areaId);
  }
  return areas.filter((a) => a.level === 'NEIGHBOURHOOD' && a.areaId === areaId);
}
