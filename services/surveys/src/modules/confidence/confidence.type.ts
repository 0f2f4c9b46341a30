import { Field, Float, Int, ObjectType } from 'type-graphql';
import { shownOrNull } from '../scoring/index.ts';
import type { Headline } from '../scores/score-figures.ts';

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

  @Field(() => Int, {
    nullable: true,
    description:
      'How many residents answered by invitation (verified); null when the score is suppressed.',
  })
  responses!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many answered through the open link (unverified); null when their score is suppressed.',
  })
  openLinkResponses!: number | null;

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

/**
 * A team's published confidence, made only from headlines (scores/score-figures.ts), so each
 * count is published exactly where its score is: a count beside a suppressed score cannot be
 * written here.
 */
export function publishConfidence(
  round: string,
  verified: Headline,
  openLink: Headline,
  openLinkAnomaly: boolean,
): Confidence {
  const headline = shownOrNull(verified);
  const open = shownOrNull(openLink);
  return {
    round,
    score: headline?.score ?? null,
    responses: headline?.responses ?? null,
    openLinkScore: open?.score ?? null,
    openLinkResponses: open?.responses ?? null,
    openLinkAnomaly,
  };
}
