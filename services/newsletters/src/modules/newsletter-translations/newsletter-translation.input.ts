import { Matches } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { PlainText, ResidentLanguageEnum } from '@engage/shared/graphql';
import type { ResidentLanguage } from '@engage/shared/languages';

const NOT_BLANK = /\S/;

/** The same limits as the English issue (newsletter.input.ts): a translation is no longer. */
@InputType({ description: 'An issue in one language other than English: saved whole each time.' })
export class NewsletterTranslationInput {
  @Field(() => ResidentLanguageEnum, { description: 'The language it is in: any but English.' })
  language!: ResidentLanguage;

  @Field({ description: 'The title in this language, 1 to 150 characters.' })
  @PlainText(
    { min: 1, max: 150 },
    { message: 'Enter a title of 150 characters or fewer, in plain text' },
  )
  @Matches(NOT_BLANK, { message: 'Enter a title' })
  title!: string;

  @Field({ description: 'The introduction in this language: HTML, sanitised when stored.' })
  @PlainText(
    { max: 20000 },
    { message: 'The introduction must be 20,000 characters or fewer, with no direction controls' },
  )
  introduction!: string;

  @Field({ description: 'The advice in this language: HTML, sanitised when stored.' })
  @PlainText(
    { max: 20000 },
    { message: 'The advice must be 20,000 characters or fewer, with no direction controls' },
  )
  advice!: string;
}
