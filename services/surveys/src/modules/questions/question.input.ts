import { Length } from 'class-validator';
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'One standard question of a new question set version.' })
export class QuestionTextInput {
  @Field({ description: '"Q1".."Q5".' })
  code!: string;

  @Field()
  @Length(5, 300)
  en!: string;

  @Field()
  @Length(5, 300)
  cy!: string;
}
