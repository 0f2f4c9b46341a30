import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DemographicsInput } from '@engage/shared/graphql';
import { ANSWERS, type Answer } from '../scoring/index.ts';
import { graphqlEnum, ResidentLanguageEnum } from '@engage/shared/graphql';
import type { ResidentLanguage } from '@engage/shared/languages';

export const AnswerChoiceEnum = graphqlEnum(
  'AnswerChoice',
  ANSWERS,
  'The agree/disagree scale every "Your Views" question is answered on.',
  {
    STRONGLY_AGREE: 'Strongly agree.',
    AGREE: 'Agree.',
    NEITHER: 'Neither agree nor disagree.',
    DISAGREE: 'Disagree.',
    STRONGLY_DISAGREE: 'Strongly disagree.',
    DONT_KNOW: 'Don’t know: not counted in the question’s score.',
  },
);

@InputType({ description: 'A resident’s answer to one question.' })
export class AnswerInput {
  @Field(() => ID, { description: 'The question answered.' })
  @IsUUID()
  questionId!: string;

  @Field(() => AnswerChoiceEnum, { description: 'The answer chosen.' })
  choice!: Answer;
}

@InputType({
  description:
    'Either an invitation token (verified, single use) or the open link: roundId and, ' +
    'optionally, neighbourhoodId.',
})
export class SubmitSurveyInput {
  @Field(() => String, {
    description: 'The token from a resident’s invitation link; null for an open-link answer.',
    nullable: true,
  })
  @IsOptional()
  @MaxLength(4000)
  token?: string | null;

  @Field(() => ID, {
    description:
      'The round, for an open-link answer; left out with a token (the invitation names it).',
    nullable: true,
  })
  @IsOptional()
  @IsUUID()
  roundId?: string | null;

  @Field(() => ID, {
    description: 'The team, for an open-link answer; left out with a token.',
    nullable: true,
  })
  @IsOptional()
  @IsUUID()
  neighbourhoodId?: string | null;

  @Field(() => ResidentLanguageEnum, {
    description:
      'The language the questions were shown in (the page’s). Recorded with the answers so ' +
      'analysts can compare by language; scores count every language alike.',
    defaultValue: 'EN',
  })
  language!: ResidentLanguage;

  @Field(() => [AnswerInput], {
    description: 'Every question of the round for that neighbourhood, each once.',
  })
  @ValidateNested({ each: true })
  // Five standard questions and a few local ones; 50 refuses junk before any work is done.
  @ArrayMaxSize(50)
  answers!: AnswerInput[];

  @Field(() => DemographicsInput, {
    description:
      'Age band, ethnic group, disability and gender, only if the resident chooses to say.',
    nullable: true,
  })
  @IsOptional()
  @ValidateNested()
  demographics?: DemographicsInput | null;
}
