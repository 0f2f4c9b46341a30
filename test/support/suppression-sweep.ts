/**
 * Checks a published table for counts of people that should never be seen: for flat exports
 * today, for pages later (read a page's cells into the same shape). Independent of the
 * product's suppression code on purpose: it looks only at what was published.
 */

/** One published count: where it is, and what a reader sees (null: withheld). */
export interface PublishedCount {
  key: string;
  value: number | null;
}

/** The threshold the product promises: no count from 1 to 9 people is ever shown. */
export const SMALLEST_SHOWN = 10;

/** Every shown count from 1 to SMALLEST_SHOWN − 1, as "key = value". */
export function smallCounts(counts: Iterable<PublishedCount>): string[] {
  return [...counts]
    .filter(({ value }) => value !== null && value > 0 && value < SMALLEST_SHOWN)
    .map(({ key, value }) => `${key} = ${value}`);
}

/** "total = Σ parts", by key; a part with no published cell is a zero the reader knows. */
export interface PublishedSum {
  total: string;
  parts: readonly string[];
}

/**
 * The withheld cells a reader can work out from the shown ones and the sums they know, with the
 * value they work out: not only one sum at a time (59 − 40 − 12 = 7) but all of them together
 * (A + B = 12 and A + B + C = 19 give C), by Gaussian elimination over the withheld cells.
 */
export function recoverableBySubtraction(
  counts: Iterable<PublishedCount>,
  sums: readonly PublishedSum[],
): PublishedCount[] {
  const byKey = new Map([...counts].map((count) => [count.key, count.value]));
  const hidden = [...byKey].filter(([, value]) => value === null).map(([key]) => key);
  const column = new Map(hidden.map((key, index) => [key, index]));
  // Each sum as a row over the withheld cells, with what the shown cells make its right side:
  // total − Σ parts = 0, so Σ ±withheld = −(shown total − Σ shown parts).
  const rows = sums
    .map(({ total, parts }) => {
      const row = new Array<number>(hidden.length + 1).fill(0);
      for (const [key, sign] of [[total, 1] as const, ...parts.map((p) => [p, -1] as const)]) {
        const index = column.get(key);
        if (index !== undefined) row[index]! += sign;
        else row[hidden.length]! -= sign * (byKey.get(key) ?? 0);
      }
      return row;
    })
    .filter((row) => row.slice(0, hidden.length).some((value) => value !== 0));
  // In reduced row-echelon form, a cell is determined exactly when some row has it alone.
  return reduce(rows, hidden.length).flatMap((row) => {
    const nonZero = row.flatMap((value, index) =>
      index < hidden.length && Math.abs(value) > 1e-9 ? [index] : [],
    );
    if (nonZero.length !== 1) return [];
    const index = nonZero[0]!;
    return [{ key: hidden[index]!, value: Math.round(row[hidden.length]! / row[index]!) }];
  });
}

/** The rows in reduced row-echelon form over their first `width` columns, zero rows dropped. */
function reduce(input: readonly number[][], width: number): number[][] {
  const rows = input.map((row) => [...row]);
  let rank = 0;
  for (let col = 0; col < width && rank < rows.length; col += 1) {
    const pivot = rows.findIndex((row, index) => index >= rank && Math.abs(row[col]!) > 1e-9);
    if (pivot === -1) continue;
    [rows[rank], rows[pivot]] = [rows[pivot]!, rows[rank]!];
    const lead = rows[rank]!;
    for (let other = 0; other < rows.length; other += 1) {
      if (other === rank) continue;
      const factor = rows[other]![col]! / lead[col]!;
      if (factor !== 0) rows[other] = rows[other]!.map((value, i) => value - factor * lead[i]!);
    }
    rank += 1;
  }
  return rows.slice(0, rank);
}

/** The withheld cells a reader can work out to be 1 to 9 people: a disclosure. */
export function recoverableSmallCounts(
  counts: Iterable<PublishedCount>,
  sums: readonly PublishedSum[],
): string[] {
  return smallCounts(recoverableBySubtraction(counts, sums));
}
