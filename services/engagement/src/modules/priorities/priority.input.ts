import { IsIn, IsInt, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { PlainText } from '@engage/shared/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsNotInTheFuture } from './local-date.ts';
import { PRIORITY_SOURCES, PrioritySourceEnum, type PrioritySource } from './priority.entity.ts';

/** Something a person typed: at least one character that is not a space. */
const NOT_BLANK = /\S/;

@InputType({ description: 'A new priority; it starts as a DRAFT the public cannot see.' })
export class CreatePriorityInput {
  @Field(() => ID, { description: 'The team it is for: one the caller manages.' })
  @IsUUID('all', { message: 'Choose a neighbourhood team' })
  neighbourhoodId!: string;

  @Field(() => Int, { description: 'The calendar year of its quarter.' })
  @IsInt()
  @Min(2000, { message: 'Enter a year from 2000' })
  @Max(2100, { message: 'Enter a year before 2100' })
  year!: number;

  @Field(() => Int, { description: '1 to 4: January–March is 1.' })
  @IsInt()
  @Min(1, { message: 'Enter a quarter from 1 to 4' })
  @Max(4, { message: 'Enter a quarter from 1 to 4' })
  quarter!: number;

  @Field({ description: 'What the priority is about, plain text.' })
  @PlainText({ min: 1, max: 200 })
  @Matches(NOT_BLANK, { message: 'Enter a title' })
  title!: string;

  @Field({ description: '“You said”: the concern, in residents’ words.' })
  @PlainText({ min: 1, max: 2000 })
  @Matches(NOT_BLANK, { message: 'Enter what residents said' })
  residentsSaid!: string;

  @Field(() => PrioritySourceEnum, { description: 'How the team learnt of it.' })
  @IsIn([...PRIORITY_SOURCES])
  source!: PrioritySource;
}

@InputType({ description: 'The fields to change; those left out (or null) stay as they are.' })
export class UpdatePriorityInput {
  @Field(() => Int, {
    description: 'A new calendar year for its quarter; left out to keep it.',
    nullable: true,
  })
  @IsOptional()
  @IsInt()
  @Min(2000, { message: 'Enter a year from 2000' })
  @Max(2100, { message: 'Enter a year before 2100' })
  year?: number | null;

  @Field(() => Int, { description: 'A new quarter, 1 to 4; left out to keep it.', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'Enter a quarter from 1 to 4' })
  @Max(4, { message: 'Enter a quarter from 1 to 4' })
  quarter?: number | null;

  @Field(() => String, { description: 'A new title; left out to keep it.', nullable: true })
  @IsOptional()
  @PlainText({ min: 1, max: 200 })
  @Matches(NOT_BLANK, { message: 'Enter a title' })
  title?: string | null;

  @Field(() => String, {
    description: 'What residents said, in their words (“You said”); left out to keep it.',
    nullable: true,
  })
  @IsOptional()
  @PlainText({ min: 1, max: 2000 })
  @Matches(NOT_BLANK, { message: 'Enter what residents said' })
  residentsSaid?: string | null;

  @Field(() => PrioritySourceEnum, {
    description: 'How the team learnt of it; left out to keep it.',
    nullable: true,
  })
  @IsOptional()
  @IsIn([...PRIORITY_SOURCES])
  source?: PrioritySource | null;
}

@InputType({ description: '“We did”: an action the team took on a priority.' })
export class PriorityUpdateInput {
  @Field(() => GraphQLLocalDate, { description: 'The day it was done: today or earlier.' })
  @IsNotInTheFuture({ message: 'Enter a date that is today or in the past' })
  actionOn!: string;

  @Field({ description: 'What the team did, in plain words.' })
  @PlainText({ min: 1, max: 2000 })
  @Matches(NOT_BLANK, { message: 'Enter what the team did' })
  weDid!: string;
}
