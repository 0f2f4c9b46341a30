import { IsBoolean, IsOptional, IsUUID, IsUrl, Matches, MaxLength } from 'class-validator';
import { PlainText } from '@engage/shared/graphql';
import { Field, ID, InputType } from 'type-graphql';

/** Something a person typed: at least one character that is not a space. */
const NOT_BLANK = /\S/;

@InputType({ description: 'A commander’s weekly update for their NPA.' })
export class CommanderUpdateInput {
  @Field(() => ID, {
    description: 'The NPA the update is for: the commander’s own (an admin may choose any).',
  })
  @IsUUID('all', { message: 'Choose a policing area' })
  policingAreaId!: string;

  @Field({ description: 'The headline, 1 to 150 characters of plain text.' })
  @PlainText({ min: 1, max: 200 })
  @Matches(NOT_BLANK, { message: 'Enter a title' })
  title!: string;

  @Field({ description: 'The text residents read, plain text.' })
  @PlainText({ min: 1, max: 10000 })
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

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also email it to the NPA’s subscribers who want news and updates.',
  })
  @IsOptional()
  @IsBoolean()
  emailSubscribers?: boolean;
}
