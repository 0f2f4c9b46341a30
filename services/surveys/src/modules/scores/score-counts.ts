import type { EntityManager } from '@mikro-orm/postgresql';
import { STANDARD_CODES, type StandardCode } from '../questions/standard-questions.ts';
import { uuidArray } from '@engage/shared';

export const AREA_LEVELS = ['FORCE', 'POLICING_AREA', 'NEIGHBOURHOOD'] as const;
export type AreaLevel = (typeof AREA_LEVELS)[number];

export const BREAKDOWNS = [
  'NONE',
  'AGE_BAND',
  'ETHNIC_GROUP',
  'DISABILITY',
  'GENDER',
  'ANSWER_LANGUAGE',
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The column behind each cut. Fixed strings, never caller input, so safe to put in SQL. */
const GROUP_COLUMN: Record<Breakdown, string> = {
  NONE: 'null::text',
  AGE_BAND: 'r.age_band',
  ETHNIC_GROUP: 'r.ethnic_group',
  DISABILITY: 'r.disability',
  GENDER: 'r.gender',
  ANSWER_LANGUAGE: 'r.language',
};

/** The five standard answers' columns on survey_response, named after their codes (q1 is Q1). */
const COLUMN: Record<StandardCode, string> = { Q1: 'q1', Q2: 'q2', Q3: 'q3', Q4: 'q4', Q5: 'q5' };

/** What the database counts for a set of responses: everything a score needs, all additive. */
export interface Counts {
  /** Every answer, including one that said "don't know" throughout. */
  responses: number;
  /** Respondents with at least one counted standard answer, and Σ, Σ² of their own scores. */
  respondents: { n: number; sum: number; sumOfSquares: number };
  /** Per standard question code: agree + strongly agree, and answers other than "don't know". */
  questions: Map<StandardCode, { positive: number; base: number }>;
}

/** Counts at the finest grain: one round × verified or not × team × group. */
export interface FineCounts {
  roundId: string;
  round: { label: string; status: string; closesOn: string };
  verified: boolean;
  policingAreaId: string | null;
  neighbourhoodId: string | null;
  group: string | null;
  counts: Counts;
}

/** Which rounds to count: those given, or the latest closed one of each team given. */
export type RoundChoice = { roundIds: readonly string[] } | { latestClosedFor: readonly string[] };

/**
 * Counts every answer that counts in one aggregate pass (no response is loaded into memory), at
 * the finest grain, so every level, sample and total is a sum of these rows (score-lattice.ts).
 * An answer an admin excluded, or in a round an admin voided, counts nowhere.
 */
export async function countFine(
  em: EntityManager,
  rounds: RoundChoice,
  groupBy: Breakdown,
): Promise<FineCounts[]> {
  const group = GROUP_COLUMN[groupBy];
  const counted = STANDARD_CODES.map((c) => `(r.${COLUMN[c]} <> 'DONT_KNOW')::int`).join(' + ');
  const positive = STANDARD_CODES.map(
    (c) => `(r.${COLUMN[c]} in ('AGREE', 'STRONGLY_AGREE'))::int`,
  );
  // For a team's latest closed round, the round before it too: the open-link anomaly compares
  // with it (confidence-cells.ts `beside`).
  const chosen =
    'roundIds' in rounds
      ? `select unnest(cast(? as uuid[])) as round_id`
      : `with latest as (
           select distinct on (r.neighbourhood_id) r.round_id, sr.closes_on, sr.label
           from surveys.survey_response r
           join surveys.survey_round sr on sr.id = r.round_id
           where r.neighbourhood_id = any(cast(? as uuid[])) and sr.status = 'CLOSED'
             and sr.voided_at is null and r.excluded_at is null
           order by r.neighbourhood_id, sr.closes_on desc, sr.label desc)
         select round_id from latest
         union
         select (select p.id from surveys.survey_round p
                 where p.status <> 'SCHEDULED' and p.opened_at is not null and p.voided_at is null
                   and (p.closes_on, p.label) < (l.closes_on, l.label)
                 order by p.closes_on desc, p.label desc limit 1)
         from latest l`;
  const ids = 'roundIds' in rounds ? rounds.roundIds : rounds.latestClosedFor;
  if (ids.length === 0) return [];
  const rows = await em.execute<Record<string, string | number | boolean | null>[]>(
    `with chosen as (${chosen}),
     per_response as (
       select r.round_id, sr.label, sr.status, sr.closes_on::text, r.verified, r.policing_area_id, r.neighbourhood_id,
              ${group} as grp, ${counted} as counted,
              ${positive.join(' + ')} as positive, r.q1, r.q2, r.q3, r.q4, r.q5
       from surveys.survey_response r
       join surveys.survey_round sr on sr.id = r.round_id
       where r.round_id in (select round_id from chosen)
         and sr.voided_at is null and r.excluded_at is null)
     select round_id, label, status, closes_on, verified, policing_area_id, neighbourhood_id, grp,
            count(*)::int as responses,
            count(*) filter (where counted > 0)::int as n,
            coalesce(sum(positive::float8 / nullif(counted, 0)), 0)::float8 as s,
            coalesce(sum((positive::float8 / nullif(counted, 0)) ^ 2), 0)::float8 as ss,
            ${STANDARD_CODES.map(
              (c) =>
                `count(*) filter (where ${COLUMN[c]} in ('AGREE', 'STRONGLY_AGREE'))::int as ${c}_positive,
                 count(*) filter (where ${COLUMN[c]} <> 'DONT_KNOW')::int as ${c}_base`,
            ).join(', ')}
     from per_response
     group by round_id, label, status, closes_on, verified, policing_area_id, neighbourhood_id, grp`,
    [uuidArray(ids)],
  );
  return rows.map((row) => ({
    roundId: row['round_id'] as string,
    round: {
      label: row['label'] as string,
      status: row['status'] as string,
      closesOn: row['closes_on'] as string,
    },
    verified: row['verified'] as boolean,
    policingAreaId: row['policing_area_id'] as string | null,
    neighbourhoodId: row['neighbourhood_id'] as string | null,
    group: row['grp'] as string | null,
    counts: {
      responses: row['responses'] as number,
      respondents: {
        n: row['n'] as number,
        sum: row['s'] as number,
        sumOfSquares: row['ss'] as number,
      },
      questions: new Map(
        STANDARD_CODES.map((c) => [
          c,
          {
            positive: row[`${c.toLowerCase()}_positive`] as number,
            base: row[`${c.toLowerCase()}_base`] as number,
          },
        ]),
      ),
    },
  }));
}

export const noCounts = (): Counts => ({
  responses: 0,
  respondents: { n: 0, sum: 0, sumOfSquares: 0 },
  questions: new Map(STANDARD_CODES.map((c) => [c, { positive: 0, base: 0 }])),
});

/** Adds `more` into `into`: every count here is a plain sum over responses. */
export function addCounts(into: Counts, more: Counts): void {
  into.responses += more.responses;
  into.respondents.n += more.respondents.n;
  into.respondents.sum += more.respondents.sum;
  into.respondents.sumOfSquares += more.respondents.sumOfSquares;
  for (const [code, q] of more.questions) {
    const sum = into.questions.get(code) ?? { positive: 0, base: 0 };
    into.questions.set(code, { positive: sum.positive + q.positive, base: sum.base + q.base });
  }
}
