import { Field, ObjectType } from 'type-graphql';
import { Neighbourhood } from '../confidence/neighbourhood.extension.ts';
import { SurveyRound } from '../rounds/survey-round.entity.ts';

@ObjectType({ description: 'What an invitation link is for, before the resident answers.' })
export class SurveyInvitationView {
  @Field(() => SurveyRound)
  round!: SurveyRound;

  @Field(() => Neighbourhood)
  neighbourhood!: Neighbourhood;

  @Field({ description: 'True when this invitation has been used to answer already.' })
  alreadyAnswered!: boolean;
}

@ObjectType()
export class SubmitSurveyResult {
  @Field({ description: 'True when it came with an invitation; false for the open link.' })
  verified!: boolean;

  @Field(() => Neighbourhood, { nullable: true })
  neighbourhood!: Neighbourhood | null;

  @Field(() => SurveyRound)
  round!: SurveyRound;
}
