import { ArrayMaxSize, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { PlainText } from '@engage/shared/graphql';

/** Something a person typed: at least one character that is not a space. */
const NOT_BLANK = /\S/;
export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType()
export class NewsletterDraftInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a neighbourhood team' })
  neighbourhoodId!: string;

  @Field({ description: '"YYYY-MM"' })
  @Matches(MONTH, { message: 'Enter a month like 2026-11' })
  month!: string;
}

@InputType()
export class NewsletterAuthorInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  officerId?: string | null;

  @Field()
  @PlainText({ min: 1, max: 120 }, { message: 'Enter the officer’s name in plain text' })
  name!: string;

  @Field()
  @PlainText({ min: 1, max: 120 }, { message: 'Enter the officer’s role in plain text' })
  role!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PlainText({ max: 2000 })
  photoUrl?: string | null;
}

@InputType()
export class FeaturedPriorityInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  priorityId?: string | null;

  @Field()
  @PlainText({ min: 1, max: 200 })
  title!: string;

  @Field()
  @PlainText({ min: 1, max: 2000 })
  youSaid!: string;

  @Field(() => [String])
  @ArrayMaxSize(20)
  @PlainText({ max: 2000 }, { each: true })
  weDid!: string[];
}

@InputType()
export class FeaturedEventInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  eventId?: string | null;

  @Field()
  @PlainText({ min: 1, max: 200 })
  title!: string;

  @Field(() => GraphQLDateTimeISO)
  startsAt!: Date;

  @Field()
  @PlainText({ min: 1, max: 200 })
  place!: string;
}

/** type-graphql builds nested inputs as class instances, so @ValidateNested checks them too. */
@InputType()
export class NewsletterContentInput {
  @Field()
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

  @Field(() => NewsletterAuthorInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  author?: NewsletterAuthorInput | null;

  @Field(() => [FeaturedPriorityInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  priorities!: FeaturedPriorityInput[];

  @Field(() => [FeaturedEventInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  events!: FeaturedEventInput[];

  @Field({ description: 'HTML; sanitised when stored.' })
  @PlainText(
    { max: 20000 },
    { message: 'The advice must be 20,000 characters or fewer, with no direction controls' },
  )
  advice!: string;

  @Field()
  @PlainText(
    { max: 2000 },
    { message: 'The contact details must be 2,000 characters or fewer, in plain text' },
  )
  contact!: string;
}
