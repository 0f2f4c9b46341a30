import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { PolicingArea } from './policing-area.entity.ts';

/** One neighbourhood, policed by one dedicated neighbourhood team. */
@ObjectType({ description: 'A neighbourhood, policed by one dedicated neighbourhood team.' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'neighbourhood' })
export class Neighbourhood {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: 'The URL name, e.g. "belgrave".' })
  @Property({ type: 'string', unique: true })
  slug!: string;

  @Field()
  @Property({ type: 'string' })
  name!: string;

  @ManyToOne(() => PolicingArea, { deleteRule: 'restrict' })
  policingArea!: PolicingArea;
}
