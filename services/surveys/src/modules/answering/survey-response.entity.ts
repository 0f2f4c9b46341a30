import type { Opt } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import {
  AGE_BANDS,
  DISABILITIES,
  ETHNIC_GROUPS,
  GENDERS,
  type AgeBand,
  type Disability,
  type EthnicGroup,
  type Gender,
} from '@engage/shared/demographics';
import { RESIDENT_LANGUAGES, type ResidentLanguage } from '@engage/shared/languages';
import { ANSWERS, type Answer } from '../scoring/index.ts';

/**
 * One resident's answers to one round. Deliberately holds nothing that names them: no email, no
 * name, no subscriber or invitation id, and only the day it came in (a timestamp could be matched
 * against the used-invitation record). Demographics are optional and separately consented.
 */
@Entity({ tableName: 'survey_response' })
@Index({ properties: ['roundId', 'neighbourhoodId'] })
@Index({ properties: ['roundId', 'policingAreaId'] })
export class SurveyResponse {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  roundId!: string;

  /** Null for an open-link answer given without a postcode. */
  @Property({ type: 'uuid', nullable: true })
  neighbourhoodId!: string | null;

  /** The team's NPA when the answer came in, so NPA scores need no join. */
  @Property({ type: 'uuid', nullable: true })
  policingAreaId!: string | null;

  /** True when it came with an invitation token; false for the open public link. */
  @Property({ type: 'boolean' })
  verified!: boolean;

  @Property({ type: 'date' })
  submittedOn!: string;

  /**
   * Set when an admin excludes this answer from every figure (flagged as part of an anomaly, such
   * as a burst of open-link answers). Kept rather than deleted so the exclusion can be reviewed;
   * who excluded it and why is in the audit log.
   */
  @Property({ type: 'datetime', nullable: true })
  excludedAt: Opt<Date> | null = null;

  /**
   * The language the questions were shown in, as the portal sent it. Not who answered: it only
   * lets analysts compare answers by language (Breakdown ANSWER_LANGUAGE). Rows from before
   * residents could choose a language are EN, the only language the survey then had besides a
   * draft Welsh.
   */
  @Enum({ items: [...RESIDENT_LANGUAGES], default: 'EN' })
  language: Opt<ResidentLanguage> = 'EN';

  @Enum({ items: [...AGE_BANDS], nullable: true })
  ageBand!: AgeBand | null;

  @Enum({ items: [...ETHNIC_GROUPS], nullable: true })
  ethnicGroup!: EthnicGroup | null;

  @Enum({ items: [...DISABILITIES], nullable: true })
  disability!: Disability | null;

  @Enum({ items: [...GENDERS], nullable: true })
  gender!: Gender | null;

  /**
   * The answers to the five standard questions, by code (every question set version has Q1–Q5).
   * Columns rather than rows: scores read them in one pass with no join, and the demo history
   * writes 36,000 rows instead of 180,000 (see ../scores/score-counts.ts).
   */
  @Enum({ items: [...ANSWERS] })
  q1!: Answer;

  @Enum({ items: [...ANSWERS] })
  q2!: Answer;

  @Enum({ items: [...ANSWERS] })
  q3!: Answer;

  @Enum({ items: [...ANSWERS] })
  q4!: Answer;

  @Enum({ items: [...ANSWERS] })
  q5!: Answer;
}

/** One response's answer to one of its round's local questions (the NPA's own). */
@Entity({ tableName: 'local_answer' })
export class LocalAnswer {
  @PrimaryKey({ type: 'uuid' })
  responseId!: string;

  @PrimaryKey({ type: 'uuid' })
  questionId!: string;

  @Enum({ items: [...ANSWERS] })
  choice!: Answer;
}
