import { defineModule } from '@engage/shared/graphql';
import { RoundCorrectionsResolver } from './round-corrections.resolver.ts';
import { SurveyRoundFieldsResolver } from './round-fields.resolver.ts';
import { createRoundLoaders } from './rounds.loaders.ts';
import { SurveyRound } from './survey-round.entity.ts';
import { surveyRoundReference } from './survey-round.reference.ts';
import { SurveyRoundResolver } from './survey-round.resolver.ts';

/** Survey rounds: planning, the calendar that opens and closes them, and corrections. */
export const roundsModule = defineModule({
  name: 'rounds',
  entities: [SurveyRound],
  resolvers: [SurveyRoundResolver, SurveyRoundFieldsResolver, RoundCorrectionsResolver],
  references: { SurveyRound: surveyRoundReference },
  createLoaders: createRoundLoaders,
});
