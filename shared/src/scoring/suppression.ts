/**
 * Small-group suppression: "any figure from fewer than a configured number of respondents
 * (default 10) is returned as suppressed, never as a number" (surveys issue; domain.md: small
 * groups suppressed so no one can be singled out).
 *
 * A suppressed figure is a different shape, not a null or a NaN, so code that wants the number
 * must check `kind` first and the compiler refuses `result.value` on a suppressed one. It carries
 * the threshold (so a page can say "fewer than 10 people answered") but never the respondent
 * count: "3 respondents" in a demographic cut is itself a disclosure.
 */

/** 10: the force's default, "any figure from fewer than 10 respondents". Configured elsewhere. */
export const DEFAULT_SUPPRESSION_THRESHOLD = 10;

export type Suppressible<T> =
  | { readonly kind: 'value'; readonly value: T; readonly respondents: number }
  | {
      readonly kind: 'suppressed';
      readonly reason: 'FEWER_THAN_THRESHOLD';
      readonly threshold: number;
    };

/**
 * `respondents` is the number of people the figure is actually from: a question's base for its
 * share, `OverallConfidence.respondents` for the overall score; not everyone invited or everyone
 * who opened the form. A figure from exactly `threshold` respondents is shown.
 */
export function suppress<T>(
  figure: T,
  respondents: number,
  threshold: number = DEFAULT_SUPPRESSION_THRESHOLD,
): Suppressible<T> {
  if (!Number.isInteger(respondents) || respondents < 0) {
    throw new RangeError(`respondents must be a whole number ≥ 0, got ${respondents}`);
  }
  // A threshold below 1 would publish figures from nobody; a fractional one is a config typo.
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new RangeError(`suppression threshold must be a whole number ≥ 1, got ${threshold}`);
  }
  if (respondents < threshold)
    return { kind: 'suppressed', reason: 'FEWER_THAN_THRESHOLD', threshold };
  return { kind: 'value', value: figure, respondents };
}

/**
 * The suppressed case on its own, for a figure hidden although enough people gave it: hidden
 * beside a small group so that it cannot be worked out by subtraction (complementary.ts).
 */
export function withheld(threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): Suppressible<never> {
  return { kind: 'suppressed', reason: 'FEWER_THAN_THRESHOLD', threshold };
}

/**
 * More numbers about the same respondents (how many answered, say), published only where the
 * figure is: they live inside its shown case, so a count can never stand beside a suppressed
 * figure ("3 answered" beside a hidden score says what suppression holds back).
 */
export function alongside<T extends object, U extends object>(
  figure: Suppressible<T>,
  more: U,
): Suppressible<T & U> {
  return figure.kind === 'value' ? { ...figure, value: { ...figure.value, ...more } } : figure;
}

/** The figure's value where it is shown; null where it is suppressed (the API's null). */
export function shownOrNull<T>(figure: Suppressible<T>): T | null {
  return figure.kind === 'value' ? figure.value : null;
}
