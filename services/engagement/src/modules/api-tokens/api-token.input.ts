import { Max, Min } from 'class-validator';
import { ArgsType, Directive, Field, ID, InputType, Int } from 'type-graphql';
import { ApiTokenOutcomeEnum } from './api-token.types.ts';
import type { ApiTokenOutcome } from './api-token-use.entity.ts';

@ArgsType()
export class CreateApiTokenArgs {
  @Field({
    description: 'What to call it, to tell your tokens apart ("Power BI"): 1–100 characters.',
  })
  name!: string;

  /** Checked in the resolver, so the refusal names its field (extensions.field) for the form. */
  @Field(() => Int, {
    defaultValue: 30,
    description: 'How many days it works for, from now: 1 to 90 (30 unless given).',
  })
  expiresInDays!: number;
}

@ArgsType()
export class ApiTokenUseArgs {
  @Field(() => Int, { defaultValue: 50, description: 'How many requests to return: 1 to 200.' })
  @Min(1)
  @Max(200)
  first!: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the page before.' })
  after?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the requests made with this token.' })
  tokenId?: string | null;
}

/** Written by the gateway after each request made with a token; not part of the public API. */
@Directive('@inaccessible')
@InputType({ description: 'One request made with an API token. Gateway only.' })
export class ApiTokenUseInput {
  @Field(() => ID)
  tokenId!: string;

  @Field(() => String, { nullable: true })
  operationName?: string | null;

  @Field(() => Int, { nullable: true })
  cost?: number | null;

  @Field(() => Int)
  @Min(0)
  durationMs!: number;

  @Field()
  at!: Date;

  @Field(() => ApiTokenOutcomeEnum)
  outcome!: ApiTokenOutcome;
}
