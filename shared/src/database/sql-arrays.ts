import { isUUID } from 'class-validator';

/**
 * PostgreSQL array literals (`{a,b}`) for raw query parameters, cast in the SQL
 * (`= any(cast(? as uuid[]))`, `?::text[]`). MikroORM expands a JS array parameter into a list
 * (`?` → `?, ?, …`), and escaping a long string is slow (seconds for the demo history), so a list
 * goes as one literal of checked values that need no quoting; anything else throws.
 */
export function uuidArray(ids: readonly string[]): string {
  return literal(ids, (id) => isUUID(id), 'a uuid');
}

export function intArray(values: readonly number[]): string {
  return literal(values, Number.isInteger, 'an integer');
}

/** Plain words: ids and enum names (letters, digits, `_` and `-`; no commas, quotes or braces). */
export function wordArray(values: readonly string[]): string {
  return literal(values, (value) => /^[A-Za-z0-9_-]+$/.test(value), 'a plain word');
}

function literal<T extends string | number>(
  values: readonly T[],
  isPlain: (value: T) => boolean,
  what: string,
): string {
  for (const value of values) {
    if (!isPlain(value)) throw new RangeError(`not ${what}: ${value}`);
  }
  return `{${values.join(',')}}`;
}
