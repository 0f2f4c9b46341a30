import { defineModule } from '@engage/shared/graphql';
import { QuestionSet } from './question-set.entity.ts';
import { QuestionSetResolver } from './question-set.resolver.ts';
import { SurveyQuestion } from './survey-question.entity.ts';

/** Question sets: the five standard questions and each team's local ones. */
export const questionsModule = defineModule({
  name: 'questions',
  entities: [QuestionSet, SurveyQuestion],
  resolvers: [QuestionSetResolver],
});
