import type { SurveysContext } from '../../context.ts';
import type { SurveyRound } from './survey-round.entity.ts';

/** Batched: every round the gateway asks about in one request is loaded with one query. */
export const surveyRoundReference = {
  __resolveReference: (reference: { id: string }, { loaders }: SurveysContext) =>
    loaders.roundById.load(reference.id) as Promise<SurveyRound | null>,
};
