import { Field, InputType, registerEnumType } from 'type-graphql';
import {
  DEMOGRAPHIC_ENUMS,
  enumObject,
  type AgeBand,
  type Disability,
  type EthnicGroup,
  type Gender,
} from '@engage/shared/demographics';

/** Same names and values as newsletters registers: the supergraph has one of each. */
export const AgeBandEnum = enumObject(DEMOGRAPHIC_ENUMS.AgeBand);
export const EthnicGroupEnum = enumObject(DEMOGRAPHIC_ENUMS.EthnicGroup);
export const DisabilityEnum = enumObject(DEMOGRAPHIC_ENUMS.Disability);
export const GenderEnum = enumObject(DEMOGRAPHIC_ENUMS.Gender);
registerEnumType(AgeBandEnum, { name: 'AgeBand' });
registerEnumType(EthnicGroupEnum, { name: 'EthnicGroup' });
registerEnumType(DisabilityEnum, { name: 'Disability' });
registerEnumType(GenderEnum, { name: 'Gender' });

@InputType({ description: 'Optional, separately consented; used only in aggregate.' })
export class DemographicsInput {
  @Field(() => AgeBandEnum)
  ageBand!: AgeBand;

  @Field(() => EthnicGroupEnum)
  ethnicGroup!: EthnicGroup;

  @Field(() => DisabilityEnum)
  disability!: Disability;

  @Field(() => GenderEnum)
  gender!: Gender;
}
