import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AreaLevelEnum, graphqlEnum } from '@engage/shared/graphql';
import { SurveyQuestion } from '../questions/survey-question.entity.ts';
import { SurveyRound } from '../rounds/survey-round.entity.ts';
import { SAMPLES, type Sample } from '../scoring/index.ts';
import { BREAKDOWNS, type AreaLevel, type Breakdown } from './score-counts.ts';
import { WITHHELD_REASONS, type WithheldReason } from './confidence-headline.ts';

// One declaration for both subgraphs (newsletters' reach uses it too).
export { AreaLevelEnum };
export const BreakdownEnum = graphqlEnum(
  'Breakdown',
  BREAKDOWNS,
  'A breakdown of confidence figures: by what respondents chose to tell us about themselves, or by the language they answered in; NONE for the whole area. Staff only.',
  {
    NONE: 'No breakdown: everyone who answered in the area.',
    AGE_BAND: 'By the age band respondents gave.',
    ETHNIC_GROUP: 'By the ethnic group respondents gave.',
    DISABILITY: 'By whether respondents said they have a disability.',
    GENDER: 'By the gender respondents gave.',
    ANSWER_LANGUAGE:
      'By the language respondents answered in (the questions’ language on the page), a ResidentLanguage value.',
  },
);
export const ScoreSampleEnum = graphqlEnum(
  'ScoreSample',
  SAMPLES,
  'Which answers a figure is from: VERIFIED (invitations, the default and the published ' +
    'headline), OPEN_LINK (the public link, unverified) or ALL.',
  {
    VERIFIED: 'Answers from residents invited by email: the headline figures.',
    OPEN_LINK: 'Answers through the public link: unverified, anyone may answer.',
    ALL: 'Both together.',
  },
);

@ObjectType({
  description:
    'A figure, 0–100, with its 95% interval. Suppressed (fewer respondents than the threshold, ' +
    'default 10): value, lower, upper and respondents are all null.',
})
export class ScoreFigure {
  @Field(() => Float, {
    description: 'The score, a percentage from 0 to 100; null when suppressed.',
    nullable: true,
  })
  value!: number | null;

  @Field(() => Float, {
    description: 'The lower end of its 95% interval (Wilson), a percentage; null when suppressed.',
    nullable: true,
  })
  lower!: number | null;

  @Field(() => Float, {
    description: 'The upper end of its 95% interval (Wilson), a percentage; null when suppressed.',
    nullable: true,
  })
  upper!: number | null;

  @Field(() => Int, {
    description:
      'How many people answered; null when suppressed (fewer than 10, or held back so that a hidden figure cannot be worked out by subtraction).',
    nullable: true,
  })
  respondents!: number | null;

  @Field({ description: 'True when the figure is withheld: its numbers are then null.' })
  suppressed!: boolean;
}

@ObjectType({ description: 'The score for one question of the survey.' })
export class QuestionScore {
  @Field(() => SurveyQuestion, { description: 'The question.' })
  question!: SurveyQuestion;

  @Field(() => ScoreFigure, { description: 'Its score: the share who agreed or strongly agreed.' })
  figure!: ScoreFigure;
}

@ObjectType({ description: 'The change in overall confidence since the previous round.' })
export class ScoreChange {
  @Field(() => Float, { nullable: true, description: 'Percentage points; null when suppressed.' })
  points!: number | null;

  @Field({ description: 'Welch’s t-test, two-sided, at 5%.' })
  significant!: boolean;

  @Field({ description: 'True when either figure compared is withheld: points is then null.' })
  suppressed!: boolean;
}

@ObjectType({
  description:
    'The open-link answers beside a verified figure: anyone can answer through the open link, ' +
    'so they are reported apart, unverified, and flagged when their volume is out of line.',
})
export class OpenLinkFigure {
  @Field(() => Int, {
    nullable: true,
    description: 'How many open-link answers came in; null when their score is suppressed.',
  })
  responses!: number | null;

  @Field(() => ScoreFigure, {
    description: 'Their confidence, unverified; suppressed as any figure.',
  })
  confidence!: ScoreFigure;

  @Field({
    description:
      'True when open-link answers are at least 10 and more than twice the verified answers of ' +
      'the same round, or more than twice the open-link answers of the round before.',
  })
  anomaly!: boolean;
}

@ObjectType({ description: 'Confidence for one round × area × group.' })
export class ConfidenceCell {
  @Field(() => SurveyRound, { description: 'The round the figures are from.' })
  round!: SurveyRound;

  @Field(() => AreaLevelEnum, { description: 'The level of this cell: force, NPA or team.' })
  level!: AreaLevel;

  @Field(() => ID, {
    description: 'The NPA, for NPA and team cells; null for the force.',
    nullable: true,
  })
  policingAreaId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The NPA's name, from the teams this service knows; null for the force.",
  })
  policingAreaName!: string | null;

  @Field(() => ID, { description: 'The team, for team cells; null otherwise.', nullable: true })
  neighbourhoodId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The team's name, from the teams this service knows; null above a team.",
  })
  neighbourhoodName!: string | null;

  @Field(() => BreakdownEnum, { description: 'The breakdown asked for (NONE for the whole area).' })
  groupBy!: Breakdown;

  @Field(() => String, { nullable: true, description: 'e.g. "AGE_45_54"; null for NONE.' })
  group!: string | null;

  @Field(() => ScoreFigure, {
    description: 'The share of respondents confident in their local police.',
  })
  confidence!: ScoreFigure;

  @Field(() => [QuestionScore], { description: 'The score for each question of the round.' })
  questions!: QuestionScore[];

  @Field(() => ScoreChange, {
    description:
      'The change in confidence since the area’s previous round; null for its first round.',
    nullable: true,
  })
  change!: ScoreChange | null;

  @Field(() => ScoreSampleEnum, { description: 'Which answers the figures are from.' })
  sample!: Sample;

  @Field(() => OpenLinkFigure, {
    nullable: true,
    description: 'Beside a VERIFIED figure for everyone in an area; null for a group or sample.',
  })
  openLink!: OpenLinkFigure | null;
}

@ObjectType({ description: 'Confidence in one round, a point on an area’s trend.' })
export class TrendPoint {
  @Field(() => SurveyRound, { description: 'The round.' })
  round!: SurveyRound;

  @Field(() => ScoreFigure, {
    description: 'Confidence in that round (suppressed when too few answered).',
  })
  confidence!: ScoreFigure;

  @Field(() => Float, { nullable: true, description: 'The national figure for the period.' })
  national!: number | null;
}

export const WithheldReasonEnum = graphqlEnum(
  'WithheldReason',
  WITHHELD_REASONS,
  'Why a figure is not shown: TOO_FEW_ANSWERS (fewer respondents than the threshold, default ' +
    '10) or PROTECTS_SMALLER_GROUP (held back so that a small figure beside it cannot be worked ' +
    'out by subtraction).',
  {
    TOO_FEW_ANSWERS: 'Fewer than 10 people answered.',
    PROTECTS_SMALLER_GROUP:
      'Enough answered, but showing it would let a hidden figure beside it be worked out by subtraction.',
  },
);

@ObjectType({ description: "One round's headline confidence for an area, from verified answers." })
export class HeadlineRound {
  @Field(() => SurveyRound, { description: 'The round.' })
  round!: SurveyRound;

  @Field(() => ScoreFigure, { description: 'The overall score with its 95% interval.' })
  confidence!: ScoreFigure;

  @Field(() => Int, {
    nullable: true,
    description: 'How many answered by invitation; null where the score is suppressed.',
  })
  responses!: number | null;

  @Field(() => WithheldReasonEnum, {
    nullable: true,
    description: 'Why the figure is not shown; null where it is.',
  })
  withheld!: WithheldReason | null;
}

@ObjectType({
  description:
    "An area's headline confidence, comparing like with like: the force's from force-wide " +
    "rounds only, an NPA's or a team's from force-wide rounds and its NPA's own. A thin new " +
    'round never hides the last figure that had enough answers: `latest` says how the newest ' +
    'round stands, `shown` is the figure to headline.',
})
export class ConfidenceHeadline {
  @Field(() => HeadlineRound, {
    description: 'The latest closed round that asked this area, shown or not.',
  })
  latest!: HeadlineRound;

  @Field(() => HeadlineRound, {
    nullable: true,
    description:
      '`latest` when its figure is shown; otherwise the most recent earlier round for this area ' +
      'whose figure is shown; null when none is.',
  })
  shown!: HeadlineRound | null;
}
