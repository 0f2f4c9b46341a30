import { Collection } from '@mikro-orm/core';
import { Entity, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Neighbourhood } from './neighbourhood.entity.ts';

/** A Neighbourhood Policing Area (NPA): one commander, five to seven neighbourhood teams. */
@ObjectType({ description: 'A Neighbourhood Policing Area (NPA), led by one commander.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'policing_area' })
export class PolicingArea {
  @Field(() => ID, { description: 'The NPA’s id, the same in every service.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'The URL name, e.g. "city-centre".' })
  @Property({ type: 'string', unique: true })
  slug!: string;

  @Field({ description: 'The NPA’s name (City Centre).' })
  @Property({ type: 'string' })
  name!: string;

  @OneToMany(() => Neighbourhood, (neighbourhood) => neighbourhood.policingArea)
  neighbourhoods = new Collection<Neighbourhood>(this);
}
