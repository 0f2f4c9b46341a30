import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Neighbourhood } from '../geography/neighbourhood.entity.ts';

/**
 * A named member of a neighbourhood team, shown with their photo on the team page: messages
 * land best from a named, photographed officer.
 */
@ObjectType({ description: 'A named member of a neighbourhood policing team.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'officer' })
export class Officer {
  @Field(() => ID, { description: 'The officer’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Neighbourhood, { deleteRule: 'cascade', index: true })
  neighbourhood!: Neighbourhood;

  @Field({ description: 'The officer’s name and rank as the team publishes it.' })
  @Property({ type: 'string' })
  name!: string;

  @Field({ description: 'Rank or role, e.g. "Police Constable", "PCSO", "Sergeant".' })
  @Property({ type: 'string' })
  role!: string;

  @Field(() => String, {
    description: 'A few lines about the officer, plain text; null when none.',
    nullable: true,
  })
  @Property({ type: 'text', nullable: true })
  bio: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'A photo URL; the page shows initials when there is none.',
  })
  @Property({ type: 'string', nullable: true })
  photoUrl: string | null = null;

  /** Sergeants first, then the order the team chose. */
  @Field(() => Int, {
    description:
      'Where the officer comes in the team’s list: sergeants first, then the order the team chose (lower first).',
  })
  @Property({ type: 'smallint', default: 0 })
  displayOrder: number = 0;

  /** data.police.uk has no stable person id; the importer keys officers by neighbourhood and name. */
  @Property({ type: 'string', nullable: true })
  importedFrom: string | null = null;
}
