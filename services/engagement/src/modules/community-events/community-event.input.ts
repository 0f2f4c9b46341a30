import { IsOptional, IsUUID, Matches, ValidateBy, type ValidationOptions } from 'class-validator';
import { PlainText } from '@engage/shared/graphql';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

/** Something a person typed: at least one character that is not a space. */
const NOT_BLANK = /\S/;

/** An end, when given, comes after the start. */
function IsAfterStart(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAfterStart',
      validator: {
        validate: (endsAt: unknown, args) =>
          endsAt == null ||
          (endsAt instanceof Date && endsAt > (args?.object as CommunityEventInput).startsAt),
      },
    },
    options,
  );
}

@InputType({ description: 'A public event; it starts as a DRAFT until published.' })
export class CommunityEventInput {
  @Field(() => ID, { description: 'The team holding the event: one the caller manages.' })
  @IsUUID('all', { message: 'Choose a neighbourhood team' })
  neighbourhoodId!: string;

  @Field({ description: 'What the event is called, plain text.' })
  @PlainText({ min: 1, max: 200 })
  @Matches(NOT_BLANK, { message: 'Enter a title' })
  title!: string;

  @Field(() => String, {
    description: 'More about the event, plain text; null or left out for none.',
    nullable: true,
  })
  @IsOptional()
  @PlainText({ max: 2000 })
  description?: string | null;

  @Field(() => GraphQLDateTimeISO, {
    description: 'When it starts, as a date-time with its offset.',
  })
  startsAt!: Date;

  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'After startsAt.' })
  @IsAfterStart({ message: 'Enter an end time after the start time' })
  endsAt?: Date | null;

  @Field({ description: 'Where it is, as people would look for it.' })
  @PlainText({ min: 1, max: 200 })
  @Matches(NOT_BLANK, { message: 'Enter where the event is' })
  place!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Step-free access, hearing loop, parking, interpreters…',
  })
  @IsOptional()
  @PlainText({ max: 2000 })
  accessibilityNotes?: string | null;
}
