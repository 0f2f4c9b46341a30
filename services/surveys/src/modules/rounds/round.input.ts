import { IsUUID } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { PlainText } from '@engage/shared/graphql';

@InputType({ description: 'A new “Your Views” round: when it runs and where.' })
export class CreateSurveyRoundInput {
  @Field({ description: 'How residents will know it, e.g. "November 2026".' })
  @PlainText({ min: 3, max: 60 })
  label!: string;

  @Field(() => GraphQLLocalDate, { description: 'The first day residents can answer (UK date).' })
  opensOn!: string;

  @Field(() => GraphQLLocalDate, { description: 'After opensOn.' })
  closesOn!: string;

  @Field(() => [ID], { description: 'Empty for the whole force.' })
  @IsUUID('all', { each: true })
  policingAreaIds!: string[];
}
