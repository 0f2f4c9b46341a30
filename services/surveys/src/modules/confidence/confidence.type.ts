import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'How confident residents are in their local police, from the latest round.',
})
export class Confidence {
  @Field(() => Float, {
    nullable: true,
    description:
      'Overall confidence: the mean positive share of the five questions, 0–100; null when ' +
      'suppressed (fewer respondents than the threshold).',
  })
  score!: number | null;

  @Field(() => Int, { description: 'How many residents answered.' })
  responses!: number;

  @Field({ description: 'The round, e.g. "May 2024".' })
  round!: string;
}
