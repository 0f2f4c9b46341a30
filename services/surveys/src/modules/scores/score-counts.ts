import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../sql.ts';

export const AREA_LEVELS = ['FORCE', 'POLICING_AREA', 'NEIGHBOURHOOD'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export const BREAKDOWNS = ['NONE', 'AGE_BAND', 'ETHNIC_GROUP', 'DISABILITY', 'GENDER'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The columns behind each cut. Fixed strings, never caller input, so safe to put in SQL. */
const AREA_COLUMN: Record<AreaLevel, string | null> = {
  FORCE: null,
  POLICING_AREA: 'r.policing_area_id',
  NEIGHBOURHOOD: 'r.neighbourhood_id',
};
const GROUP_COLUMN: Record<Breakdown, string | null> = {
  NONE: null,
  AGE_BAND: 'r.age_band',
  ETHNIC_GROUP: 'r.ethnic_group',
  DISABILITY: 'r.disability',
  GENDER: 'r.gender',
};

/** The five standard answers' columns on survey_response, named after their codes (q1 is Q1). */
const STANDARD_COLUMNS = ['q1', 'q2', 'q3', 'q4', 'q5'] as const;

/** What the database counts for one cell (round × area × group): everything a score needs. */
export interface CellCounts {
  roundId: string;
  /** Null at FORCE level. */
  areaId: string | null;
  /** Null for NONE. */
  group: string | null;
  /** Respondents with at least one counted standard answer, and Σ, Σ² of their own scores. */
  respondents: { n: number; sum: number; sumOfSquares: number };
  /** Per standard question code: agree + strongly agree, and answers other than "don't know". */
  questions: Map<string, { positive: number; base: number }>;
}

export interface CellQuery {
  level: AreaLevel;
  groupBy: Breakdown;
  roundIds: readonly string[];
  /** Null: every area of the level. */
  areaIds: readonly string[] | null;
}

/**
 * Counts per cell in two aggregate queries (per respondent, then per question), so no response
 * is loaded into memory: the work is one pass of GROUP BY over the responses of the rounds asked. Responses
 * with no area at that level (an open-link answer without a postcode) count only at FORCE;
 * responses without the group asked for (no demographics given) are left out of that cut.
 */
export async function countCells(em: EntityManager, query: CellQuery): Promise<CellCounts[]> {
  if (query.roundIds.length === 0) return [];
  const area = AREA_COLUMN[query.level] ?? 'null::uuid';
  const group = GROUP_COLUMN[query.groupBy] ?? 'null::text';
  const where = [`r.round_id = any(cast(? as uuid[]))`];
  const params: string[] = [uuidArray(query.roundIds)];
  if (AREA_COLUMN[query.level]) where.push(`${area} is not null`);
  if (GROUP_COLUMN[query.groupBy]) where.push(`${group} is not null`);
  if (AREA_COLUMN[query.level] && query.areaIds) {
    where.push(`${area} = any(cast(? as uuid[]))`);
    params.push(uuidArray(query.areaIds));
  }
  const [people, answers] = await Promise.all([
    em.execute<
      {
        round_id: string;
        area_id: string | null;
        grp: string | null;
        n: number;
        s: number;
        ss: number;
      }[]
    >(
      `with per_response as (
         select r.round_id, ${area} as area_id, ${group} as grp,
                ${STANDARD_COLUMNS.map((q) => `(r.${q} <> 'DONT_KNOW')::int`).join(' + ')} as counted,
                ${STANDARD_COLUMNS.map((q) => `(r.${q} in ('AGREE', 'STRONGLY_AGREE'))::int`).join(' + ')} as positive
         from surveys.survey_response r
         where ${where.join(' and ')})
       select round_id, area_id, grp, count(*)::int as n,
              coalesce(sum(positive::float8 / counted), 0)::float8 as s,
              coalesce(sum((positive::float8 / counted) ^ 2), 0)::float8 as ss
       from per_response where counted > 0
       group by round_id, area_id, grp`,
      params,
    ),
    em.execute<
      {
        round_id: string;
        area_id: string | null;
        grp: string | null;
        code: string;
        positive: number;
        base: number;
      }[]
    >(
      `select r.round_id, ${area} as area_id, ${group} as grp, a.code,
              count(*) filter (where a.choice in ('AGREE', 'STRONGLY_AGREE'))::int as positive,
              count(*) filter (where a.choice <> 'DONT_KNOW')::int as base
       from surveys.survey_response r
       cross join lateral (values ${STANDARD_COLUMNS.map((q) => `('${q.toUpperCase()}', r.${q})`).join(', ')}) as a(code, choice)
       where ${where.join(' and ')}
       group by r.round_id, ${area}, ${group}, a.code`,
      params,
    ),
  ]);
  const cells = new Map<string, CellCounts>();
  const cellFor = (roundId: string, areaId: string | null, grp: string | null) => {
    const key = `${roundId}|${areaId}|${grp}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = {
        roundId,
        areaId,
        group: grp,
        respondents: { n: 0, sum: 0, sumOfSquares: 0 },
        questions: new Map(),
      };
      cells.set(key, cell);
    }
    return cell;
  };
  for (const row of answers) {
    cellFor(row.round_id, row.area_id, row.grp).questions.set(row.code, {
      positive: row.positive,
      base: row.base,
    });
  }
  for (const row of people) {
    cellFor(row.round_id, row.area_id, row.grp).respondents = {
      n: row.n,
      sum: row.s,
      sumOfSquares: row.ss,
    };
  }
  return [...cells.values()];
}
