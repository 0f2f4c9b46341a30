import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@engage/shared/graphql';
import { SurveyQuestion } from '../questions/survey-question.entity.ts';
import { SurveyRound } from '../rounds/survey-round.entity.ts';
import { AREA_LEVELS, BREAKDOWNS, type AreaLevel, type Breakdown } from './score-counts.ts';

export const AreaLevelEnum = graphqlEnum('AreaLevel', AREA_LEVELS);
export const BreakdownEnum = graphqlEnum('Breakdown', BREAKDOWNS);

@ObjectType({
  description:
    'A figure, 0–100, with its 95% interval. Suppressed (fewer respondents than the threshold, ' +
    'default 10): value, lower, upper and respondents are all null.',
})
export class ScoreFigure {
  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  lower!: number | null;

  @Field(() => Float, { nullable: true })
  upper!: number | null;

  @Field(() => Int, { nullable: true })
  respondents!: number | null;

  @Field()
  suppressed!: boolean;
}

@ObjectType()
export class QuestionScore {
  @Field(() => SurveyQuestion)
  question!: SurveyQuestion;

  @Field(() => ScoreFigure)
  figure!: ScoreFigure;
}

@ObjectType({ description: 'The change in overall confidence since the previous round.' })
export class ScoreChange {
  @Field(() => Float, { nullable: true, description: 'Percentage points; null when suppressed.' })
  points!: number | null;

  @Field({ description: 'Welch’s t-test, two-sided, at 5%.' })
  significant!: boolean;

  @Field()
  suppressed!: boolean;
}

@ObjectType({ description: 'Confidence for one round × area × group.' })
export class ConfidenceCell {
  @Field(() => SurveyRound)
  round!: SurveyRound;

  @Field(() => AreaLevelEnum)
  level!: AreaLevel;

  @Field(() => ID, { nullable: true })
  policingAreaId!: string | null;

  @Field(() => ID, { nullable: true })
  neighbourhoodId!: string | null;

  @Field(() => BreakdownEnum)
  groupBy!: Breakdown;

  @Field(() => String, { nullable: true, description: 'e.g. "AGE_45_54"; null for NONE.' })
  group!: string | null;

  @Field(() => ScoreFigure)
  confidence!: ScoreFigure;

  @Field(() => [QuestionScore])
  questions!: QuestionScore[];

  @Field(() => ScoreChange, { nullable: true })
  change!: ScoreChange | null;
}

@ObjectType()
export class TrendPoint {
  @Field(() => SurveyRound)
  round!: SurveyRound;

  @Field(() => ScoreFigure)
  confidence!: ScoreFigure;

  @Field(() => Float, { nullable: true, description: 'The national figure for the period.' })
  national!: number | null;
}
