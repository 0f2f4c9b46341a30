import { ArrayMaxSize, IsOptional, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { PlainText, ResidentLanguageEnum } from '@engage/shared/graphql';
import { RESIDENT_LANGUAGES, type ResidentLanguage } from '@engage/shared/languages';

@InputType({ description: 'A question’s wording in one language besides English and Welsh.' })
export class QuestionTranslationInput {
  @Field(() => ResidentLanguageEnum, { description: 'The language (not EN or CY).' })
  language!: ResidentLanguage;

  @Field({ description: 'The question in that language.' })
  @PlainText({ min: 5, max: 300 })
  text!: string;
}

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

  @Field(() => [QuestionTranslationInput], {
    description:
      'The question in other languages, each at most once. Null or left out: an unchanged ' +
      'English question keeps the previous version’s translations. A language without one shows ' +
      'residents the English, marked as such.',
    nullable: true,
  })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(RESIDENT_LANGUAGES.length)
  translations?: QuestionTranslationInput[] | null;
}
