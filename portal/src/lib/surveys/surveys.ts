import { AGE_BANDS, DISABILITIES, ETHNIC_GROUPS, GENDERS } from '@engage/shared/demographics';
import {
  LANGUAGES,
  isResidentLanguage,
  languageCodeOf,
  type ResidentLanguage,
} from '@engage/shared/languages';
import { m } from '#lib/paraglide/messages.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { foreignTextAttributes, type LanguageAttributes } from '#lib/i18n/languages.ts';
import { formatCount, formatDecimal, formatPercentage } from '#lib/format.ts';
import type {
  AnswerChoice,
  SurveyRoundStatus,
  AreaLevel,
  Breakdown,
  RoundFieldsFragment,
  FigureFieldsFragment,
  HeadlineRoundFieldsFragment,
  PollFieldsFragment,
} from '#lib/graphql/graphql.ts';

/**
 * "Your Views" in the gateway's terms (services/surveys/API.md), shared by the survey, the results
 * pages and the staff pages. Scores are 0–100 percentages; a suppressed figure (from fewer than
 * the threshold of respondents, default 10) has no numbers at all and is only ever shown in words.
 */

/** The schema's enums, from the generated code (pnpm codegen): never retyped here. */
export type { AnswerChoice, SurveyRoundStatus, AreaLevel, Breakdown };

export const ANSWER_CHOICES = [
  'STRONGLY_AGREE',
  'AGREE',
  'NEITHER',
  'DISAGREE',
  'STRONGLY_DISAGREE',
  'DONT_KNOW',
] as const satisfies readonly AnswerChoice[];

export const BREAKDOWNS = [
  'NONE',
  'AGE_BAND',
  'ETHNIC_GROUP',
  'DISABILITY',
  'GENDER',
  'ANSWER_LANGUAGE',
] as const satisfies readonly Breakdown[];

export interface SurveyQuestion {
  id: string;
  /** "Q1".."Q5" for the standard five, "L1".. for local questions. */
  code: string;
  text: string;
  /**
   * The language `text` is in: the page's, or EN for a question with no translation into it
   * (shown marked as English, with a note). Absent where only the page's language was asked for.
   */
  textLanguage?: ResidentLanguage;
  standard: boolean;
}

/**
 * `lang`/`dir` for a question's text when it is not in the page's language (an NPA's local
 * question written in English only), and whether to say so; nothing for a translated question.
 */
export function questionLanguage(question: Pick<SurveyQuestion, 'textLanguage'>): {
  attributes: LanguageAttributes;
  untranslated: boolean;
} {
  const language = question.textLanguage ? languageCodeOf(question.textLanguage) : getLocale();
  return {
    attributes: foreignTextAttributes(language),
    untranslated: language !== getLocale(),
  };
}

export type RoundSummary = RoundFieldsFragment;

export type ScoreFigure = FigureFieldsFragment;

/** Which answers a figure is from: invitations (the published headline), the open link, or both. */
export const SAMPLES = ['VERIFIED', 'OPEN_LINK', 'ALL'] as const;
export type Sample = (typeof SAMPLES)[number];

/** The open-link answers beside a verified figure for everyone in an area (API.md). */
export interface OpenLinkFigure {
  /** Null where their own score is suppressed: the count is held back with it. */
  responses: number | null;
  confidence: ScoreFigure;
  /** Their volume is out of line with the area's invitation answers or its round before. */
  anomaly: boolean;
}

export interface ScoreChange {
  points: number | null;
  significant: boolean;
  suppressed: boolean;
}

export interface TrendPoint {
  round: RoundSummary;
  confidence: ScoreFigure;
  national: number | null;
}

export interface ConfidenceCell {
  round: RoundSummary;
  level: AreaLevel;
  policingAreaId: string | null;
  neighbourhoodId: string | null;
  groupBy: Breakdown;
  group: string | null;
  confidence: ScoreFigure;
  questions: {
    question: Pick<SurveyQuestion, 'id' | 'code' | 'text' | 'textLanguage'>;
    figure: ScoreFigure;
  }[];
  change: ScoreChange | null;
  /** Absent on figures read before samples existed; VERIFIED by default. */
  sample?: Sample;
  openLink?: OpenLinkFigure | null;
}

/** One round's headline figure for an area, with why it is not shown where it is not. */
export type HeadlineRound = HeadlineRoundFieldsFragment;

/**
 * An area's headline as the surveys service chooses it: the latest round that asked the area, and
 * the figure to show (the latest's, or the last earlier one with enough answers; null if none).
 */
export interface Headline {
  latest: HeadlineRound;
  shown: HeadlineRound | null;
}

/** What a public results page shows: the trend, the headline, and its round in full. */
export interface PublicResults {
  trend: TrendPoint[];
  /** Null before the first round that asked the area closes. */
  headline: Headline | null;
  /** The shown headline round's cell, with each question's share; null when there is none. */
  latest: ConfidenceCell | null;
}

/**
 * Why the latest round has no figure here, when it has none: "November 2026: too few people here
 * answered…". Null when the latest round's figure is the one shown.
 */
export function withheldText(headline: Headline): string | null {
  const { latest } = headline;
  if (latest.withheld === null) return null;
  return latest.withheld === 'PROTECTS_SMALLER_GROUP'
    ? m.headline_withheld_protects({ round: latest.round.label })
    : m.headline_withheld_few({ round: latest.round.label });
}

/** A figure with a number to show: the type says so, so a suppressed one cannot be printed. */
export type ShownFigure = ScoreFigure & { suppressed: false; value: number };

export function isShown(figure: ScoreFigure | null | undefined): figure is ShownFigure {
  return !!figure && !figure.suppressed && figure.value !== null;
}

/** "52.5%", or the sentence that says why there is no number. */
export function figureText(figure: ScoreFigure): string {
  return isShown(figure) ? formatPercentage(figure.value) : m.results_suppressed();
}

/** The 95% interval in words, or nothing when there is no number to qualify. */
export function intervalText(figure: ScoreFigure): string | null {
  if (!isShown(figure) || figure.lower === null || figure.upper === null) return null;
  return m.results_interval({
    lower: formatPercentage(figure.lower),
    upper: formatPercentage(figure.upper),
  });
}

/** A change since the round before, in words; whether it is a real change, never colour alone. */
export function changeText(change: ScoreChange | null): string {
  if (!change) return m.results_change_none();
  if (change.suppressed || change.points === null) return m.results_change_suppressed();
  const points = formatDecimal(Math.abs(change.points), 1);
  if (change.points === 0) return m.results_change_same();
  const direction =
    change.points > 0 ? m.results_change_up({ points }) : m.results_change_down({ points });
  return `${direction} ${change.significant ? m.results_change_significant() : m.results_change_not_significant()}`;
}

/** The open-link figure in a table cell: how many, and their score or why it is not shown. */
export function openLinkCellText(openLink: OpenLinkFigure): string {
  if (openLink.responses === null) return m.results_suppressed_short();
  const count = formatCount(openLink.responses);
  return isShown(openLink.confidence)
    ? m.results_open_link_cell({ count, score: formatPercentage(openLink.confidence.value) })
    : m.results_open_link_cell_no_score({ count });
}

export const SAMPLE_LABELS = {
  VERIFIED: m.results_sample_verified,
  OPEN_LINK: m.results_sample_open_link,
  ALL: m.results_sample_all,
} satisfies Record<Sample, () => string>;

export const CHOICE_LABELS = {
  STRONGLY_AGREE: m.survey_choice_strongly_agree,
  AGREE: m.survey_choice_agree,
  NEITHER: m.survey_choice_neither,
  DISAGREE: m.survey_choice_disagree,
  STRONGLY_DISAGREE: m.survey_choice_strongly_disagree,
  DONT_KNOW: m.survey_choice_dont_know,
} satisfies Record<AnswerChoice, () => string>;

const AGE_BAND_LABELS = {
  UNDER_18: m.survey_age_under_18,
  AGE_18_24: m.survey_age_18_24,
  AGE_25_34: m.survey_age_25_34,
  AGE_35_44: m.survey_age_35_44,
  AGE_45_54: m.survey_age_45_54,
  AGE_55_64: m.survey_age_55_64,
  AGE_65_74: m.survey_age_65_74,
  AGE_75_PLUS: m.survey_age_75_plus,
  PREFER_NOT_TO_SAY: m.survey_prefer_not_to_say,
} satisfies Record<(typeof AGE_BANDS)[number], () => string>;

const ETHNIC_GROUP_LABELS = {
  ASIAN: m.survey_ethnic_asian,
  BLACK: m.survey_ethnic_black,
  MIXED: m.survey_ethnic_mixed,
  WHITE: m.survey_ethnic_white,
  OTHER: m.survey_ethnic_other,
  PREFER_NOT_TO_SAY: m.survey_prefer_not_to_say,
} satisfies Record<(typeof ETHNIC_GROUPS)[number], () => string>;

const DISABILITY_LABELS = {
  YES: m.survey_disability_yes,
  NO: m.survey_disability_no,
  PREFER_NOT_TO_SAY: m.survey_prefer_not_to_say,
} satisfies Record<(typeof DISABILITIES)[number], () => string>;

const GENDER_LABELS = {
  WOMAN: m.survey_gender_woman,
  MAN: m.survey_gender_man,
  IN_ANOTHER_WAY: m.survey_gender_another_way,
  PREFER_NOT_TO_SAY: m.survey_prefer_not_to_say,
} satisfies Record<(typeof GENDERS)[number], () => string>;

/** The four optional questions about the respondent, in page order, with their answers. */
export const DEMOGRAPHIC_QUESTIONS = [
  { name: 'ageBand', legend: m.survey_age_legend, values: AGE_BANDS, labels: AGE_BAND_LABELS },
  {
    name: 'ethnicGroup',
    legend: m.survey_ethnic_legend,
    values: ETHNIC_GROUPS,
    labels: ETHNIC_GROUP_LABELS,
  },
  {
    name: 'disability',
    legend: m.survey_disability_legend,
    values: DISABILITIES,
    labels: DISABILITY_LABELS,
  },
  { name: 'gender', legend: m.survey_gender_legend, values: GENDERS, labels: GENDER_LABELS },
] as const;

export type DemographicName = (typeof DEMOGRAPHIC_QUESTIONS)[number]['name'];

const BREAKDOWN_GROUP_LABELS: Record<Breakdown, Record<string, () => string>> = {
  NONE: {},
  AGE_BAND: AGE_BAND_LABELS,
  ETHNIC_GROUP: ETHNIC_GROUP_LABELS,
  DISABILITY: DISABILITY_LABELS,
  GENDER: GENDER_LABELS,
  // Each language named in itself, as the language list names it: no message per language.
  ANSWER_LANGUAGE: Object.fromEntries(
    LANGUAGES.map((language) => [language.code.toUpperCase(), () => language.name]),
  ),
};

/** A breakdown's group ("AGE_45_54") as people read it ("45 to 54"). */
export function groupText(groupBy: Breakdown, group: string | null): string {
  if (group === null) return m.results_group_everyone();
  return BREAKDOWN_GROUP_LABELS[groupBy][group]?.() ?? group;
}

/** `lang`/`dir` for a group's label: an answer language is named in itself (e.g. "اردو"). */
export function groupAttributes(groupBy: Breakdown, group: string | null): LanguageAttributes {
  if (groupBy !== 'ANSWER_LANGUAGE' || group === null || !isResidentLanguage(group)) return {};
  return foreignTextAttributes(languageCodeOf(group));
}

export const BREAKDOWN_LABELS = {
  NONE: m.results_breakdown_none,
  AGE_BAND: m.results_breakdown_age_band,
  ETHNIC_GROUP: m.results_breakdown_ethnic_group,
  DISABILITY: m.results_breakdown_disability,
  GENDER: m.results_breakdown_gender,
  ANSWER_LANGUAGE: m.results_breakdown_answer_language,
} satisfies Record<Breakdown, () => string>;

export const LEVEL_LABELS = {
  FORCE: m.results_level_force,
  POLICING_AREA: m.results_level_policing_area,
  NEIGHBOURHOOD: m.results_level_neighbourhood,
} satisfies Record<AreaLevel, () => string>;

export const ROUND_STATUS_LABELS = {
  SCHEDULED: m.survey_status_scheduled,
  OPEN: m.survey_status_open,
  CLOSED: m.survey_status_closed,
} satisfies Record<SurveyRoundStatus, () => string>;

/** Why a survey page shows no form. */
/** ANSWERED_HERE: this browser has answered the round through the open link already. */
export type SurveyOutcomeKind =
  'INVALID_LINK' | 'ALREADY_ANSWERED' | 'ANSWERED_HERE' | 'ROUND_CLOSED' | 'NOT_OPEN';

/** A round that is not open, as the outcome page names it; null when it can be answered. */
export function notOpen(round: { status: SurveyRoundStatus }): SurveyOutcomeKind | null {
  if (round.status === 'OPEN') return null;
  return round.status === 'SCHEDULED' ? 'NOT_OPEN' : 'ROUND_CLOSED';
}

export interface PollOption {
  id: string;
  label: string;
  /** Null while too few have voted (the service's threshold). */
  votes: number | null;
  share: number | null;
}

export type Poll = PollFieldsFragment;
