import {
  overallChangeFromSummaries,
  overallIntervalFromSummary,
  summaryFromMoments,
  alongside,
  suppress,
  wilsonInterval,
  withheld,
  type SampleSummary,
  type Suppressible,
} from '../scoring/index.ts';
import { STANDARD_CODES, type StandardCode } from '../questions/standard-questions.ts';
import type { Counts } from './score-counts.ts';
import type { Measure } from './score-lattice.ts';

/** A published figure, 0–100. Suppressed: every number is null, the respondent count too. */
export interface Figure {
  value: number | null;
  lower: number | null;
  upper: number | null;
  respondents: number | null;
  suppressed: boolean;
}

/**
 * The overall score as the public sees it, with how many answered: both shown or neither, so no
 * count of fewer than the threshold is published beside a hidden score.
 */
export type Headline = Suppressible<{ score: number; responses: number }>;

export interface ScoredCell {
  confidence: Figure;
  headline: Headline;
  questions: { code: StandardCode; figure: Figure }[];
  /** Kept (unpublished) for the change against the next round. */
  overall: { score: number; summary: SampleSummary } | null;
}

export interface Change {
  points: number | null;
  significant: boolean;
  suppressed: boolean;
}

/** The scoring module works in shares (0–1); the API in percentages (0–100). */
const percent = (share: number) => share * 100;

export const SUPPRESSED: Figure = {
  value: null,
  lower: null,
  upper: null,
  respondents: null,
  suppressed: true,
};

/**
 * One cell's figures, through the scoring module. A question's figure is suppressed on its own
 * base (the people who gave it a counted answer); the overall score on the respondents with any
 * counted answer. Both follow `suppress` (fewer than `threshold` → no number at all), and a
 * measure in `hidden` is suppressed too: complementary suppression decided it over the round's
 * whole lattice (score-lattice.ts), so no subtraction gives a hidden one back.
 */
export function scoreCell(
  counts: Counts,
  hidden: ReadonlySet<Measure>,
  threshold: number,
): ScoredCell {
  const questions = STANDARD_CODES.map((code) => {
    const { positive, base } = counts.questions.get(code) ?? { positive: 0, base: 0 };
    const shown = suppress(null, base, threshold);
    const interval = wilsonInterval(positive, base);
    if (shown.kind === 'suppressed' || hidden.has(code) || !interval) {
      return { code, figure: SUPPRESSED };
    }
    return {
      code,
      figure: {
        value: percent(interval.estimate),
        lower: percent(interval.low),
        upper: percent(interval.high),
        respondents: base,
        suppressed: false,
      },
    };
  });
  // The overall score is the mean of the questions' shares (each question weighted equally),
  // over the questions anyone answered: see scoring/confidence.ts.
  const shares = STANDARD_CODES.map((code) => counts.questions.get(code))
    .filter((q): q is { positive: number; base: number } => q !== undefined && q.base > 0)
    .map((q) => q.positive / q.base);
  const score = shares.length > 0 ? shares.reduce((a, b) => a + b, 0) / shares.length : null;
  const { n, sum, sumOfSquares } = counts.respondents;
  const summary = n >= 2 ? summaryFromMoments(n, sum, sumOfSquares) : null;
  const overall = score !== null && summary ? { score, summary } : null;
  const interval = overall ? overallIntervalFromSummary(overall.score, overall.summary) : null;
  const shown = suppress({ score: percent(score ?? 0) }, n, threshold);
  const published = score === null || hidden.has('CONFIDENCE') ? withheld(threshold) : shown;
  const confidence: Figure =
    published.kind === 'suppressed'
      ? SUPPRESSED
      : {
          value: published.value.score,
          lower: interval ? percent(interval.low) : null,
          upper: interval ? percent(interval.high) : null,
          respondents: published.respondents,
          suppressed: false,
        };
  const headline = alongside(published, { responses: counts.responses });
  return { confidence, headline, questions, overall };
}

/**
 * The change in overall confidence from the previous round's same cell, with Welch's test at 5%.
 * When either side is suppressed, so is the change: a difference of two hidden numbers would
 * reveal them.
 */
export function scoreChange(earlier: ScoredCell, later: ScoredCell): Change {
  if (earlier.confidence.suppressed || later.confidence.suppressed) {
    return { points: null, significant: false, suppressed: true };
  }
  const test =
    earlier.overall && later.overall
      ? overallChangeFromSummaries(earlier.overall, later.overall)
      : null;
  return {
    points: later.confidence.value! - earlier.confidence.value!,
    significant: test?.significant ?? false,
    suppressed: false,
  };
}
