import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Arg, Field, ID, ObjectType } from 'type-graphql';
import { ResidentLanguageEnum } from '@engage/shared/graphql';
import type { ResidentLanguage } from '@engage/shared/languages';
import { languagesOf, textIn, type QuestionTexts } from './question-texts.ts';

// The resident languages are the one list in shared/src/languages.ts, as every subgraph has them.
export { RESIDENT_LANGUAGES, type ResidentLanguage } from '@engage/shared/languages';

/**
 * A question residents answer on the agree/disagree scale. A standard question (Q1–Q5) belongs to
 * a question set version; a local question (L1, L2, …) to one round and one NPA.
 */
@ObjectType({ description: 'A "Your Views" question, answered on the agree/disagree scale.' })
@Entity({ tableName: 'survey_question' })
@Index({ properties: ['roundId', 'policingAreaId'] })
export class SurveyQuestion {
  @Field(() => ID, { description: 'The question’s id.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field({ description: '"Q1".."Q5" for the standard five; "L1".. for local questions.' })
  @Property({ type: 'string' })
  code!: string;

  @Field({ description: 'One of the five set centrally (false: a local question).' })
  @Property({ type: 'boolean' })
  standard!: boolean;

  /** The question set version of a standard question; null for a local one. */
  @Index()
  @Property({ type: 'integer', nullable: true })
  questionSetVersion!: number | null;

  /** The round and NPA of a local question; null for a standard one. */
  @Property({ type: 'uuid', nullable: true })
  roundId!: string | null;

  @Property({ type: 'uuid', nullable: true })
  policingAreaId!: string | null;

  /**
   * The question's wording in each language, recorded with the question (and so with its question
   * set version or its round): exactly what residents reading each language were asked. A jsonb
   * map rather than a table of translations because the wording is written once, read whole with
   * the question every time, and never queried by language; English is always present.
   */
  @Property({ type: 'json' })
  texts!: QuestionTexts;

  @Field(() => String, {
    description:
      'The question in the resident’s language; in English when it has no translation into it ' +
      '(see textLanguage).',
  })
  text(
    @Arg('language', () => ResidentLanguageEnum, {
      description: 'The language to return the question in.',
      defaultValue: 'EN',
    })
    language: ResidentLanguage,
  ): string {
    return textIn(this.texts, language).text;
  }

  @Field(() => ResidentLanguageEnum, {
    description:
      'The language `text` is really in for that language: the one asked for, or EN when the ' +
      'question has no translation into it (show it marked as English, with a note).',
  })
  textLanguage(
    @Arg('language', () => ResidentLanguageEnum, {
      description: 'The language the question was asked for in.',
      defaultValue: 'EN',
    })
    language: ResidentLanguage,
  ): ResidentLanguage {
    return textIn(this.texts, language).language;
  }

  @Field(() => [ResidentLanguageEnum], {
    description: 'Every language the question has a wording in, English first.',
  })
  languages(): ResidentLanguage[] {
    return languagesOf(this.texts);
  }
}
