import { Field, InputType } from 'type-graphql';
import { PlainText } from '@engage/shared/graphql';

@InputType({ description: 'One standard question of a new question set version.' })
export class QuestionTextInput {
  @Field({ description: '"Q1".."Q5".' })
  code!: string;

  @Field({ description: 'The question in English.' })
  @PlainText({ min: 5, max: 300 })
  en!: string;

  @Field({ description: 'The question in Welsh.' })
  @PlainText({ min: 5, max: 300 })
  cy!: string;
}
