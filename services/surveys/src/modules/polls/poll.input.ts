import { ArrayMaxSize, ArrayMinSize, IsUUID, Length } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreatePollInput {
  @Field()
  @Length(5, 300)
  question!: string;

  @Field(() => [String], { description: '2 to 6 answers.' })
  @ArrayMinSize(2)
  @ArrayMaxSize(6)
  @Length(1, 100, { each: true })
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
