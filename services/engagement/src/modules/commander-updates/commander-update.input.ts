import { IsOptional, IsUUID, IsUrl, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

/** Something a person typed: at least one character that is not a space. */
const NOT_BLANK = /\S/;

@InputType({ description: 'A commander’s weekly update for their NPA.' })
export class CommanderUpdateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a policing area' })
  policingAreaId!: string;

  @Field()
  @Length(1, 200, { message: 'Enter a title of 200 characters or fewer' })
  @Matches(NOT_BLANK, { message: 'Enter a title' })
  title!: string;

  @Field()
  @Length(1, 10000, { message: 'Enter the update, in 10,000 characters or fewer' })
  @Matches(NOT_BLANK, { message: 'Enter the update' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'A link to the video, for a vlog.' })
  @IsOptional()
  @MaxLength(500, { message: 'Enter a video link of 500 characters or fewer' })
  @IsUrl(
    { protocols: ['https'], require_protocol: true },
    { message: 'Enter the video link as a full web address starting https://' },
  )
  videoUrl?: string | null;
}
