import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { AuditEntry } from '@engage/shared/audit';
import { SurveyQuestion } from '../questions/survey-question.entity.ts';
import { uuidArray } from '@engage/shared';
import { KnownNeighbourhood } from '../neighbourhoods/known-neighbourhood.entity.ts';
import { AUDIT_SUBJECT } from './round-corrections.ts';
import type { OpenLinkDay } from './round-corrections.types.ts';
import { SurveyRound } from './survey-round.entity.ts';

/** One query per kind per request, however many rounds a query touches. */
export function createRoundLoaders(em: EntityManager) {
  return {
    roundById: new DataLoader<string, SurveyRound | null>(async (ids) => {
      const rounds = await em.find(SurveyRound, { id: { $in: [...ids] } });
      const byId = new Map(rounds.map((round) => [round.id, round]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The standard questions of a question set version, Q1 to Q5. */
    standardQuestions: new DataLoader<number, SurveyQuestion[]>(async (versions) => {
      const questions = await em.find(
        SurveyQuestion,
        { standard: true, questionSetVersion: { $in: [...versions] } },
        { orderBy: { code: 'asc' } },
      );
      return versions.map((v) => questions.filter((q) => q.questionSetVersion === v));
    }),
    /** Every local question of a round, every NPA, in the order they were added. */
    localQuestions: new DataLoader<string, SurveyQuestion[]>(async (roundIds) => {
      const questions = await em.find(
        SurveyQuestion,
        { standard: false, roundId: { $in: [...roundIds] } },
        { orderBy: { policingAreaId: 'asc', code: 'asc' } },
      );
      return roundIds.map((id) => questions.filter((q) => q.roundId === id));
    }),
    team: new DataLoader<string, KnownNeighbourhood | null>(async (ids) => {
      const teams = await em.find(KnownNeighbourhood, { id: { $in: [...ids] } });
      const byId = new Map(teams.map((team) => [team.id, team]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** An NPA's name, as its teams' copies carry it (this service keeps no NPA of its own). */
    policingAreaName: new DataLoader<string, string | null>(async (ids) => {
      const teams = await em.find(
        KnownNeighbourhood,
        { policingAreaId: { $in: [...ids] } },
        { fields: ['policingAreaId', 'policingAreaName'] },
      );
      const byId = new Map(teams.map((team) => [team.policingAreaId, team.policingAreaName]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    responseCount: new DataLoader<string, number>(async (roundIds) => {
      const rows = await em.execute<{ round_id: string; count: number }[]>(
        `select round_id, count(*)::int as count from surveys.survey_response
         where round_id = any(cast(? as uuid[])) group by round_id`,
        [uuidArray(roundIds)],
      );
      const counts = new Map(rows.map((row) => [row.round_id, row.count]));
      return roundIds.map((id) => counts.get(id) ?? 0);
    }),
    excludedResponseCount: new DataLoader<string, number>(async (roundIds) => {
      const rows = await em.execute<{ round_id: string; count: number }[]>(
        `select round_id, count(*)::int as count from surveys.survey_response
         where round_id = any(cast(? as uuid[])) and excluded_at is not null group by round_id`,
        [uuidArray(roundIds)],
      );
      const counts = new Map(rows.map((row) => [row.round_id, row.count]));
      return roundIds.map((id) => counts.get(id) ?? 0);
    }),
    openLinkDays: new DataLoader<string, OpenLinkDay[]>(async (roundIds) => {
      const rows = await em.execute<
        { round_id: string; day: string; answers: number; excluded: number }[]
      >(
        `select round_id, to_char(submitted_on, 'YYYY-MM-DD') as day, count(*)::int as answers,
                count(*) filter (where excluded_at is not null)::int as excluded
         from surveys.survey_response
         where round_id = any(cast(? as uuid[])) and not verified
         group by round_id, submitted_on order by submitted_on`,
        [uuidArray(roundIds)],
      );
      return roundIds.map((id) =>
        rows
          .filter((row) => row.round_id === id)
          .map(({ day, answers, excluded }) => ({ day, answers, excluded })),
      );
    }),
    roundAuditEntries: new DataLoader<string, AuditEntry[]>(async (roundIds) => {
      const entries = await em.find(
        AuditEntry,
        { subjectType: AUDIT_SUBJECT, subjectId: { $in: [...roundIds] } },
        { orderBy: { at: 'desc' } },
      );
      return roundIds.map((id) => entries.filter((entry) => entry.subjectId === id));
    }),
  };
}
