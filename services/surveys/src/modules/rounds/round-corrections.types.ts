import { GraphQLDateTimeISO, GraphQLJSONObject, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { SurveyRound } from './survey-round.entity.ts';

@ObjectType({ description: 'One day’s open-link answers to a round (staff only).' })
export class OpenLinkDay {
  @Field(() => GraphQLLocalDate, { description: 'The UK day they came in.' })
  day!: string;

  @Field(() => Int, {
    description: 'Open-link answers received that day (UK time), shown to admins only.',
  })
  answers!: number;

  @Field(() => Int, { description: 'How many of them are excluded from every figure.' })
  excluded!: number;
}

@ObjectType({ description: 'What excluding (or including again) changed.' })
export class OpenLinkAnswersChange {
  @Field(() => SurveyRound, { description: 'The round as it is after the change.' })
  round!: SurveyRound;

  @Field(() => Int, { description: 'How many answers changed.' })
  changed!: number;
}

@ObjectType({
  description: 'A corrective action on a round, from the surveys audit log (ADMIN only).',
})
export class SurveyAuditEntry {
  @Field(() => ID, { description: 'The audit entry’s id.' })
  id!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When the change was made.' })
  at!: Date;

  @Field({ description: 'The member of staff, as named when they acted.' })
  actorName!: string;

  @Field({ description: 'The role of the person who made it (ADMIN).' })
  actorRole!: string;

  @Field({
    description: 'survey_round.voided, survey_answers.excluded or survey_answers.included.',
  })
  action!: string;

  @Field(() => String, {
    description: 'Why, as they wrote it; null for changes that need no reason.',
    nullable: true,
  })
  reason!: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Counts before the change.' })
  before!: object | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Counts after the change.' })
  after!: object | null;
}
