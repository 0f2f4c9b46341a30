import { Entity, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import type { PopulationCount } from '@engage/shared/demographics';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Neighbourhood } from './neighbourhood.entity.ts';
import {
  displayShares,
  languageShares,
  mainLanguages,
  type LanguageCount,
} from './profile-figures.ts';

@ObjectType({ description: 'One group’s share of the population, in per cent.' })
export class PopulationShare {
  @Field({
    description:
      'The group as the census names it ("Aged 25 to 34", "Asian, Asian British or Asian Welsh").',
  })
  group!: string;

  @Field({
    description:
      'The group in the product’s own answer values ("AGE_25_34", "ASIAN", "YES", "WOMAN"), for translating the label.',
  })
  code!: string;

  @Field(() => Float, { description: 'Its share of the residents counted, in per cent.' })
  share!: number;
}

@ObjectType({ description: 'Usual residents in one group of one demographic question.' })
export class PopulationGroupCount implements PopulationCount {
  @Field(() => String, {
    description: 'The question: AGE_BAND, ETHNIC_GROUP, DISABILITY or GENDER.',
  })
  dimension!: PopulationCount['dimension'];

  @Field({ description: 'The group, in the product’s own answer values (e.g. "AGE_18_24").' })
  group!: string;

  @Field(() => Int, { description: 'Usual residents in the group.' })
  count!: number;
}

@ObjectType({ description: 'A main language spoken by residents aged 3 and over (TS024).' })
export class LanguageShare {
  @Field({ description: 'The language, as the census names it ("Polish", "Gujarati").' })
  language!: string;

  @Field(() => Int, { description: 'Residents aged 3 and over whose main language it is.' })
  count!: number;

  @Field(() => Float, { description: 'Their share of residents aged 3 and over, in per cent.' })
  share!: number;
}

/** Where a profile's figures come from: one file the importer read. */
@ObjectType({ description: 'One published file a profile’s figures were imported from.' })
export class ProfileSource {
  @Field({
    description:
      'The table: a census table id ("TS021"), "IMD" for the Indices of Deprivation, or "LSOA_LOOKUP" / "LSOA_CENTROIDS" for how LSOAs were assigned to teams.',
  })
  table!: string;

  @Field({
    description:
      'The release or dataset title ("Census 2021, 2 November 2022 release", "English Indices of Deprivation 2019").',
  })
  release!: string;

  @Field({ description: 'The name of the file that was read.' })
  fileName!: string;

  @Field({ description: 'The geography the file is published by, e.g. "LSOA 2021".' })
  geographyLevel!: string;

  @Field(() => Int, { description: 'Data rows in the file.' })
  rowCount!: number;

  @Field({ description: 'SHA-256 of the file, to tell which exact file it was.' })
  sha256!: string;

  @Field(() => GraphQLDateTimeISO, { description: 'When this file was first imported.' })
  importedAt!: string;
}

/**
 * Who lives in a neighbourhood: the frame for engagement ("who are we not reaching?"). Figures
 * come from the census and deprivation indices (`import:census`), or are invented for the demo
 * force. Public census figures, so readable without signing in.
 *
 * Only counts are stored; the shares shown are worked out from them, so a policing area's or the
 * force's profile is the sum of its teams' counts and says the same as theirs.
 */
@ObjectType({
  description: 'Who lives in a neighbourhood (or an area, or the force): census figures.',
})
@Entity({ tableName: 'neighbourhood_profile' })
export class NeighbourhoodProfile {
  @OneToOne(() => Neighbourhood, { primary: true, owner: true, deleteRule: 'cascade' })
  neighbourhood!: Neighbourhood;

  @Field(() => Int, { description: 'Usual residents (Census 2021 TS007A total).' })
  @Property({ type: 'integer' })
  population!: number;

  @Field(() => Int, {
    description:
      'Index of Multiple Deprivation decile, population-weighted and rounded: 1 is the most deprived tenth of England.',
  })
  @Property({ type: 'smallint' })
  deprivationDecile!: number;

  @Field(() => Float, {
    description:
      'The residents’ average IMD decile (each LSOA’s decile weighted by its residents), to one decimal place.',
  })
  @Property({ type: 'double' })
  averageDeprivationDecile!: number;

  /** Residents of LSOAs in IMD deciles 1 and 2, for `mostDeprivedShare`. */
  @Property({ type: 'integer' })
  mostDeprivedResidents!: number;

  @Field(() => [PopulationGroupCount], {
    description:
      'Usual residents by group for each question, in the product’s groups; each question’s groups add up to the population.',
  })
  @Property({ type: 'json' })
  counts!: PopulationCount[];

  /** TS024, every language with at least one speaker, most spoken first. */
  @Property({ type: 'json' })
  languageCounts!: LanguageCount[];

  /** Residents aged 3 and over: TS024's base. */
  @Property({ type: 'integer' })
  languageBase!: number;

  @Field(() => [String], {
    description: 'The LSOAs (2021 codes) the figures are summed over; empty for demo figures.',
  })
  @Property({ type: 'json' })
  lsoaCodes!: string[];

  @Field(() => [ProfileSource], {
    description: 'The published files the figures come from; empty for demo figures.',
  })
  @Property({ type: 'json' })
  sources!: ProfileSource[];

  @Field({ description: 'True when the figures are invented demo data, not a real census.' })
  @Property({ type: 'boolean' })
  isDemoData!: boolean;

  @Field(() => GraphQLDateTimeISO, { description: 'When the figures last changed.' })
  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Field(() => Float, {
    description:
      'Share of residents living in the most deprived 20% of LSOAs in England, in per cent.',
  })
  get mostDeprivedShare(): number {
    return this.population > 0
      ? Math.round((this.mostDeprivedResidents / this.population) * 1000) / 10
      : 0;
  }

  @Field(() => [PopulationShare], { description: 'Residents by age band, in per cent.' })
  get ageBands(): PopulationShare[] {
    return displayShares(this.counts, 'AGE_BAND');
  }

  @Field(() => [PopulationShare], {
    description: 'Residents by ethnic group (TS021), in per cent.',
  })
  get ethnicity(): PopulationShare[] {
    return displayShares(this.counts, 'ETHNIC_GROUP');
  }

  @Field(() => [PopulationShare], {
    description: 'Residents disabled or not under the Equality Act (TS038), in per cent.',
  })
  get disability(): PopulationShare[] {
    return displayShares(this.counts, 'DISABILITY');
  }

  @Field(() => [PopulationShare], { description: 'Residents by sex (TS008), in per cent.' })
  get sex(): PopulationShare[] {
    return displayShares(this.counts, 'GENDER');
  }

  @Field(() => [LanguageShare], {
    description:
      'Main languages of residents aged 3 and over (TS024), most spoken first; languages with fewer than 10 speakers are left out.',
  })
  get languages(): LanguageShare[] {
    return languageShares(this.languageCounts, this.languageBase);
  }

  @Field(() => [String], {
    description:
      'The main languages spoken at home, most spoken first: those of at least 1% of residents aged 3 and over.',
  })
  get mainLanguages(): string[] {
    return mainLanguages(this.languageCounts, this.languageBase);
  }
}
