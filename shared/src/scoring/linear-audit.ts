import type { SumConstraint } from './complementary.ts';

/**
 * The hidden cells a reader could work out from all the sums at once, not just one at a time:
 * two sums A + B = 12 and A + B + C = 19 give C = 7 although each has two unknowns. The sums are
 * linear equations in the hidden counts (shown counts move to the constant side), and a hidden
 * count is determined exactly when, in the reduced row echelon form of those equations, some row
 * holds it alone. Rows are kept sparse (most cells are in a handful of sums), and reduced as they
 * arrive (Gauss–Jordan), so each stays short in practice.
 */
export function determinedCells(
  hidden: ReadonlySet<string>,
  constraints: readonly SumConstraint[],
): Set<string> {
  /** Reduced rows by pivot; each pivot column is zero in every other row (Gauss–Jordan). */
  const reduced = new Map<string, Map<string, number>>();
  /** Column → the pivots of the rows it is in, so back-substitution touches only those. */
  const containing = new Map<string, Set<string>>();
  const note = (pivot: string, key: string, present: boolean) => {
    const pivots = containing.get(key) ?? new Set<string>();
    if (present) pivots.add(pivot);
    else pivots.delete(pivot);
    containing.set(key, pivots);
  };
  for (const { total, parts } of constraints) {
    const row = new Map<string, number>();
    const add = (key: string, sign: number) => {
      if (!hidden.has(key)) return;
      const next = (row.get(key) ?? 0) + sign;
      if (next === 0) row.delete(key);
      else row.set(key, next);
    };
    add(total, 1);
    for (const part of parts) add(part, -1);
    // Subtracting a reduced row brings in no pivot column, so one sweep of the row's own keys
    // clears every pivot from it.
    for (const key of [...row.keys()]) {
      const pivotRow = reduced.get(key);
      const factor = row.get(key);
      if (pivotRow && factor !== undefined) subtract(row, pivotRow, factor);
    }
    const first = row.entries().next().value;
    if (!first) continue;
    const [pivot, lead] = first;
    for (const [key, value] of row) row.set(key, value / lead);
    for (const other of [...(containing.get(pivot) ?? [])]) {
      const otherRow = reduced.get(other)!;
      const changed = subtract(otherRow, row, otherRow.get(pivot)!);
      for (const key of changed) note(other, key, otherRow.has(key));
    }
    reduced.set(pivot, row);
    for (const key of row.keys()) note(pivot, key, true);
  }
  const determined = new Set<string>();
  for (const [pivot, row] of reduced) if (row.size === 1) determined.add(pivot);
  return determined;
}

/**
 * row −= factor × by, dropping what cancels (to within rounding: entries are small rationals);
 * returns the keys it changed.
 */
function subtract(row: Map<string, number>, by: ReadonlyMap<string, number>, factor: number) {
  const changed: string[] = [];
  for (const [key, value] of by) {
    const next = (row.get(key) ?? 0) - factor * value;
    if (Math.abs(next) < 1e-9) row.delete(key);
    else row.set(key, next);
    changed.push(key);
  }
  return changed;
}
