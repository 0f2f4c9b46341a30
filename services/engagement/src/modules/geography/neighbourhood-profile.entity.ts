import { Entity, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Neighbourhood } from './neighbourhood.entity.ts';

@ObjectType({ description: 'One group’s share of the population, in per cent.' })
export class PopulationShare {
  @Field({ description: 'The age band ("25–44") or ethnic group ("Asian or Asian British").' })
  group!: string;

  @Field(() => Float, { description: 'The group’s share of the population, from 0 to 1.' })
  share!: number;
}

/**
 * Who lives in a neighbourhood: the frame for engagement ("who are we not reaching?"). Figures
 * come from the census and deprivation indices, or are invented for the demo force.
 */
@ObjectType({ description: 'Who lives in a neighbourhood: census-style figures.' })
@Entity({ tableName: 'neighbourhood_profile' })
export class NeighbourhoodProfile {
  @OneToOne(() => Neighbourhood, { primary: true, owner: true, deleteRule: 'cascade' })
  neighbourhood!: Neighbourhood;

  @Field(() => Int, { description: 'Usual residents in the area, from the census.' })
  @Property({ type: 'integer' })
  population!: number;

  @Field(() => Int, {
    description: 'Index of Multiple Deprivation decile: 1 is the most deprived tenth of England.',
  })
  @Property({ type: 'smallint' })
  deprivationDecile!: number;

  @Field(() => [PopulationShare], {
    description: 'The population’s shares by age band; the shares add up to 1.',
  })
  @Property({ type: 'json' })
  ageBands!: PopulationShare[];

  @Field(() => [PopulationShare], {
    description: 'The population’s shares by ethnic group; the shares add up to 1.',
  })
  @Property({ type: 'json' })
  ethnicity!: PopulationShare[];

  @Field(() => [String], { description: 'The main languages spoken at home, most spoken first.' })
  @Property({ type: 'json' })
  mainLanguages!: string[];

  @Field({ description: 'True when the figures are invented demo data, not a real census.' })
  @Property({ type: 'boolean' })
  isDemoData!: boolean;
}
