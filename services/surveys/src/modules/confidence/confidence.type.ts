import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'How confident residents are in their local police, from the latest round.',
})
export class Confidence {
  @Field(() => Float, {
    nullable: true,
    description:
      'Overall confidence from verified (invitation) answers: the mean positive share of the ' +
      'five questions, 0–100; null when suppressed (fewer respondents than the threshold, or ' +
      'hidden so that a small group cannot be worked out by subtraction).',
  })
  score!: number | null;

  @Field(() => Int, { description: 'How many residents answered by invitation (verified).' })
  responses!: number;

  @Field(() => Int, { description: 'How many answered through the open link (unverified).' })
  openLinkResponses!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'The open-link answers’ own score, unverified; null when suppressed.',
  })
  openLinkScore!: number | null;

  @Field({
    description:
      'True when the open-link answers are out of line: at least 10, and more than twice the ' +
      'verified answers or twice the open-link answers of the round before.',
  })
  openLinkAnomaly!: boolean;

  @Field({ description: 'The round, e.g. "May 2024".' })
  round!: string;
}
