import type { EntityManager } from '@mikro-orm/postgresql';
import { SurveyQuestion } from '../questions/survey-question.entity.ts';
import type { SurveyRound } from '../rounds/survey-round.entity.ts';

/**
 * The questions a round asks in one neighbourhood: the five of the round's question set, then
 * the local questions of the neighbourhood's NPA (none without a neighbourhood or NPA).
 */
export async function roundQuestions(
  em: EntityManager,
  round: Pick<SurveyRound, 'id' | 'questionSetVersion'>,
  policingAreaId: string | null,
): Promise<SurveyQuestion[]> {
  const questions = await em.find(
    SurveyQuestion,
    {
      $or: [
        { standard: true, questionSetVersion: round.questionSetVersion },
        ...(policingAreaId ? [{ standard: false, roundId: round.id, policingAreaId }] : []),
      ],
    },
    { orderBy: { standard: 'desc', code: 'asc' } },
  );
  return questions;
}
