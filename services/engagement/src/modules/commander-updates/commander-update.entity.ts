import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { PolicingArea } from '../geography/policing-area.entity.ts';

/** The NPA commander's weekly vlog or blog post, public on the NPA page. */
@ObjectType({ description: 'An NPA commander’s weekly update (blog or vlog).' })
@Entity({ tableName: 'commander_update' })
@Index({ properties: ['policingArea', 'publishedAt'] })
export class CommanderUpdate {
  @Field(() => ID, { description: 'The update’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => PolicingArea, { deleteRule: 'cascade' })
  policingArea!: PolicingArea;

  @Field({ description: 'The update’s headline, as residents see it (plain text).' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field({
    description: 'What the commander wrote (plain text, paragraphs separated by blank lines).',
  })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'A link to the video, for a vlog.' })
  @Property({ type: 'string', length: 500, nullable: true })
  videoUrl: string | null = null;

  @Field(() => GraphQLDateTimeISO, {
    description: 'When it was posted; updates are listed newest first.',
  })
  @Property({ type: 'datetime' })
  publishedAt: Date = new Date();

  /** The commander's name as published. */
  @Field({ description: 'The commander’s name as published with the update.' })
  @Property({ type: 'string' })
  authorName!: string;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;
}
