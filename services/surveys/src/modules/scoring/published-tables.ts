import { complementarySuppression, type SumConstraint } from '@engage/shared/scoring';

/**
 * Every table "Your Views" publishes, for one round, as one lattice: sample (verified, open-link,
 * all) × level (force, NPA, team) × group (everyone, or one group of a breakdown). Every figure
 * anyone can be shown (a public page, `Neighbourhood.confidence`, `confidenceScores`, the trend,
 * the CSV) is a cell of it, and whether it is shown is decided here, once, over the whole force,
 * whatever part of it a caller asked for: so the figures beside each other in one result, and the
 * figures of different results about the same round and breakdown, come from one pattern.
 *
 * Two passes, so that an area's "everyone" figure is hidden or shown the same way whichever
 * breakdown it is published beside: first the "everyone" cells alone (teams add up to NPAs, NPAs
 * to the force, verified + open-link to all); then a breakdown's groups, with those fixed (groups
 * also add up to their area's "everyone" cell).
 *
 * Answers with no team (an open-link answer without a postcode) or no group (demographics not
 * given) count in the totals but in no part. We treat that remainder as if the reader knew it:
 * more than they do, so the rule errs on the side of hiding.
 */

export const SAMPLES = ['VERIFIED', 'OPEN_LINK', 'ALL'] as const;
export type Sample = (typeof SAMPLES)[number];
export type Level = 'FORCE' | 'POLICING_AREA' | 'NEIGHBOURHOOD';

export interface Place {
  readonly sample: Sample;
  readonly level: Level;
  /** Null at FORCE. */
  readonly areaId: string | null;
  /** A team's NPA; null otherwise. */
  readonly parentId: string | null;
  /** Null: everyone. */
  readonly group: string | null;
}

export const placeKey = (p: Omit<Place, 'parentId'>): string =>
  `${p.sample}|${p.level}|${p.areaId ?? '-'}|${p.group ?? '-'}`;

/** The "total = Σ parts" relations between the cells of one round's lattice. */
export function latticeConstraints(places: readonly Place[]): SumConstraint[] {
  // By relation and total: an NPA's "everyone" cell is the sum of its groups and, separately,
  // the sum of its teams; two constraints, not one.
  const sums = new Map<string, SumConstraint & { parts: string[] }>();
  const add = (relation: string, total: Omit<Place, 'parentId'>, part: Place) => {
    const key = `${relation}|${placeKey(total)}`;
    const sum = sums.get(key) ?? { total: placeKey(total), parts: [] };
    sum.parts.push(placeKey(part));
    sums.set(key, sum);
  };
  for (const place of places) {
    const { sample, level, areaId, parentId, group } = place;
    if (group !== null) add('groups', { sample, level, areaId, group: null }, place);
    if (level === 'NEIGHBOURHOOD' && parentId) {
      add('teams', { sample, level: 'POLICING_AREA', areaId: parentId, group }, place);
    }
    if (level === 'POLICING_AREA') {
      add('areas', { sample, level: 'FORCE', areaId: null, group }, place);
    }
    if (sample !== 'ALL') add('samples', { sample: 'ALL', level, areaId, group }, place);
  }
  return [...sums.values()];
}

/**
 * The cells to hide, per measure (the overall score, each question), for one round's lattice.
 * `count` gives the number of people a cell's measure is from: what the threshold applies to.
 */
export function latticeSuppression<M extends string>(
  places: readonly Place[],
  measures: readonly M[],
  count: (place: Place, measure: M) => number,
  threshold: number,
): Map<M, Set<string>> {
  const constraints = latticeConstraints(places);
  const everyone = places.filter((p) => p.group === null);
  const everyoneKeys = new Set(everyone.map(placeKey));
  const hidden = new Map<M, Set<string>>();
  for (const measure of measures) {
    const countsOf = (list: readonly Place[]) =>
      new Map(list.map((p) => [placeKey(p), count(p, measure)]));
    const first = complementarySuppression(
      {
        counts: countsOf(everyone),
        constraints: constraints.filter(
          (c) => everyoneKeys.has(c.total) && c.parts.every((k) => everyoneKeys.has(k)),
        ),
      },
      threshold,
    );
    if (everyone.length === places.length) {
      hidden.set(measure, first);
      continue;
    }
    const fixed = new Map([...everyoneKeys].map((key) => [key, first.has(key)]));
    hidden.set(
      measure,
      complementarySuppression({ counts: countsOf(places), constraints, fixed }, threshold),
    );
  }
  return hidden;
}
