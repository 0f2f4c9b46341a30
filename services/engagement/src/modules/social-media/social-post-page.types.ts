import { Field, Int, ObjectType } from 'type-graphql';
import { SocialPost } from './social-post.entity.ts';

@ObjectType({ description: 'A page of a team’s social media log, newest first.' })
export class SocialPostPage {
  @Field(() => [SocialPost], { description: 'The posts on this page, newest first.' })
  nodes!: SocialPost[];

  @Field(() => Int, { description: 'How many posts match the dates, on every page.' })
  totalCount!: number;

  @Field({ description: 'True when more posts follow: ask again with after set to endCursor.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}
