import {
  ArrayMaxSize,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

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
  @Length(1, 120, { message: 'Enter the officer’s name' })
  name!: string;

  @Field()
  @Length(1, 120, { message: 'Enter the officer’s role' })
  role!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  photoUrl?: string | null;
}

@InputType()
export class FeaturedPriorityInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  priorityId?: string | null;

  @Field()
  @Length(1, 200)
  title!: string;

  @Field()
  @Length(1, 2000)
  youSaid!: string;

  @Field(() => [String])
  @ArrayMaxSize(20)
  @MaxLength(2000, { each: true })
  weDid!: string[];
}

@InputType()
export class FeaturedEventInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  eventId?: string | null;

  @Field()
  @Length(1, 200)
  title!: string;

  @Field(() => GraphQLDateTimeISO)
  startsAt!: Date;

  @Field()
  @Length(1, 200)
  place!: string;
}

/** type-graphql builds nested inputs as class instances, so @ValidateNested checks them too. */
@InputType()
export class NewsletterContentInput {
  @Field()
  @Length(1, 150, { message: 'Enter a title of 150 characters or fewer' })
  @Matches(NOT_BLANK, { message: 'Enter a title' })
  title!: string;

  @Field({ description: 'HTML; sanitised when stored.' })
  @MaxLength(20000, { message: 'The introduction must be 20,000 characters or fewer' })
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
  @MaxLength(20000, { message: 'The advice must be 20,000 characters or fewer' })
  advice!: string;

  @Field()
  @MaxLength(2000, { message: 'The contact details must be 2,000 characters or fewer' })
  contact!: string;
}
