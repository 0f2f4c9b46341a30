import { IsIn } from 'class-validator';
import { Field, InputType, registerEnumType } from 'type-graphql';
import {
  AGE_BANDS,
  DISABILITIES,
  ETHNIC_GROUPS,
  GENDERS,
  enumObject,
  type AgeBand,
  type Disability,
  type EthnicGroup,
  type Gender,
} from '../demographics.ts';

/**
 * The demographic questions as GraphQL, for every subgraph that asks them (newsletters when
 * subscribing, surveys when answering): one declaration, so the supergraph's enums and input
 * are the same in each by construction.
 */
export const AgeBandEnum = enumObject(AGE_BANDS);
export const EthnicGroupEnum = enumObject(ETHNIC_GROUPS);
export const DisabilityEnum = enumObject(DISABILITIES);
export const GenderEnum = enumObject(GENDERS);
registerEnumType(AgeBandEnum, {
  description:
    'Age bands residents may choose from (as the census groups them), or prefer not to say.',
  name: 'AgeBand',
});
registerEnumType(EthnicGroupEnum, {
  description: 'Broad ethnic groups (the census’s high-level groups), or prefer not to say.',
  name: 'EthnicGroup',
});
registerEnumType(DisabilityEnum, {
  description: 'Whether a resident has a disability, as they tell us, or prefer not to say.',
  name: 'Disability',
});
registerEnumType(GenderEnum, {
  description: 'A resident’s gender as they describe it, or prefer not to say.',
  name: 'Gender',
});

@InputType({
  description:
    'Optional, separately consented, used only in aggregate. Each question has ' +
    'PREFER_NOT_TO_SAY; leave the whole input out to not answer.',
})
export class DemographicsInput {
  @Field(() => AgeBandEnum, { description: 'Their age band, or PREFER_NOT_TO_SAY.' })
  @IsIn([...AGE_BANDS])
  ageBand!: AgeBand;

  @Field(() => EthnicGroupEnum, { description: 'Their ethnic group, or PREFER_NOT_TO_SAY.' })
  @IsIn([...ETHNIC_GROUPS])
  ethnicGroup!: EthnicGroup;

  @Field(() => DisabilityEnum, {
    description: 'Whether they have a disability, or PREFER_NOT_TO_SAY.',
  })
  @IsIn([...DISABILITIES])
  disability!: Disability;

  @Field(() => GenderEnum, { description: 'Their gender, or PREFER_NOT_TO_SAY.' })
  @IsIn([...GENDERS])
  gender!: Gender;
}
