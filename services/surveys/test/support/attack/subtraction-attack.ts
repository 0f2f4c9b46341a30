/**
 * The subtraction attack, as a reader of our published figures would run it: they know the shown
 * cells' numbers, which cells are hidden, and how the cells add up (groups to their area's total,
 * teams to their NPA, NPAs to the force, verified + open-link to all). They repeatedly take any
 * "total = Σ parts" with exactly one hidden term and solve it, until nothing changes.
 *
 * A key absent from `known` and `hidden` is a zero the reader knows (a cell that is not listed).
 */

export interface Sum {
  total: string;
  parts: readonly string[];
}

export interface Published {
  known: Map<string, number>;
  hidden: Set<string>;
}

/** What the attack recovers: each hidden key it could solve, with the value it found. */
export function subtractionAttack({ known, hidden }: Published, sums: readonly Sum[]) {
  const values = new Map(known);
  const unknown = new Set(hidden);
  const recovered = new Map<string, number>();
  const value = (key: string) => values.get(key) ?? 0;
  for (let progress = true; progress;) {
    progress = false;
    for (const { total, parts } of sums) {
      const terms = [total, ...parts];
      const open = terms.filter((key) => unknown.has(key));
      if (open.length !== 1) continue;
      const [key] = open as [string];
      const solved =
        key === total
          ? parts.reduce((sum, part) => sum + value(part), 0)
          : value(total) - parts.filter((part) => part !== key).reduce((s, p) => s + value(p), 0);
      values.set(key, solved);
      unknown.delete(key);
      recovered.set(key, solved);
      progress = true;
    }
  }
  return recovered;
}
