import { describe, expect, it } from 'vitest';
import {
  reachCounts,
  reachLattice,
  reachTables,
  representation,
  shownOrNull,
  type ReachCountRow,
} from '../src/scoring/index.ts';

describe('representation: a sample share beside the census share', () => {
  // Hand-computed (calculator, z = 1.959964): Wilson 95% for 20/200 is [0.065670, 0.149406].
  it('divides the share and its Wilson interval by the population share', () => {
    const r = representation(20, 200, 2_500, 10_000)!;
    expect(r.share).toBe(0.1);
    expect(r.populationShare).toBe(0.25);
    expect(r.ratio).toBeCloseTo(0.4, 10);
    expect(r.ratioLow).toBeCloseTo(0.262682, 5);
    expect(r.ratioHigh).toBeCloseTo(0.597623, 5);
    expect(r.seldomHeard).toBe(true);
    expect(r.lowBase).toBe(false);
  });

  it('is not "seldom heard" when the ratio is low but the interval reaches 1 (too few to tell)', () => {
    // 7/30 = 0.2333 of a 40% group: ratio 0.583, Wilson high 0.409283 → 1.023208.
    const r = representation(7, 30, 4_000, 10_000)!;
    expect(r.ratio).toBeCloseTo(0.583333, 5);
    expect(r.ratioHigh).toBeCloseTo(1.023208, 5);
    expect(r.seldomHeard).toBe(false);
    expect(r.lowBase).toBe(true);
  });

  it('is not "seldom heard" at or above 0.8 even with a narrow interval, and marks a base of 50 not low', () => {
    // 9/40 of a 30% group: 0.75 but the high end 1.2501 reaches 1; 30/100 of 25%: 1.2.
    expect(representation(9, 40, 3, 10)!.seldomHeard).toBe(false);
    const over = representation(30, 100, 1, 4)!;
    expect(over.ratio).toBeCloseTo(1.2, 10);
    expect(over.ratioLow).toBeCloseTo(0.875795, 5);
    expect(representation(10, 50, 1, 4)!.lowBase).toBe(false);
    expect(representation(10, 49, 1, 4)!.lowBase).toBe(true);
  });

  it('has a share but no ratio where the census has no count for the group, and nothing from nobody', () => {
    const r = representation(12, 100, null, 10_000)!;
    expect(r.share).toBe(0.12);
    expect([r.populationShare, r.ratio, r.ratioLow, r.ratioHigh]).toEqual([null, null, null, null]);
    expect(r.seldomHeard).toBe(false);
    expect(representation(0, 0, 10, 100)).toBeNull();
  });
});

describe('reach tables: suppressed over the whole force at once', () => {
  const teams = [
    { id: 't1', policingAreaId: 'north' },
    { id: 't2', policingAreaId: 'north' },
    { id: 't3', policingAreaId: 'south' },
  ];
  const rows: ReachCountRow[] = [];
  const add = (areaId: string, group: string | null, count: number) => {
    const team = teams.find((t) => t.id === areaId)!;
    for (const [level, id] of [
      ['NEIGHBOURHOOD', areaId],
      ['POLICING_AREA', team.policingAreaId],
      ['FORCE', null],
    ] as const) {
      rows.push({ level, areaId: id, group, count });
    }
  };
  add('t1', 'WOMAN', 40);
  add('t1', 'MAN', 7);
  add('t1', 'PREFER_NOT_TO_SAY', 12);
  add('t2', 'WOMAN', 30);
  add('t2', 'MAN', 25);
  add('t2', null, 11);
  add('t3', 'WOMAN', 60);
  add('t3', 'MAN', 55);
  const population = (women: number, men: number) => ({
    population: women + men,
    counts: [
      { dimension: 'GENDER' as const, group: 'WOMAN', count: women },
      { dimension: 'GENDER' as const, group: 'MAN', count: men },
    ],
    isDemoData: false,
  });
  // Everyone answered some question but gender, and 12 or 11 in t1 and t2 did not say to it.
  const notSaid = [
    { level: 'NEIGHBOURHOOD', areaId: 't1', count: 12 },
    { level: 'NEIGHBOURHOOD', areaId: 't2', count: 11 },
    { level: 'NEIGHBOURHOOD', areaId: 't3', count: 0 },
    { level: 'POLICING_AREA', areaId: 'north', count: 23 },
    { level: 'POLICING_AREA', areaId: 'south', count: 0 },
    { level: 'FORCE', areaId: null, count: 23 },
  ] as const;
  const areas = reachLattice(
    teams,
    reachCounts(rows, notSaid),
    new Map([
      ['t1', population(5_000, 5_000)],
      ['t2', population(4_000, 4_000)],
      ['t3', population(6_000, 6_000)],
    ]),
    'GENDER',
  );
  const tables = reachTables(areas, 'GENDER', 10);

  it('hides the 7 men of t1 and a second cell of the same sum, so 7 is not t1’s answered less its women', () => {
    const t1 = tables.get('NEIGHBOURHOOD|t1')!;
    const men = t1.groups.find((g) => g.group === 'MAN')!;
    expect(men.figure.kind).toBe('suppressed');
    // answered = women + men + in another way: with men hidden, another term of it is too.
    const women = t1.groups.find((g) => g.group === 'WOMAN')!;
    const other = t1.groups.find((g) => g.group === 'IN_ANOTHER_WAY')!;
    const hiddenBeside = [t1.answered, women.figure, other.figure].filter(
      (f) => f.kind === 'suppressed',
    );
    expect(hiddenBeside.length).toBeGreaterThanOrEqual(1);
  });

  it('puts "prefer not to say" and no answer outside the base, and counts them as not said', () => {
    const t2 = tables.get('NEIGHBOURHOOD|t2')!;
    expect(shownOrNull(t2.total)?.count).toBe(66);
    expect(shownOrNull(t2.answered)?.count).toBe(55);
    expect(shownOrNull(t2.notSaid)?.count).toBe(11);
    expect(shownOrNull(t2.total)?.perThousandResidents).toBeCloseTo((66 / 8_000) * 1000, 10);
    const women = shownOrNull(t2.groups.find((g) => g.group === 'WOMAN')!.figure)!;
    expect(women.representation!.share).toBeCloseTo(30 / 55, 12);
    expect(women.representation!.ratio).toBeCloseTo(30 / 55 / 0.5, 12);
  });

  it('hides the total (and "not said") where fewer than 10 did not say to some question, and keeps the shares', () => {
    const t3 = tables.get('NEIGHBOURHOOD|t3')!;
    expect(t3.total.kind).toBe('suppressed');
    expect(t3.notSaid.kind).toBe('suppressed');
    expect(shownOrNull(t3.answered)?.count).toBe(115);
    expect(shownOrNull(t3.groups[0]!.figure)?.representation?.share).toBeCloseTo(60 / 115, 12);
  });

  it('sums an NPA’s and the force’s population from their teams', () => {
    expect(tables.get('POLICING_AREA|north')!.population!.total).toBe(18_000);
    expect(tables.get('FORCE|-')!.population!.total).toBe(30_000);
  });
});
