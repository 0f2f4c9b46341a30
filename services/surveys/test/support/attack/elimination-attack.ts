import type { Published, Sum } from './subtraction-attack.ts';

/**
 * A stronger reader than the subtraction attack: every sum at once, as linear equations in the
 * hidden counts, solved by Gaussian elimination. A hidden count is determined exactly when its
 * unit vector is in the row space of the equations: after reduction, some row has it alone.
 * Exact arithmetic on small integers (coefficients stay 0, ±1 and their small combinations).
 */
export function determinedByElimination({ hidden }: Published, sums: readonly Sum[]) {
  const unknowns = [...hidden];
  const column = new Map(unknowns.map((key, i) => [key, i]));
  const rows: Map<number, number>[] = [];
  for (const { total, parts } of sums) {
    const row = new Map<number, number>();
    const add = (key: string, sign: number) => {
      const i = column.get(key);
      if (i !== undefined) row.set(i, (row.get(i) ?? 0) + sign);
    };
    add(total, 1);
    for (const part of parts) add(part, -1);
    for (const [i, c] of row) if (c === 0) row.delete(i);
    if (row.size > 0) rows.push(row);
  }
  const pivots: Map<number, number>[] = [];
  const pivotOf = new Map<number, Map<number, number>>();
  for (const original of rows) {
    const row = new Map(original);
    for (const [p, pivotRow] of pivotOf) {
      const c = row.get(p);
      if (!c) continue;
      for (const [i, v] of pivotRow) {
        const next = (row.get(i) ?? 0) - c * v;
        if (Math.abs(next) < 1e-9) row.delete(i);
        else row.set(i, next);
      }
    }
    const entry = [...row.entries()][0];
    if (!entry) continue;
    const [p, c] = entry;
    for (const [i, v] of row) row.set(i, v / c);
    for (const other of pivots) {
      const d = other.get(p);
      if (!d) continue;
      for (const [i, v] of row) {
        const next = (other.get(i) ?? 0) - d * v;
        if (Math.abs(next) < 1e-9) other.delete(i);
        else other.set(i, next);
      }
    }
    pivots.push(row);
    pivotOf.set(p, row);
  }
  return pivots.filter((row) => row.size === 1).map((row) => unknowns[[...row.keys()][0]!]!);
}
