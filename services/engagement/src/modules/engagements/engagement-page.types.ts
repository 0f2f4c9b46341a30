import { Field, Int, ObjectType } from 'type-graphql';
import { Engagement } from './engagement.entity.ts';

@ObjectType({ description: 'A page of a team’s engagements, newest first.' })
export class EngagementPage {
  @Field(() => [Engagement], { description: 'The engagements on this page, newest first.' })
  nodes!: Engagement[];

  @Field(() => Int, { description: 'How many engagements match the dates, on every page.' })
  totalCount!: number;

  @Field({
    description: 'True when more engagements follow: ask again with after set to endCursor.',
  })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}
