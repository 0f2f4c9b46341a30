import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Engagement owns Neighbourhood; this subgraph only adds fields to it. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Neighbourhood {
  @Field(() => ID)
  id!: string;
}
