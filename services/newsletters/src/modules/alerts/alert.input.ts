import { IsOptional, IsUUID, IsUrl, Matches, MaxLength, ValidateIf } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PlainText } from '@engage/shared/graphql';

/** Something a person typed: at least one character that is not a space. */
const NOT_BLANK = /\S/;

/** Title 120 characters: it is the subject line, which phones cut at about 40 to 90. */
export const ALERT_TITLE_MAX = 120;
/** Body 2000 characters: an alert is a few short paragraphs; longer news is a newsletter. */
export const ALERT_BODY_MAX = 2000;

@InputType({
  description: 'A short message: for a team (neighbourhoodId) or an NPA (policingAreaId).',
})
export class AlertInput {
  @Field(() => ID, { nullable: true, description: 'The team, for its subscribers.' })
  @ValidateIf((input: AlertInput) => !input.policingAreaId)
  @IsUUID('all', { message: 'Choose a neighbourhood team or a policing area' })
  neighbourhoodId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The NPA, for all its subscribers.' })
  @ValidateIf((input: AlertInput) => !input.neighbourhoodId)
  @IsUUID('all', { message: 'Choose a neighbourhood team or a policing area' })
  policingAreaId?: string | null;

  @Field({ description: 'The subject line, plain text.' })
  @PlainText({ min: 1, max: ALERT_TITLE_MAX })
  @Matches(NOT_BLANK, { message: 'Enter a title' })
  title!: string;

  @Field({ description: 'The message, plain text.' })
  @PlainText({ min: 1, max: ALERT_BODY_MAX })
  @Matches(NOT_BLANK, { message: 'Enter the message' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'A web page to read more, https only.' })
  @IsOptional()
  @MaxLength(500, { message: 'Enter a link of 500 characters or fewer' })
  @IsUrl(
    { protocols: ['https'], require_protocol: true },
    { message: 'Enter the link as a full web address starting https://' },
  )
  linkUrl?: string | null;
}
