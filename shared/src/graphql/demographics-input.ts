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
  valuesConfig: {
    UNDER_18: { description: 'Under 18.' },
    AGE_18_24: { description: '18 to 24.' },
    AGE_25_34: { description: '25 to 34.' },
    AGE_35_44: { description: '35 to 44.' },
    AGE_45_54: { description: '45 to 54.' },
    AGE_55_64: { description: '55 to 64.' },
    AGE_65_74: { description: '65 to 74.' },
    AGE_75_PLUS: { description: '75 or over.' },
    PREFER_NOT_TO_SAY: { description: 'Chose not to say.' },
  },
});
registerEnumType(EthnicGroupEnum, {
  description: 'Broad ethnic groups (the census’s high-level groups), or prefer not to say.',
  name: 'EthnicGroup',
  valuesConfig: {
    ASIAN: { description: 'Asian, Asian British, Asian Welsh.' },
    BLACK: { description: 'Black, Black British, Black Welsh, Caribbean or African.' },
    MIXED: { description: 'Mixed or multiple ethnic groups.' },
    WHITE: { description: 'White.' },
    OTHER: { description: 'Another ethnic group.' },
    PREFER_NOT_TO_SAY: { description: 'Chose not to say.' },
  },
});
registerEnumType(DisabilityEnum, {
  description: 'Whether a resident has a disability, as they tell us, or prefer not to say.',
  name: 'Disability',
  valuesConfig: {
    YES: { description: 'Has a disability.' },
    NO: { description: 'Has no disability.' },
    PREFER_NOT_TO_SAY: { description: 'Chose not to say.' },
  },
});
registerEnumType(GenderEnum, {
  description: 'A resident’s gender as they describe it, or prefer not to say.',
  name: 'Gender',
  valuesConfig: {
    WOMAN: { description: 'Woman.' },
    MAN: { description: 'Man.' },
    IN_ANOTHER_WAY: { description: 'Describes their gender in another way.' },
    PREFER_NOT_TO_SAY: { description: 'Chose not to say.' },
  },
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
