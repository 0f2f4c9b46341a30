import { IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { PlainText } from '@engage/shared/graphql';
import { TeamWorkInput } from './team-work.input.ts';

/** Something a person typed: at least one character that is not a space. */
const NOT_BLANK = /\S/;
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType({ description: 'Which team and month a new newsletter issue is for.' })
export class NewsletterDraftInput {
  @Field(() => ID, { description: 'The team: one the caller manages.' })
  @IsUUID('all', { message: 'Choose a neighbourhood team' })
  neighbourhoodId!: string;

  @Field({ description: '"YYYY-MM"' })
  @Matches(MONTH, { message: 'Enter a month like 2026-11' })
  month!: string;
}

@InputType({ description: 'Who signs a newsletter issue.' })
export class NewsletterAuthorInput {
  @Field(() => ID, {
    description: 'The officer, when the author is one of the team’s officers; null otherwise.',
    nullable: true,
  })
  @IsOptional()
  officerId?: string | null;

  @Field({ description: 'The name printed under the issue.' })
  @PlainText({ min: 1, max: 120 }, { message: 'Enter the officer’s name in plain text' })
  name!: string;

  @Field({ description: 'Their role as printed (PC, Sergeant, PCSO…).' })
  @PlainText({ min: 1, max: 120 }, { message: 'Enter the officer’s role in plain text' })
  role!: string;

  @Field(() => String, {
    description: 'A photo of the author from this portal (PNG or JPEG); null for none.',
    nullable: true,
  })
  @IsOptional()
  @PlainText({ max: 2000 })
  photoUrl?: string | null;
}

/** type-graphql builds nested inputs as class instances, so @ValidateNested checks them too. */
@InputType({ description: 'Everything a newsletter issue says: saved whole each time.' })
export class NewsletterContentInput {
  @Field({ description: 'The issue’s title, 1 to 150 characters.' })
  @PlainText(
    { min: 1, max: 150 },
    { message: 'Enter a title of 150 characters or fewer, in plain text' },
  )
  @Matches(NOT_BLANK, { message: 'Enter a title' })
  title!: string;

  @Field({ description: 'HTML; sanitised when stored.' })
  @PlainText(
    { max: 20000 },
    { message: 'The introduction must be 20,000 characters or fewer, with no direction controls' },
  )
  introduction!: string;

  @Field(() => NewsletterAuthorInput, {
    description: 'Who signs it; null for nobody.',
    nullable: true,
  })
  @IsOptional()
  @ValidateNested()
  author?: NewsletterAuthorInput | null;

  @Field(() => TeamWorkInput, {
    nullable: true,
    description:
      'The team’s work now, to feature afresh (the service chooses what); null keeps what the issue features.',
  })
  @IsOptional()
  @ValidateNested()
  teamWork?: TeamWorkInput | null;

  @Field({ description: 'HTML; sanitised when stored.' })
  @PlainText(
    { max: 20000 },
    { message: 'The advice must be 20,000 characters or fewer, with no direction controls' },
  )
  advice!: string;

  @Field({ description: 'How to reach the team, plain text, at most 2,000 characters.' })
  @PlainText(
    { max: 2000 },
    { message: 'The contact details must be 2,000 characters or fewer, in plain text' },
  )
  contact!: string;
}
