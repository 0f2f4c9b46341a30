import { Field, ObjectType, createUnionType, registerEnumType } from 'type-graphql';
import { Neighbourhood } from './neighbourhood.entity.ts';

export const INVALID_POSTCODE_REASONS = ['EMPTY', 'MALFORMED'] as const;
export type InvalidPostcodeReasonValue = (typeof INVALID_POSTCODE_REASONS)[number];
const InvalidPostcodeReason = Object.fromEntries(INVALID_POSTCODE_REASONS.map((r) => [r, r]));
registerEnumType(InvalidPostcodeReason, {
  name: 'InvalidPostcodeReason',
  description: 'Why a postcode was refused: nothing typed, or not shaped like a UK postcode.',
  valuesConfig: {
    EMPTY: { description: 'Nothing was typed.' },
    MALFORMED: { description: 'The text is not shaped like a UK postcode.' },
  },
});

@ObjectType({ description: 'The team that polices a postcode.' })
export class PostcodeMatch {
  @Field({ description: 'The postcode, written the standard way ("LE1 2AB").' })
  postcode!: string;

  @Field(() => Neighbourhood, { description: 'The team whose area covers the postcode.' })
  neighbourhood!: Neighbourhood;
}

@ObjectType({
  description: 'A real postcode that no team of this force covers, as far as we know.',
})
export class PostcodeNotFound {
  @Field({ description: 'The postcode as searched for, tidied (upper case, one space).' })
  postcode!: string;

  @Field({ description: 'True when an online lookup was down, so trying again later may help.' })
  lookupUnavailable!: boolean;
}

@ObjectType({ description: 'Input that is not a UK postcode.' })
export class InvalidPostcode {
  @Field(() => InvalidPostcodeReason, { description: 'Why the text is not a postcode.' })
  reason!: InvalidPostcodeReasonValue;
}

export const PostcodeSearchResult = createUnionType({
  description:
    'What a postcode search found: the team covering it, no team (a postcode outside the force), or text that is not a postcode.',
  name: 'PostcodeSearchResult',
  types: () => [PostcodeMatch, PostcodeNotFound, InvalidPostcode] as const,
  resolveType: (value) => {
    if ('neighbourhood' in value) return PostcodeMatch;
    if ('reason' in value) return InvalidPostcode;
    return PostcodeNotFound;
  },
});
