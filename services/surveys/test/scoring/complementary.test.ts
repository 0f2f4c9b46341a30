import { describe, expect, it } from 'vitest';
import {
  complementarySuppression,
  determinedCells,
  latticeConstraints,
  latticeSuppression,
  placeKey,
  type Place,
} from '../../src/modules/scoring/index.ts';
import { subtractionAttack } from '../support/attack/subtraction-attack.ts';

const view = (counts: Map<string, number>, hidden: Set<string>) => ({
  known: new Map([...counts].filter(([key]) => !hidden.has(key))),
  hidden,
});

describe('complementary suppression', () => {
  it('hides the next-smallest part when one part of a shown total is small', () => {
    // A team of 7 beside teams of 40 and 12, in an NPA of 59.
    const counts = new Map([
      ['npa', 59],
      ['a', 40],
      ['b', 12],
      ['c', 7],
    ]);
    const constraints = [{ total: 'npa', parts: ['a', 'b', 'c'] }];
    expect(subtractionAttack(view(counts, new Set(['c'])), constraints)).toEqual(
      new Map([['c', 7]]),
    );
    const hidden = complementarySuppression({ counts, constraints }, 10);
    expect([...hidden].sort()).toEqual(['b', 'c']);
    expect(subtractionAttack(view(counts, hidden), constraints).size).toBe(0);
  });

  it('follows a hidden cell across rows and columns until no sum has exactly one', () => {
    // Two NPAs × three groups, with their totals and the force's.
    const counts = new Map([
      ['A', 59],
      ['A|x', 11],
      ['A|y', 24],
      ['A|z', 24],
      ['B', 43],
      ['B|x', 8],
      ['B|y', 18],
      ['B|z', 17],
      ['F', 102],
      ['F|x', 19],
      ['F|y', 42],
      ['F|z', 41],
    ]);
    const constraints = [
      { total: 'A', parts: ['A|x', 'A|y', 'A|z'] },
      { total: 'B', parts: ['B|x', 'B|y', 'B|z'] },
      { total: 'F', parts: ['F|x', 'F|y', 'F|z'] },
      { total: 'F', parts: ['A', 'B'] },
      ...['x', 'y', 'z'].map((g) => ({ total: `F|${g}`, parts: [`A|${g}`, `B|${g}`] })),
    ];
    const fixed = new Map([
      ['A', false],
      ['B', false],
      ['F', false],
    ]);
    const hidden = complementarySuppression({ counts, constraints, fixed }, 10);
    expect(hidden.has('B|x')).toBe(true);
    expect(subtractionAttack(view(counts, hidden), constraints).size).toBe(0);
  });

  it('also hides a partner when sums combined would give a small cell back (A + B and A + B + C)', () => {
    // Two published totals over nested parts: 19 = a + b + c and 12 = a + b, with c = 7 small.
    const counts = new Map([
      ['outer', 19],
      ['inner', 12],
      ['a', 6],
      ['b', 6],
      ['c', 7],
      ['d', 0],
    ]);
    const constraints = [
      { total: 'outer', parts: ['a', 'b', 'c'] },
      { total: 'inner', parts: ['a', 'b', 'd'] },
    ];
    const fixed = new Map([
      ['outer', false],
      ['inner', false],
    ]);
    expect([...determinedCells(new Set(['a', 'b', 'c', 'd']), constraints)]).toEqual([]);
    expect([...determinedCells(new Set(['a', 'b', 'c']), constraints)]).toEqual(['c']);
    const hidden = complementarySuppression({ counts, constraints, fixed }, 10);
    expect(hidden.has('c')).toBe(true);
    expect(determinedCells(hidden, constraints).has('c')).toBe(false);
  });

  it('protects a whole lattice: teams, NPAs, the force, groups and samples', () => {
    const places: Place[] = [];
    const counts = new Map<string, number>();
    const put = (place: Place, n: number) => {
      places.push(place);
      counts.set(placeKey(place), n);
    };
    const teams = [
      ['t1', 'A', 40],
      ['t2', 'A', 12],
      ['t3', 'A', 7],
      ['t4', 'B', 3],
    ] as const;
    for (const sample of ['VERIFIED', 'OPEN_LINK', 'ALL'] as const) {
      const k = sample === 'OPEN_LINK' ? 0.25 : sample === 'ALL' ? 1.25 : 1;
      const n = (v: number) => Math.round(v * k);
      put(
        { sample, level: 'FORCE', areaId: null, parentId: null, group: null },
        teams.reduce((s, t) => s + n(t[2]), 0),
      );
      for (const area of ['A', 'B']) {
        put(
          { sample, level: 'POLICING_AREA', areaId: area, parentId: null, group: null },
          teams.filter((t) => t[1] === area).reduce((s, t) => s + n(t[2]), 0),
        );
      }
      for (const [id, parent, size] of teams) {
        put({ sample, level: 'NEIGHBOURHOOD', areaId: id, parentId: parent, group: null }, n(size));
      }
    }
    const hidden = latticeSuppression(places, ['N'], (p) => counts.get(placeKey(p))!, 10).get('N')!;
    const constraints = latticeConstraints(places);
    expect(hidden.size).toBeGreaterThan(0);
    expect(subtractionAttack(view(counts, hidden), constraints).size).toBe(0);
  });
});
