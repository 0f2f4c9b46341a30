import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { PlainText } from '@engage/shared/graphql';

@InputType()
export class CreatePollInput {
  @Field()
  @PlainText({ min: 5, max: 300 })
  question!: string;

  @Field(() => [String], { description: '2 to 6 answers.' })
  @ArrayMinSize(2)
  @ArrayMaxSize(6)
  @PlainText({ min: 1, max: 100 }, { each: true })
  options!: string[];

  @Field(() => [ID], { description: 'With no teams either: force-wide.' })
  @IsUUID('all', { each: true })
  policingAreaIds!: string[];

  @Field(() => [ID])
  @IsUUID('all', { each: true })
  neighbourhoodIds!: string[];

  @Field(() => GraphQLDateTimeISO, { nullable: true })
  closesAt?: Date | null;
}
