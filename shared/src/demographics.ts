/**
 * The optional, separately consented questions a resident may answer when subscribing and when
 * answering "Your Views". Used only in aggregate (diversity monitoring, confidence by group).
 * Both newsletters and surveys register these as GraphQL enums with these exact names and values,
 * so the supergraph has one definition of each. Every question has PREFER_NOT_TO_SAY.
 */
export const AGE_BANDS = [
  'UNDER_18',
  'AGE_18_24',
  'AGE_25_34',
  'AGE_35_44',
  'AGE_45_54',
  'AGE_55_64',
  'AGE_65_74',
  'AGE_75_PLUS',
  'PREFER_NOT_TO_SAY',
] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The five high-level ethnic groups of the 2021 Census for England and Wales. */
export const ETHNIC_GROUPS = [
  'ASIAN',
  'BLACK',
  'MIXED',
  'WHITE',
  'OTHER',
  'PREFER_NOT_TO_SAY',
] as const;
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number];

/** The Equality Act question: a condition that limits day-to-day activities. */
export const DISABILITIES = ['YES', 'NO', 'PREFER_NOT_TO_SAY'] as const;
export type Disability = (typeof DISABILITIES)[number];

export const GENDERS = ['WOMAN', 'MAN', 'IN_ANOTHER_WAY', 'PREFER_NOT_TO_SAY'] as const;
export type Gender = (typeof GENDERS)[number];

export interface Demographics {
  ageBand: AgeBand;
  ethnicGroup: EthnicGroup;
  disability: Disability;
  gender: Gender;
}

/** The GraphQL enum names both subgraphs register. */
export const DEMOGRAPHIC_ENUMS = {
  AgeBand: AGE_BANDS,
  EthnicGroup: ETHNIC_GROUPS,
  Disability: DISABILITIES,
  Gender: GENDERS,
} as const;

/** `{ A: 'A', … }` from a list of values, the shape type-graphql's `registerEnumType` takes. */
export function enumObject<const Values extends readonly string[]>(
  values: Values,
): { [Value in Values[number]]: Value } {
  return Object.fromEntries(values.map((value) => [value, value])) as {
    [Value in Values[number]]: Value;
  };
}

/** The demographic questions a figure can be broken down by (the surveys' `groupBy` names). */
export const DEMOGRAPHIC_DIMENSIONS = ['AGE_BAND', 'ETHNIC_GROUP', 'DISABILITY', 'GENDER'] as const;
export type DemographicDimension = (typeof DEMOGRAPHIC_DIMENSIONS)[number];

/**
 * The groups the census counts for each question, in the product's own answer values, so a
 * sample's share and the population's share are of the same group. PREFER_NOT_TO_SAY is never a
 * population group; GENDER has no census count for IN_ANOTHER_WAY (the census sex question,
 * TS008, counts women and men), so that group has no representation ratio.
 */
export const POPULATION_GROUPS: {
  readonly [Dimension in DemographicDimension]: readonly string[];
} = {
  AGE_BAND: AGE_BANDS.filter((band) => band !== 'PREFER_NOT_TO_SAY'),
  ETHNIC_GROUP: ETHNIC_GROUPS.filter((group) => group !== 'PREFER_NOT_TO_SAY'),
  DISABILITY: ['YES', 'NO'],
  GENDER: ['WOMAN', 'MAN'],
};

/** Usual residents of an area in one group of one question (census counts, or demo ones). */
export interface PopulationCount {
  dimension: DemographicDimension;
  group: string;
  count: number;
}
