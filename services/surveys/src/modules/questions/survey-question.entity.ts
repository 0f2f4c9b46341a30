import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Arg, Field, ID, ObjectType } from 'type-graphql';
import { ResidentLanguageEnum } from '@engage/shared/graphql';
import type { ResidentLanguage } from '@engage/shared/languages';

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

  @Property({ type: 'text' })
  textEn!: string;

  /** Welsh; a local question may have none, and then shows in English. */
  @Property({ type: 'text', nullable: true })
  textCy!: string | null;

  @Field(() => String, { description: 'The question in the resident’s language.' })
  text(
    @Arg('language', () => ResidentLanguageEnum, {
      description: 'The language to return the question in.',
      defaultValue: 'EN',
    })
    language: ResidentLanguage,
  ): string {
    return language === 'CY' && this.textCy ? this.textCy : this.textEn;
  }
}
