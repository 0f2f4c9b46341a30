import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { PolicingArea } from '../geography/policing-area.entity.ts';

/** The NPA commander's weekly vlog or blog post, public on the NPA page. */
@ObjectType({ description: 'An NPA commander’s weekly update (blog or vlog).' })
@Entity({ tableName: 'commander_update' })
@Index({ properties: ['policingArea', 'publishedAt'] })
export class CommanderUpdate {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => PolicingArea, { deleteRule: 'cascade' })
  policingArea!: PolicingArea;

  @Field()
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field()
  @Property({ type: 'text' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'A link to the video, for a vlog.' })
  @Property({ type: 'string', length: 500, nullable: true })
  videoUrl: string | null = null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  publishedAt: Date = new Date();

  /** The commander's name as published. */
  @Field()
  @Property({ type: 'string' })
  authorName!: string;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;
}
