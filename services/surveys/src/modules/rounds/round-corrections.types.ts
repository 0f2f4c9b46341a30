import { GraphQLDateTimeISO, GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SurveyRound } from './survey-round.entity.ts';

@ObjectType({ description: 'One day’s open-link answers to a round (staff only).' })
export class OpenLinkDay {
  @Field(() => GraphQLLocalDate, { description: 'The UK day they came in.' })
  day!: string;

  @Field(() => Int)
  answers!: number;

  @Field(() => Int, { description: 'How many of them are excluded from every figure.' })
  excluded!: number;
}

@ObjectType({ description: 'What excluding (or including again) changed.' })
export class OpenLinkAnswersChange {
  @Field(() => SurveyRound)
  round!: SurveyRound;

  @Field(() => Int, { description: 'How many answers changed.' })
  changed!: number;
}

@ObjectType({
  description: 'A corrective action on a round, from the surveys audit log (ADMIN only).',
})
export class SurveyAuditEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLDateTimeISO)
  at!: Date;

  @Field({ description: 'The member of staff, as named when they acted.' })
  actorName!: string;

  @Field()
  actorRole!: string;

  @Field({
    description: 'survey_round.voided, survey_answers.excluded or survey_answers.included.',
  })
  action!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Counts before the change.' })
  before!: object | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Counts after the change.' })
  after!: object | null;
}
