import { STANDARD_QUESTIONS, type StandardQuestion } from '../scoring/index.ts';

/** The codes of the five standard questions, in the order they are asked. */
export const STANDARD_CODES = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5'] as const;
export type StandardCode = (typeof STANDARD_CODES)[number];

/** The scoring module's name for each code (Q1 is UNDERSTANDS_ISSUES, …). */
export const SCORING_NAME = Object.fromEntries(
  STANDARD_CODES.map((code, i) => [code, STANDARD_QUESTIONS[i]!]),
) as Record<StandardCode, StandardQuestion>;

export const isStandardCode = (code: string): code is StandardCode =>
  (STANDARD_CODES as readonly string[]).includes(code);

/** Version 1: the force's five questions (domain.md), in English and Welsh. */
export const FIRST_QUESTION_SET: readonly { code: StandardCode; en: string; cy: string }[] = [
  {
    code: 'Q1',
    en: 'Do the police understand and deal with the issues that matter in your area?',
    cy: 'Ydy’r heddlu’n deall ac yn delio â’r materion sy’n bwysig yn eich ardal chi?',
  },
  {
    code: 'Q2',
    en: 'Do you feel safe in your area?',
    cy: 'Ydych chi’n teimlo’n ddiogel yn eich ardal chi?',
  },
  {
    code: 'Q3',
    en: 'Are you kept informed about what the police are doing in your area?',
    cy: 'Ydych chi’n cael gwybod beth mae’r heddlu’n ei wneud yn eich ardal chi?',
  },
  {
    code: 'Q4',
    en: 'Do the police do a good job in your area?',
    cy: 'Ydy’r heddlu’n gwneud gwaith da yn eich ardal chi?',
  },
  {
    code: 'Q5',
    en: 'Do you trust your local police?',
    cy: 'Ydych chi’n ymddiried yn eich heddlu lleol?',
  },
];
