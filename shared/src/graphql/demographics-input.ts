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
registerEnumType(AgeBandEnum, { name: 'AgeBand' });
registerEnumType(EthnicGroupEnum, { name: 'EthnicGroup' });
registerEnumType(DisabilityEnum, { name: 'Disability' });
registerEnumType(GenderEnum, { name: 'Gender' });

@InputType({
  description:
    'Optional, separately consented, used only in aggregate. Each question has ' +
    'PREFER_NOT_TO_SAY; leave the whole input out to not answer.',
})
export class DemographicsInput {
  @Field(() => AgeBandEnum)
  @IsIn([...AGE_BANDS])
  ageBand!: AgeBand;

  @Field(() => EthnicGroupEnum)
  @IsIn([...ETHNIC_GROUPS])
  ethnicGroup!: EthnicGroup;

  @Field(() => DisabilityEnum)
  @IsIn([...DISABILITIES])
  disability!: Disability;

  @Field(() => GenderEnum)
  @IsIn([...GENDERS])
  gender!: Gender;
}
