import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Engagement owns Neighbourhood; this subgraph only adds fields to it. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Neighbourhood {
  @Field(() => ID, { description: 'The team’s id, the same in every service.' })
  id!: string;
}
