import { isUUID } from 'class-validator';

/**
 * A PostgreSQL array literal of uuids, for `= any(cast(? as uuid[]))`. MikroORM expands a JS
 * array parameter into a list (`?, ?, …`), and escaping a long string is slow (seconds for the
 * demo history), so id lists go as one literal of checked uuids (nothing in it needs quoting).
 */
export function uuidArray(ids: readonly string[]): string {
  for (const id of ids) if (!isUUID(id)) throw new RangeError(`not a uuid: ${id}`);
  return `{${ids.join(',')}}`;
}

/** The same for whole numbers and for plain words (enum values: letters, digits, _). */
export function intArray(values: readonly number[]): string {
  for (const v of values) if (!Number.isInteger(v)) throw new RangeError(`not an integer: ${v}`);
  return `{${values.join(',')}}`;
}

export function wordArray(values: readonly string[]): string {
  for (const v of values) if (!/^[A-Za-z0-9_]+$/.test(v)) throw new RangeError(`not a word: ${v}`);
  return `{${values.join(',')}}`;
}
