import { ArrayMaxSize, IsInt, IsOptional, Min, Matches } from 'class-validator';
import { PlainText } from '@engage/shared/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EngagementKindEnum, type EngagementKind } from './engagement.entity.ts';

const SOMETHING = /\S/;

@InputType({ description: 'An engagement as the team records it.' })
export class EngagementInput {
  @Field(() => ID, { description: 'The team that held it: one the caller manages.' })
  neighbourhoodId!: string;

  @Field(() => EngagementKindEnum, { description: 'What sort of engagement it was.' })
  kind!: EngagementKind;

  @Field(() => GraphQLLocalDate, { description: 'Not in the future.' })
  heldOn!: string;

  @Field({ description: 'Where it was held, 1 to 200 characters.' })
  @PlainText({ min: 1, max: 200 })
  @Matches(SOMETHING, { message: 'Say where it was held.' })
  place!: string;

  @Field(() => Int, { nullable: true, description: 'How many residents took part, if counted.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'Attendance cannot be less than 0.' })
  attendance?: number | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Partners who joined. A patch walk with none does not count for the standard.',
  })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'List at most 30 partners.' })
  @PlainText({ max: 100 }, { each: true })
  partners?: string[] | null;

  @Field(() => [String], {
    description:
      'The communities the team reached, each a short phrase; left out or null for none.',
    nullable: true,
  })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'List at most 30 communities.' })
  @PlainText({ max: 100 }, { each: true })
  communitiesReached?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Up to 2,000 characters.' })
  @IsOptional()
  @PlainText({ max: 2000 })
  notes?: string | null;
}
