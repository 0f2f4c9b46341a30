import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { surveySettings } from '../../settings.ts';
import { STANDARD_CODES } from '../questions/standard-questions.ts';
import { uuidArray } from '../sql.ts';
import type { Confidence } from './confidence.type.ts';

interface Row {
  neighbourhood_id: string;
  label: string;
  responses: number;
  respondents: number;
  code: string;
  positive: number;
  base: number;
}

export function createConfidenceLoaders(em: EntityManager) {
  return {
    /**
     * Each team's confidence in the latest CLOSED round it has answers in, for every team asked,
     * with one query: the latest round per team, then its counts per standard question. The
     * score is the mean of the questions' shares, null when fewer people than the threshold
     * gave a counted answer (as `confidenceScores` suppresses it).
     */
    latestConfidenceByNeighbourhood: new DataLoader<string, Confidence | null>(async (ids) => {
      const rows = await em.execute<Row[]>(
        `with latest as (
           select distinct on (r.neighbourhood_id) r.neighbourhood_id, r.round_id, sr.label
           from surveys.survey_response r
           join surveys.survey_round sr on sr.id = r.round_id and sr.status = 'CLOSED'
           where r.neighbourhood_id = any(cast(? as uuid[]))
           order by r.neighbourhood_id, sr.closes_on desc),
         answers as (
           select r.neighbourhood_id, r.id, a.code, a.choice
           from latest l
           join surveys.survey_response r
             on r.neighbourhood_id = l.neighbourhood_id and r.round_id = l.round_id
           cross join lateral (values ('Q1', r.q1), ('Q2', r.q2), ('Q3', r.q3), ('Q4', r.q4),
             ('Q5', r.q5)) as a(code, choice)),
         people as (
           select neighbourhood_id, count(distinct id)::int as responses,
                  count(distinct id) filter (where choice <> 'DONT_KNOW')::int as respondents
           from answers group by neighbourhood_id)
         select l.neighbourhood_id, l.label, p.responses, p.respondents, a.code,
                count(*) filter (where a.choice in ('AGREE', 'STRONGLY_AGREE'))::int as positive,
                count(*) filter (where a.choice <> 'DONT_KNOW')::int as base
         from latest l
         join people p on p.neighbourhood_id = l.neighbourhood_id
         join answers a on a.neighbourhood_id = l.neighbourhood_id
         group by l.neighbourhood_id, l.label, p.responses, p.respondents, a.code`,
        [uuidArray(ids)],
      );
      const threshold = surveySettings().SUPPRESSION_THRESHOLD;
      const byTeam = new Map<string, Row[]>();
      for (const row of rows)
        byTeam.set(row.neighbourhood_id, [...(byTeam.get(row.neighbourhood_id) ?? []), row]);
      return ids.map((id) => {
        const team = byTeam.get(id);
        if (!team?.[0]) return null;
        const shares = team
          .filter((row) => (STANDARD_CODES as readonly string[]).includes(row.code) && row.base > 0)
          .map((row) => row.positive / row.base);
        const { label, responses, respondents } = team[0];
        const score =
          respondents < threshold || shares.length === 0
            ? null
            : (shares.reduce((a, b) => a + b, 0) / shares.length) * 100;
        return { score, responses, round: label };
      });
    }),
  };
}
