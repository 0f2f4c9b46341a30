import { determinedCells } from './linear-audit.ts';

/**
 * Complementary (secondary) suppression: hiding small groups is not enough when the totals beside
 * them are shown. If a team's 7 respondents are hidden but its NPA's 59 and its two sister teams'
 * 40 and 12 are shown, 59 − 40 − 12 = 7 gives them back, and the same subtraction on the positive
 * answers gives back their score.
 *
 * A published table is described here as linear constraints: each says "this total is the sum of
 * these parts" (an area's total is the sum of its groups; an NPA's is the sum of its teams; the
 * force's the sum of its NPAs; all answers are the verified plus the open-link ones). A reader
 * who knows the structure can solve any constraint in which exactly one term is hidden.
 *
 * The rule: after primary suppression (fewer than the threshold), every constraint must have
 * either no hidden term or at least two. Whenever one has exactly one, we also hide its smallest
 * shown term (the least information lost; ties by key, so the result is the same every time),
 * and repeat until no constraint has exactly one. That is the standard greedy rule used by
 * statistical offices; it is not the minimum possible loss, but it is simple, deterministic and
 * enough against the subtraction attack. The same pattern protects every count that adds up the
 * same way: a question's base and its positive answers are hidden together, so a pattern that
 * keeps the base unknown keeps the positive count unknown too.
 *
 * Sums can also be combined (A + B = 12 and A + B + C = 19 give C = 7), so after the rule a
 * linear-algebra audit (linear-audit.ts) looks for any small cell still determined by all the
 * sums together, hides one more partner of each, and the rule runs again.
 *
 * What it does not promise: with two hidden terms a reader still learns their sum, and bounds
 * (each hidden term is between 0 and that sum, and below the threshold if primary). And a
 * constraint whose total is `fixed` (decided by another table) can only be protected by hiding
 * another part; if none is left to hide, the cell stays exposed (the caller's tables avoid that:
 * a lone small part of a shown total is itself the total, so the total is small too).
 */

/** "total = Σ parts". A key missing from the counts is a zero the reader knows (no row at all). */
export interface SumConstraint {
  readonly total: string;
  readonly parts: readonly string[];
}

export interface SuppressionTable {
  /** The count each published cell is from, by key. */
  readonly counts: ReadonlyMap<string, number>;
  readonly constraints: readonly SumConstraint[];
  /**
   * Cells already decided by another table (true: hidden) that this one may not change, so that
   * a cell shown in two tables is shown, or hidden, in both.
   */
  readonly fixed?: ReadonlyMap<string, boolean>;
}

/** The keys to hide: every cell under the threshold, and the complementary ones. */
export function complementarySuppression(
  { counts, constraints, fixed = new Map() }: SuppressionTable,
  threshold: number,
): Set<string> {
  const hidden = new Set<string>();
  for (const [key, count] of counts) {
    const decided = fixed.get(key);
    if (decided ?? count < threshold) hidden.add(key);
  }
  const isHidden = (key: string) => counts.has(key) && (fixed.get(key) ?? hidden.has(key));
  const canHide = (key: string) => counts.has(key) && !fixed.has(key) && !hidden.has(key);
  const within = new Map<string, SumConstraint[]>();
  for (const constraint of constraints) {
    for (const key of [constraint.total, ...constraint.parts]) {
      const list = within.get(key);
      if (list) list.push(constraint);
      else within.set(key, [constraint]);
    }
  }
  // A cell that is alone with shown, fixed figures in some sum (a team's only group, beside its
  // shown total) would be given straight back by that sum, so it is a poor second cell to hide.
  const pinned = (key: string) =>
    (within.get(key) ?? []).some(({ total, parts }) =>
      [total, ...parts].every((t) => t === key || !counts.has(t) || fixed.get(t) === false),
    );
  /** Hides the smallest term of a sum that can still be hidden (preferring unpinned ones). */
  const hideAnother = ({ total, parts }: SumConstraint): string | undefined => {
    const candidates = [total, ...parts]
      .filter(canHide)
      .sort((a, b) => counts.get(a)! - counts.get(b)! || a.localeCompare(b));
    const next = candidates.find((key) => !pinned(key)) ?? candidates[0];
    if (next !== undefined) hidden.add(next);
    return next;
  };
  const hiddenTerms = ({ total, parts }: SumConstraint) =>
    (isHidden(total) ? 1 : 0) + parts.filter(isHidden).length;
  const isPrimary = (key: string) => fixed.get(key) ?? counts.get(key)! < threshold;
  // Sums to look at: all at first, then only those with a cell just hidden.
  const pending = new Set(constraints);
  const recheck = (key: string | undefined) => {
    for (const sum of key === undefined ? [] : (within.get(key) ?? [])) pending.add(sum);
  };
  for (let audit = true; audit;) {
    for (const sum of pending) {
      pending.delete(sum);
      if (hiddenTerms(sum) === 1) recheck(hideAnother(sum));
    }
    // The rule above stops the one-sum-at-a-time attack; a reader can also combine sums (A + B
    // and A + B + C give C). Any small cell still determined by all the sums together gets one
    // more partner hidden, in a sum it is in, and the rule runs again.
    const unknown = new Set([...counts.keys()].filter(isHidden));
    const leaks = [...determinedCells(unknown, constraints)].filter(isPrimary);
    audit = false;
    for (const leak of leaks) {
      for (const sum of within.get(leak) ?? []) {
        const added = hideAnother(sum);
        if (added === undefined) continue;
        recheck(added);
        audit = true;
        break;
      }
    }
  }
  for (const [key, decided] of fixed) if (!decided) hidden.delete(key);
  // Greedy choices can still leave a complementary cell that the sums give back (its only
  // partner was a cell equal to a shown total). Hiding it protects nothing, so show it; a
  // primary cell is never shown this way.
  const unknown = new Set([...counts.keys()].filter(isHidden));
  for (const key of determinedCells(unknown, constraints)) {
    if (!isPrimary(key)) hidden.delete(key);
  }
  return hidden;
}
