import type { Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PolicingArea } from './policing-area.entity.ts';

/** One neighbourhood, policed by one dedicated neighbourhood team. */
@ObjectType({ description: 'A neighbourhood, policed by one dedicated neighbourhood team.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'neighbourhood' })
@Unique({ properties: ['policeForceRef', 'policeNeighbourhoodRef'] })
export class Neighbourhood {
  @Field(() => ID, { description: 'The team’s id, the same in every service.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'The URL name, e.g. "belgrave".' })
  @Property({ type: 'string', unique: true })
  slug!: string;

  @Field({ description: 'The team’s name, as residents know it (Castle, Belgrave).' })
  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => PolicingArea, { deleteRule: 'restrict' })
  // Rel<>: the two entity files import each other, so the type must not be emitted as metadata
  // (which file loads first depends on who imports them first).
  policingArea!: Rel<PolicingArea>;

  @Field(() => String, { nullable: true, description: 'What the team covers, in its own words.' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /**
   * How residents reach the team itself (not for emergencies: the page says 999 and 101 beside
   * it). Public; null when the team has not given one.
   */
  @Field(() => String, {
    nullable: true,
    description: "The team's own phone number, for non-urgent contact; null if it has none.",
  })
  @Property({ type: 'string', nullable: true })
  contactPhone: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The team's own email address, for non-urgent contact; null if it has none.",
  })
  @Property({ type: 'string', nullable: true })
  contactEmail: string | null = null;

  /**
   * The day the team started, when it started recently; standards count only from then. Null
   * for teams older than any period we report on.
   */
  @Field(() => GraphQLLocalDate, {
    description:
      'The day the team started, when it started recently: standards count only from then. Null for teams older than any period reported on.',
    nullable: true,
  })
  @Property({ type: 'date', nullable: true })
  establishedOn: string | null = null;

  /** data.police.uk's force and neighbourhood ids, when imported from there. */
  @Property({ type: 'string', nullable: true })
  policeForceRef: string | null = null;

  @Property({ type: 'string', nullable: true })
  policeNeighbourhoodRef: string | null = null;

  /** The boundary polygon as latitude/longitude points, for placing a geocoded postcode. */
  @Property({ type: 'json', nullable: true, lazy: true })
  boundary: { latitude: number; longitude: number }[] | null = null;
}
