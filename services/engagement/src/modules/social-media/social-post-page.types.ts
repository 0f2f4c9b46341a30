import { Field, Int, ObjectType } from 'type-graphql';
import { SocialPost } from './social-post.entity.ts';

@ObjectType({ description: 'A page of a team’s social media log, newest first.' })
export class SocialPostPage {
  @Field(() => [SocialPost])
  nodes!: SocialPost[];

  @Field(() => Int, { description: 'How many posts match the dates, on every page.' })
  totalCount!: number;

  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}
