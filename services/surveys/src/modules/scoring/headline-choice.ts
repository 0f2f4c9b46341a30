import type { Suppressible } from '@engage/shared/scoring';

/**
 * Which round an area's headline confidence comes from: like with like, and never a thin round
 * hiding the last figure that had enough answers.
 *
 * - A round counts for an area only when it asked the area's residents: the force's headline
 *   comes from force-wide rounds alone (a round for one NPA says nothing about the whole force,
 *   even though its answers sum into a force total); an NPA's or a team's from force-wide rounds
 *   and the rounds for that NPA.
 * - The latest such round is always reported, with its figure or the reason it has none.
 * - When the latest round's figure is suppressed, the headline falls back to the most recent
 *   earlier covering round whose figure is shown, so "November 2026: too few answers here yet"
 *   stands beside "May 2026: 53%" instead of replacing it.
 *
 * The figures themselves are decided elsewhere (suppress / complementary suppression over each
 * round's whole lattice): this only chooses between figures already decided, so nothing hidden
 * is ever shown by it.
 */

/** Does a round with these NPAs (none: the whole force) cover the area whose NPA is given (null: the force)? */
export function roundCovers(
  roundPolicingAreaIds: readonly string[],
  areaPolicingAreaId: string | null,
): boolean {
  if (roundPolicingAreaIds.length === 0) return true;
  return areaPolicingAreaId !== null && roundPolicingAreaIds.includes(areaPolicingAreaId);
}

export interface HeadlineChoice<C> {
  /** The latest covering round, whether its figure is shown or not. */
  readonly latest: C;
  /**
   * The figure to headline: `latest` when its figure is shown, otherwise the most recent earlier
   * covering round whose figure is shown; null when no covering round has a figure to show.
   */
  readonly shown: C | null;
}

/**
 * The choice among an area's covering rounds, given oldest first, each with its figure already
 * decided by the one suppression path (callers filter with `roundCovers` and keep only rounds
 * that have closed). Null when there is no such round.
 */
export function chooseHeadline<C extends { readonly figure: Suppressible<unknown> }>(
  covering: readonly C[],
): HeadlineChoice<C> | null {
  const latest = covering.at(-1);
  if (!latest) return null;
  const shown = covering.findLast((candidate) => candidate.figure.kind === 'value') ?? null;
  return { latest, shown };
}
