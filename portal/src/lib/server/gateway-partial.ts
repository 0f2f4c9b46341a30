import type { GraphQLErrorBody } from './gateway.ts';

/**
 * Which of the fields a page can live without came back missing because of an error, or null
 * when an error touched something the page needs (the caller then fails as `request` does).
 *
 * A field is named by its dotted path from the query's root, list indices left out
 * (`neighbourhood.confidence`). An error with a path is matched to the field it lies under. The
 * gateway gives no path when a whole subgraph could not be reached; such an error is put down to
 * every optional field that came back null under a parent that did come back, and to nothing
 * else. A field that is null for want of data (no survey yet) is then counted as missing too:
 * the page says "not available right now" where it would have said "none yet", which is the
 * honest answer while it cannot tell.
 */
export function missingFields<Path extends string>(
  data: unknown,
  errors: readonly GraphQLErrorBody[],
  optional: readonly Path[],
): Set<Path> | null {
  const missing = new Set<Path>();
  for (const error of errors) {
    if (error.path && error.path.length > 0) {
      const field = error.path.filter((part) => typeof part === 'string').join('.');
      const under = optional.find((path) => field === path || field.startsWith(`${path}.`));
      if (!under) return null;
      missing.add(under);
      continue;
    }
    const nulls = optional.filter((path) => nullUnderParent(data, path.split('.')));
    if (nulls.length === 0) return null;
    for (const path of nulls) missing.add(path);
  }
  return missing;
}

/** True when the field at `path` is null (in any item of a list on the way) and its parent is not. */
function nullUnderParent(value: unknown, path: readonly string[]): boolean {
  if (Array.isArray(value)) return value.some((item) => nullUnderParent(item, path));
  if (typeof value !== 'object' || value === null) return false;
  const [head, ...rest] = path;
  if (head === undefined || !(head in value)) return false;
  const child = (value as Record<string, unknown>)[head];
  return rest.length === 0 ? child === null : nullUnderParent(child, rest);
}
