import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RoleEnum } from '../staff/staff-account.entity.ts';
import type { Role } from '@engage/shared/auth';
import { ApiToken } from './api-token.entity.ts';
import { API_TOKEN_OUTCOMES, type ApiTokenOutcome } from './api-token-use.entity.ts';

export const ApiTokenOutcomeEnum = Object.fromEntries(
  API_TOKEN_OUTCOMES.map((outcome) => [outcome, outcome]),
) as { [O in ApiTokenOutcome]: O };
registerEnumType(ApiTokenOutcomeEnum, {
  name: 'ApiTokenOutcome',
  description: 'What the gateway did with a request made with an API token.',
  valuesConfig: {
    OK: { description: 'It ran (its answer may still hold errors, such as a field refused).' },
    REFUSED: { description: 'The gateway refused it before it ran (a mutation, a limit).' },
  },
});

@ObjectType({ description: 'A token just made, with its secret: the only time it is shown.' })
export class NewApiToken {
  @Field(() => ApiToken)
  token!: ApiToken;

  @Field({
    description:
      'The secret to send as "Authorization: Bearer <secret>". It is not kept and cannot be shown again.',
  })
  secret!: string;
}

/** Only the gateway asks for this (apiTokenHolder); it is not part of the public API. */
@Directive('@inaccessible')
@ObjectType({ description: 'Who an API token acts for, as their account is now. Gateway only.' })
export class ApiTokenHolder {
  @Field(() => ID)
  tokenId!: string;

  @Field(() => ID)
  staffId!: string;

  @Field({ description: 'The member of staff’s name.' })
  name!: string;

  @Field(() => RoleEnum)
  role!: Role;
}

@ObjectType({ description: 'One request made with an API token, as the gateway answered it.' })
export class ApiTokenUseEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The token it was made with.' })
  tokenId!: string;

  @Field(() => String, { nullable: true, description: 'The token’s name; null once deleted.' })
  tokenName!: string | null;

  @Field(() => ID, { description: 'The member of staff whose token it was.' })
  staffId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Their name as it is now; null once their account is deleted.',
  })
  staffName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The operation’s name as sent; null for an unnamed operation.',
  })
  operationName!: string | null;

  @Field(() => Int, { nullable: true, description: 'The gateway’s estimate of the query’s cost.' })
  cost!: number | null;

  @Field(() => Int, { description: 'How long the gateway took to answer, in milliseconds.' })
  durationMs!: number;

  @Field({ description: 'When the request arrived.' })
  at!: Date;

  @Field(() => ApiTokenOutcomeEnum)
  outcome!: ApiTokenOutcome;
}

@ObjectType({ description: 'A page of the API token audit log, newest first.' })
export class ApiTokenUsePage {
  @Field(() => [ApiTokenUseEntry])
  nodes!: ApiTokenUseEntry[];

  @Field(() => Int, { description: 'How many requests match, on every page.' })
  totalCount!: number;

  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}
