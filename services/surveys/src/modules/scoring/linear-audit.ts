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
  const reduced = new Map<string, Map<string, number>>();
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
    for (const [pivot, pivotRow] of reduced) {
      const factor = row.get(pivot);
      if (factor !== undefined) subtract(row, pivotRow, factor);
    }
    const first = row.entries().next().value;
    if (!first) continue;
    const [pivot, lead] = first;
    for (const [key, value] of row) row.set(key, value / lead);
    for (const other of reduced.values()) {
      const factor = other.get(pivot);
      if (factor !== undefined) subtract(other, row, factor);
    }
    reduced.set(pivot, row);
  }
  const determined = new Set<string>();
  for (const [pivot, row] of reduced) if (row.size === 1) determined.add(pivot);
  return determined;
}

/** row −= factor × by, dropping what cancels (to within rounding: entries are small rationals). */
function subtract(row: Map<string, number>, by: ReadonlyMap<string, number>, factor: number) {
  for (const [key, value] of by) {
    const next = (row.get(key) ?? 0) - factor * value;
    if (Math.abs(next) < 1e-9) row.delete(key);
    else row.set(key, next);
  }
}
