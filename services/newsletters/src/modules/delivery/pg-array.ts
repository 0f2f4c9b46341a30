/**
 * A PostgreSQL array literal (`{a,b}`) for a raw query parameter: MikroORM expands a JS array
 * parameter into a list (`?` → `?, ?`), so arrays are passed as one text value and cast
 * (`?::text[]`). Only for values without commas, quotes or braces (UUIDs, enum names).
 */
export function pgArray(values: readonly string[]): string {
  for (const value of values) {
    if (!/^[A-Za-z0-9_-]+$/.test(value)) throw new TypeError(`Not a plain array value: ${value}`);
  }
  return `{${values.join(',')}}`;
}
