import { Arg, Ctx, FieldResolver, ID, Int, ObjectType, Field, Resolver, Root } from 'type-graphql';
import { appError } from '@engage/shared/graphql';
import type { SurveysContext } from '../../context.ts';
import { requireStaff } from '../authorization.ts';
import { SurveyQuestion } from '../questions/survey-question.entity.ts';
import { SurveyRound } from './survey-round.entity.ts';

@ObjectType({ description: 'A question one NPA added to one round.' })
export class LocalQuestion {
  @Field(() => ID, { description: 'The NPA that added the question.' })
  policingAreaId!: string;

  @Field(() => SurveyQuestion, { description: 'The question itself.' })
  question!: SurveyQuestion;
}

@Resolver(() => SurveyRound)
export class SurveyRoundFieldsResolver {
  @FieldResolver(() => [LocalQuestion], {
    description: 'Questions NPAs added to this round for their own residents.',
  })
  async localQuestions(
    @Root() round: SurveyRound,
    @Ctx() { loaders }: SurveysContext,
  ): Promise<LocalQuestion[]> {
    const questions = await loaders.localQuestions.load(round.id);
    return questions.map((question) => ({ policingAreaId: question.policingAreaId!, question }));
  }

  @FieldResolver(() => [SurveyQuestion], {
    description: 'The five, then the local questions of that neighbourhood’s NPA.',
  })
  async questions(
    @Root() round: SurveyRound,
    @Arg('neighbourhoodId', () => ID, {
      description:
        'A team, to include its NPA’s local questions; null or left out for the force-wide questions only.',
      nullable: true,
    })
    neighbourhoodId: string | null,
    @Ctx() { loaders }: SurveysContext,
  ): Promise<SurveyQuestion[]> {
    const [standard, local, team] = await Promise.all([
      loaders.standardQuestions.load(round.questionSetVersion),
      loaders.localQuestions.load(round.id),
      neighbourhoodId ? loaders.team.load(neighbourhoodId) : null,
    ]);
    if (neighbourhoodId && !team) throw appError('NOT_FOUND', 'There is no such neighbourhood.');
    return [
      ...standard,
      ...local.filter((question) => team && question.policingAreaId === team.policingAreaId),
    ];
  }

  @FieldResolver(() => Int, { description: 'How many responses so far (staff only).' })
  async responseCount(
    @Root() round: SurveyRound,
    @Ctx() { actor, loaders }: SurveysContext,
  ): Promise<number> {
    requireStaff(actor, 'see response counts');
    return loaders.responseCount.load(round.id);
  }
}
