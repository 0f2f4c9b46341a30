import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * One version of the five standard questions, set centrally. A new version never changes a round
 * already opened: each round keeps the version it opened with.
 */
@ObjectType({ description: 'One version of the five standard "Your Views" questions.' })
@Entity({ tableName: 'question_set' })
export class QuestionSet {
  @Field(() => ID, { description: 'The question set’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => Int, {
    description: 'Its version number, 1 upwards; each round keeps the version it opened with.',
  })
  @Unique()
  @Property({ type: 'integer' })
  version!: number;

  @Field(() => GraphQLDateTimeISO, { description: 'When this version was published.' })
  @Property({ type: 'datetime' })
  createdAt!: Date;
}
