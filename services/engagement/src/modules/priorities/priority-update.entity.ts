import type { Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTimeISO, GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Priority } from './priority.entity.ts';

/** “We did”: one dated action the team took on a priority. */
@ObjectType({ description: '“We did”: a dated action the team took on a priority.' })
@Entity({ tableName: 'priority_update' })
export class PriorityUpdate {
  @Field(() => ID, { description: 'The update’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @ManyToOne(() => Priority, { deleteRule: 'cascade', index: true })
  // Rel<>: the two entity files import each other, so the type must not be emitted as metadata.
  priority!: Rel<Priority>;

  @Field(() => GraphQLLocalDate, { description: 'The day the action was taken.' })
  @Property({ type: 'date' })
  actionOn!: string;

  @Field({ description: '“We did”: what the team did, in plain words.' })
  @Property({ type: 'text' })
  weDid!: string;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Field(() => GraphQLDateTimeISO, { description: 'When the update was written.' })
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
