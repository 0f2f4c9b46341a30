import { ArrayMaxSize, ArrayMinSize, IsUUID } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { PlainText } from '@engage/shared/graphql';

@InputType({ description: 'A new quick poll: its question, options and where it is shown.' })
export class CreatePollInput {
  @Field({ description: 'The question, plain text.' })
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

  @Field(() => [ID], { description: 'The teams whose pages show it: teams the caller manages.' })
  @IsUUID('all', { each: true })
  neighbourhoodIds!: string[];

  @Field(() => GraphQLDateTimeISO, {
    description: 'When voting stops; null or left out to close it by hand.',
    nullable: true,
  })
  closesAt?: Date | null;
}
