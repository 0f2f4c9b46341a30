import { ArrayMaxSize, IsUUID } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { PlainText } from '@engage/shared/graphql';

/** Why, in the admin's own words: kept in the audit log beside the change. */
const REASON = { min: 5, max: 500 };

@InputType({ description: 'Voiding a round: which, and why (ADMIN).' })
export class VoidSurveyRoundInput {
  @Field(() => ID, { description: 'The round to void.' })
  @IsUUID()
  roundId!: string;

  @Field({ description: '5 to 500 characters; kept in the audit log.' })
  @PlainText(REASON)
  reason!: string;
}

@InputType({ description: 'A round’s open-link answers to exclude or include again, and why.' })
export class OpenLinkAnswersInput {
  @Field(() => ID, {
    description: 'The round whose open-link answers to leave out or count again.',
  })
  @IsUUID()
  roundId!: string;

  @Field(() => [GraphQLLocalDate], {
    defaultValue: [],
    description: 'The UK days the answers came in; empty for every open-link answer of the round.',
  })
  // A round runs about four weeks; 100 days refuses junk before any work is done.
  @ArrayMaxSize(100)
  days!: string[];

  @Field({ description: '5 to 500 characters; kept in the audit log.' })
  @PlainText(REASON)
  reason!: string;
}
