import { IsIn, Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { PlainText, ResidentLanguageEnum } from '@engage/shared/graphql';
import type { ResidentLanguage } from '@engage/shared/languages';
import { TRANSLATION_LANGUAGES } from './priority-translation.entity.ts';

/** Something a person typed: at least one character that is not a space. */
const NOT_BLANK = /\S/;

const NOT_ENGLISH = {
  message: 'Choose a language other than English: the English is the original',
};

/** The same limits as the English (priority.input.ts): a translation fits wherever it does. */
@InputType({ description: 'A priority’s title and “You said” in one language other than English.' })
export class PriorityTranslationInput {
  @Field(() => ResidentLanguageEnum, { description: 'The language: any but English.' })
  @IsIn([...TRANSLATION_LANGUAGES], NOT_ENGLISH)
  language!: ResidentLanguage;

  @Field({ description: 'The title, translated: plain text, 1 to 200 characters.' })
  @PlainText({ min: 1, max: 200 })
  @Matches(NOT_BLANK, { message: 'Enter the translated title' })
  title!: string;

  @Field({ description: '“You said”, translated: plain text, 1 to 2000 characters.' })
  @PlainText({ min: 1, max: 2000 })
  @Matches(NOT_BLANK, { message: 'Enter the translation of what residents said' })
  residentsSaid!: string;
}

@InputType({ description: 'A “We did” update in one language other than English.' })
export class PriorityUpdateTranslationInput {
  @Field(() => ResidentLanguageEnum, { description: 'The language: any but English.' })
  @IsIn([...TRANSLATION_LANGUAGES], NOT_ENGLISH)
  language!: ResidentLanguage;

  @Field({ description: '“We did”, translated: plain text, 1 to 2000 characters.' })
  @PlainText({ min: 1, max: 2000 })
  @Matches(NOT_BLANK, { message: 'Enter the translation of what the team did' })
  weDid!: string;
}
