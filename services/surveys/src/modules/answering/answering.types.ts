import { Field, ObjectType } from 'type-graphql';
import { Neighbourhood } from '../confidence/neighbourhood.extension.ts';
import { SurveyRound } from '../rounds/survey-round.entity.ts';

@ObjectType({ description: 'What an invitation link is for, before the resident answers.' })
export class SurveyInvitationView {
  @Field(() => SurveyRound, { description: 'The round the invitation is for.' })
  round!: SurveyRound;

  @Field(() => Neighbourhood, { description: 'The team the resident is asked about.' })
  neighbourhood!: Neighbourhood;

  @Field({ description: 'True when this invitation has been used to answer already.' })
  alreadyAnswered!: boolean;
}

@ObjectType({
  description:
    'What a resident sees after answering: which round and team their answers counted for.',
})
export class SubmitSurveyResult {
  @Field({ description: 'True when it came with an invitation; false for the open link.' })
  verified!: boolean;

  @Field(() => Neighbourhood, {
    description: 'The team the answers counted for; null when none could be told.',
    nullable: true,
  })
  neighbourhood!: Neighbourhood | null;

  @Field(() => SurveyRound, { description: 'The round the answers counted for.' })
  round!: SurveyRound;
}
