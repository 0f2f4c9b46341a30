import { IsOptional, IsUrl, MaxLength } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { SocialChannelEnum, type SocialChannel } from './social-post.entity.ts';

@InputType({ description: 'A post the team made on social media.' })
export class SocialPostInput {
  @Field(() => ID, { description: 'The team that posted: one the caller manages.' })
  neighbourhoodId!: string;

  @Field(() => GraphQLLocalDate, { description: 'Not in the future.' })
  postedOn!: string;

  @Field(() => SocialChannelEnum, { description: 'Where it was posted.' })
  channel!: SocialChannel;

  @Field(() => String, { nullable: true, description: 'The post’s web address (https).' })
  @IsOptional()
  @MaxLength(500, { message: 'Keep the link to 500 characters.' })
  @IsUrl(
    { protocols: ['https'], require_protocol: true },
    { message: 'Give the post’s web address, starting https://.' },
  )
  link?: string | null;

  @Field({ description: 'True when the post is a “You said – We did” update.' })
  youSaidWeDid!: boolean;
}
