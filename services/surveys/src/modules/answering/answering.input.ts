import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DemographicsInput } from '@engage/shared/graphql';
import { ANSWERS, type Answer } from '../scoring/index.ts';
import { graphqlEnum } from '@engage/shared/graphql';

export const AnswerChoiceEnum = graphqlEnum(
  'AnswerChoice',
  ANSWERS,
  'The agree/disagree scale every "Your Views" question is answered on.',
);

@InputType()
export class AnswerInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field(() => AnswerChoiceEnum)
  choice!: Answer;
}

@InputType({
  description:
    'Either an invitation token (verified, single use) or the open link: roundId and, ' +
    'optionally, neighbourhoodId.',
})
export class SubmitSurveyInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000)
  token?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  roundId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  neighbourhoodId?: string | null;

  @Field(() => [AnswerInput], {
    description: 'Every question of the round for that neighbourhood, each once.',
  })
  @ValidateNested({ each: true })
  // Five standard questions and a few local ones; 50 refuses junk before any work is done.
  @ArrayMaxSize(50)
  answers!: AnswerInput[];

  @Field(() => DemographicsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  demographics?: DemographicsInput | null;
}
