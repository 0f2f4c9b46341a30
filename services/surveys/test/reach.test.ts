import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, createLogger, type Actor } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { neighbourhoodSubscriptions } from '../src/modules/neighbourhoods/neighbourhood.subscriptions.ts';
import { rememberPopulation } from '../src/modules/neighbourhoods/population.subscriptions.ts';
import { KnownPopulation } from '../src/modules/neighbourhoods/known-population.entity.ts';
import { surveysService } from '../src/service.ts';
import { errorCode } from './support/actors.ts';
import './support/survey-test-stack.ts';
import {
  subtractionAttack,
  type Published,
  type Sum,
} from './support/attack/subtraction-attack.ts';
import { determinedByElimination } from './support/attack/elimination-attack.ts';

/**
 * Diversity of reach of "Your Views", as the issue asks: a small force (two NPAs, five teams)
 * where Asian residents answer far below their census share. Every figure published is checked
 * against a calculation written out here, from the counts this file seeds.
 */

const NORTH = '5e000000-0000-4000-8000-00000000000a';
const SOUTH = '5e000000-0000-4000-8000-00000000000b';
const team = (n: number) => `5e000000-0000-4000-8000-00000000010${n}`;
const TEAMS = [
  { id: team(1), name: 'Castle', npa: NORTH },
  { id: team(2), name: 'Abbey', npa: NORTH },
  { id: team(3), name: 'Mill', npa: NORTH },
  { id: team(4), name: 'Harbour', npa: SOUTH },
  { id: team(5), name: 'Quay', npa: SOUTH },
];
const GROUPS = ['ASIAN', 'BLACK', 'MIXED', 'WHITE', 'OTHER'] as const;

/** Usual residents of each team by ethnic group: a quarter of them Asian. */
const POPULATION: Record<string, Record<(typeof GROUPS)[number], number>> = Object.fromEntries(
  TEAMS.map((t, i) => [
    t.id,
    { ASIAN: 2_500 + i * 100, BLACK: 800, MIXED: 400, WHITE: 6_100 - i * 100, OTHER: 200 },
  ]),
);

/** Verified answers per team by ethnic group; NOT_SAID is "prefer not to say", NONE no answer. */
type Spec = Record<string, Partial<Record<string, number>>>;
const SPRING: Spec = {
  // Castle: 7 Asian respondents, under the threshold.
  [team(1)]: { WHITE: 60, ASIAN: 7, BLACK: 12, MIXED: 10, OTHER: 11, NOT_SAID: 8, NONE: 4 },
  [team(2)]: { WHITE: 50, ASIAN: 12, BLACK: 10, MIXED: 11, OTHER: 10 },
  // Mill: 45 answered, a low base.
  [team(3)]: { WHITE: 25, ASIAN: 10, BLACK: 10, NOT_SAID: 2 },
  [team(4)]: { WHITE: 70, ASIAN: 11, BLACK: 15, MIXED: 12, OTHER: 10, NOT_SAID: 10 },
  [team(5)]: { WHITE: 40, ASIAN: 10, BLACK: 10, MIXED: 10, OTHER: 10 },
};
const AUTUMN: Spec = Object.fromEntries(
  TEAMS.map((t) => [t.id, { WHITE: 40, ASIAN: 20, BLACK: 10, MIXED: 10, OTHER: 10 }]),
);
const SOUTH_ONLY: Spec = {
  [team(4)]: { WHITE: 30, ASIAN: 12 },
  [team(5)]: { WHITE: 30, ASIAN: 12 },
};

const ROUNDS = [
  {
    id: '5e000000-0000-4000-8000-000000000201',
    label: 'Autumn 2030',
    day: '2030-10-01',
    npas: [],
    spec: AUTUMN,
  },
  {
    id: '5e000000-0000-4000-8000-000000000202',
    label: 'Spring 2031',
    day: '2031-03-01',
    npas: [],
    spec: SPRING,
  },
  {
    id: '5e000000-0000-4000-8000-000000000203',
    label: 'South summer 2031',
    day: '2031-06-01',
    npas: [SOUTH],
    spec: SOUTH_ONLY,
  },
];
const SPRING_ID = ROUNDS[1]!.id;

const analyst: Actor = { kind: 'staff', id: 'an', name: 'Analyst', role: 'ANALYST' };
const castleOfficer: Actor = {
  kind: 'staff',
  id: 'o1',
  name: 'PC Castle',
  role: 'OFFICER',
  neighbourhoodId: team(1),
};
const abbeyOfficer: Actor = { ...castleOfficer, id: 'o2', neighbourhoodId: team(2) };
const northCommander: Actor = {
  kind: 'staff',
  id: 'c1',
  name: 'Insp North',
  role: 'COMMANDER',
  policingAreaId: NORTH,
};

let surveys: SubgraphHarness;
beforeAll(async () => {
  surveys = await startSubgraphHarness(surveysService, { seedDemoData: false });
  const em = surveys.orm.em.fork();
  const logger = createLogger('test', 'silent');
  for (const t of TEAMS) {
    await neighbourhoodSubscriptions['neighbourhood.upserted']!(
      em,
      {
        neighbourhoodId: t.id,
        name: t.name,
        slug: t.name.toLowerCase(),
        policingAreaId: t.npa,
        policingAreaName: t.npa === NORTH ? 'North' : 'South',
        policingAreaSlug: t.npa === NORTH ? 'north' : 'south',
      },
      logger,
    );
    await rememberPopulation(em, populationEvent(t.id, '2026-01-01T00:00:00.000Z'));
  }
  for (const round of ROUNDS) {
    await em.execute(
      `insert into surveys.survey_round (id, label, opens_on, closes_on, status,
         question_set_version, policing_area_ids, opened_at, closed_at, created_at)
       values (?, ?, ?, ?, 'CLOSED', 1, ?, now(), now(), now())`,
      [round.id, round.label, round.day, round.day, JSON.stringify(round.npas)],
    );
    const values: unknown[] = [];
    const add = (teamId: string, group: string | null, verified: boolean, excluded = false) =>
      values.push(
        round.id,
        teamId,
        TEAMS.find((t) => t.id === teamId)!.npa,
        verified,
        round.day,
        group,
        excluded,
      );
    for (const [teamId, groups] of Object.entries(round.spec)) {
      for (const [group, count] of Object.entries(groups)) {
        const answer = group === 'NOT_SAID' ? 'PREFER_NOT_TO_SAY' : group === 'NONE' ? null : group;
        for (let k = 0; k < count!; k += 1) add(teamId, answer, true);
      }
      // Open-link answers and an excluded one are in no reach figure: they must change nothing.
      for (let k = 0; k < 15; k += 1) add(teamId, 'ASIAN', false);
      add(teamId, 'ASIAN', true, true);
    }
    const rows = values.length / 7;
    await em.execute(
      `insert into surveys.survey_response (id, round_id, neighbourhood_id, policing_area_id,
         verified, submitted_on, ethnic_group, excluded_at, q1, q2, q3, q4, q5)
       values ${Array.from({ length: rows }, () => `(gen_random_uuid(), ?, ?, ?, ?, ?, ?, case when ? then now() end, 'AGREE', 'AGREE', 'NEITHER', 'AGREE', 'DISAGREE')`).join(', ')}`,
      values,
    );
  }
});
afterAll(() => surveys?.close());

function populationEvent(neighbourhoodId: string, updatedAt: string) {
  const groups = POPULATION[neighbourhoodId]!;
  const population = Object.values(groups).reduce((a, b) => a + b, 0);
  return {
    neighbourhoodId,
    population,
    counts: GROUPS.map((group) => ({
      dimension: 'ETHNIC_GROUP' as const,
      group,
      count: groups[group],
    })),
    isDemoData: false,
    source: 'ONS Census 2021 TS021 (test)',
    updatedAt,
  };
}

// ——— The independent calculation ———

interface Expected {
  total: number;
  answered: number;
  notSaid: number;
  groups: Map<string, number>;
  population: number;
  populationGroups: Map<string, number>;
}

/** An area's counts straight from the seed: its teams' answers and residents added up. */
function expected(spec: Spec, teamIds: readonly string[]): Expected {
  const groups = new Map<string, number>(GROUPS.map((g) => [g, 0]));
  let total = 0;
  const populationGroups = new Map<string, number>(GROUPS.map((g) => [g, 0]));
  for (const id of teamIds) {
    for (const [group, count] of Object.entries(spec[id] ?? {})) {
      total += count!;
      if (groups.has(group)) groups.set(group, groups.get(group)! + count!);
    }
    for (const g of GROUPS) populationGroups.set(g, populationGroups.get(g)! + POPULATION[id]![g]);
  }
  const answered = [...groups.values()].reduce((a, b) => a + b, 0);
  const population = [...populationGroups.values()].reduce((a, b) => a + b, 0);
  return { total, answered, notSaid: total - answered, groups, population, populationGroups };
}

/** Wilson's 95% score interval, as in any textbook: (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n). */
function wilson(k: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [k === 0 ? 0 : centre - half, k === n ? 1 : centre + half];
}

// ——— Queries ———

const TABLE = `sample level areaId areaName dimension roundId roundLabel total totalSuppressed
  answered notSaid population perThousandResidents isDemoPopulation
  groups { group count suppressed share lowBase populationShare ratio ratioLow ratioHigh seldomHeard }`;

interface Group {
  group: string;
  count: number | null;
  suppressed: boolean;
  share: number | null;
  lowBase: boolean;
  populationShare: number | null;
  ratio: number | null;
  ratioLow: number | null;
  ratioHigh: number | null;
  seldomHeard: boolean;
}
interface Table {
  level: string;
  areaId: string | null;
  areaName: string;
  roundLabel: string | null;
  total: number | null;
  totalSuppressed: boolean;
  answered: number | null;
  notSaid: number | null;
  population: number | null;
  perThousandResidents: number | null;
  groups: Group[];
}

async function reach(
  level: string,
  areaId: string | null,
  actor: Actor = analyst,
  roundId = SPRING_ID,
) {
  return surveys.execute<{ respondentReach: Table }>(
    `query($level: AreaLevel!, $areaId: ID, $roundId: ID!) {
      respondentReach(level: $level, areaId: $areaId, dimension: ETHNIC_GROUP, roundId: $roundId) { ${TABLE} }
    }`,
    { actor, variables: { level, areaId, roundId } },
  );
}

async function byArea(level: string, areaId: string | null) {
  const { data, errors } = await surveys.execute<{ respondentReachByArea: Table[] }>(
    `query($level: AreaLevel!, $areaId: ID, $roundId: ID!) {
      respondentReachByArea(level: $level, areaId: $areaId, dimension: ETHNIC_GROUP, roundId: $roundId) { ${TABLE} }
    }`,
    { actor: analyst, variables: { level, areaId, roundId: SPRING_ID } },
  );
  expect(errors).toBeUndefined();
  return data!.respondentReachByArea;
}

/** Every table of the Spring round a reader can see: the force, both NPAs, all five teams. */
async function everyTable(): Promise<Table[]> {
  const force = (await reach('FORCE', null)).data!.respondentReach;
  const npas = await byArea('FORCE', null);
  const teams = [
    ...(await byArea('POLICING_AREA', NORTH)),
    ...(await byArea('POLICING_AREA', SOUTH)),
  ];
  return [force, ...npas, ...teams];
}

const teamsOf = (table: Table): string[] =>
  table.level === 'FORCE'
    ? TEAMS.map((t) => t.id)
    : table.level === 'POLICING_AREA'
      ? TEAMS.filter((t) => t.npa === table.areaId).map((t) => t.id)
      : [table.areaId!];

describe('diversity of reach of "Your Views" respondents', () => {
  it('flags Asian residents as seldom heard across the force, with the figures worked out here', async () => {
    const { data, errors } = await reach('FORCE', null);
    expect(errors).toBeUndefined();
    const force = data!.respondentReach;
    const e = expected(
      SPRING,
      TEAMS.map((t) => t.id),
    );
    const asian = force.groups.find((g) => g.group === 'ASIAN')!;
    // 50 of the 436 who answered (11.5%), beside 13,500 of 50,000 residents (27%).
    expect(asian.count).toBe(50);
    expect(force.answered).toBe(436);
    const share = 50 / 436;
    const populationShare = e.populationGroups.get('ASIAN')! / e.population;
    const [low, high] = wilson(50, 436);
    expect(asian.share).toBeCloseTo(share, 12);
    expect(asian.populationShare).toBeCloseTo(populationShare, 12);
    expect(asian.ratio).toBeCloseTo(share / populationShare, 12);
    expect(asian.ratioLow).toBeCloseTo(low / populationShare, 12);
    expect(asian.ratioHigh).toBeCloseTo(high / populationShare, 12);
    expect(asian.ratio!).toBeLessThan(0.8);
    expect(asian.ratioHigh!).toBeLessThan(1);
    expect(asian.seldomHeard).toBe(true);
    // White residents, heard more than their share, are not.
    expect(force.groups.find((g) => g.group === 'WHITE')!.seldomHeard).toBe(false);
  });

  it('publishes every count, share, ratio and interval of every area exactly as calculated here, or withholds it', async () => {
    const tables = await everyTable();
    expect(tables).toHaveLength(8);
    let checked = 0;
    for (const table of tables) {
      const e = expected(SPRING, teamsOf(table));
      expect(table.population).toBe(e.population);
      if (table.total !== null) {
        expect(table.total).toBe(e.total);
        expect(table.perThousandResidents).toBeCloseTo((e.total / e.population) * 1000, 12);
      } else {
        expect(table.perThousandResidents).toBeNull();
      }
      if (table.answered !== null) expect(table.answered).toBe(e.answered);
      if (table.notSaid !== null) expect(table.notSaid).toBe(e.notSaid);
      for (const group of table.groups) {
        const count = e.groups.get(group.group)!;
        const populationShare = e.populationGroups.get(group.group)! / e.population;
        expect(group.populationShare).toBeCloseTo(populationShare, 12);
        expect(group.lowBase).toBe(e.answered < 50);
        if (count < 10) expect(group.suppressed).toBe(true);
        if (group.suppressed) {
          expect([group.count, group.share, group.ratio, group.ratioLow, group.ratioHigh]).toEqual([
            null,
            null,
            null,
            null,
            null,
          ]);
          continue;
        }
        expect(group.count).toBe(count);
        if (table.answered === null) {
          // A share beside a hidden base would give the base back.
          expect(group.share).toBeNull();
          continue;
        }
        const [low, high] = wilson(count, e.answered);
        expect(group.share).toBeCloseTo(count / e.answered, 12);
        expect(group.ratio).toBeCloseTo(count / e.answered / populationShare, 12);
        expect(group.ratioLow).toBeCloseTo(low / populationShare, 12);
        expect(group.ratioHigh).toBeCloseTo(high / populationShare, 12);
        expect(group.seldomHeard).toBe(
          count / e.answered / populationShare < 0.8 && high / populationShare < 1,
        );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('hides Castle’s 7 Asian respondents, and enough beside them that no subtraction gives them back', async () => {
    const tables = await everyTable();
    const castle = tables.find((t) => t.areaId === team(1))!;
    const asian = castle.groups.find((g) => g.group === 'ASIAN')!;
    expect(asian.suppressed).toBe(true);
    expect(asian.count).toBeNull();

    // The reader: every shown count, every hidden one, and how they add up.
    const view: Published = { known: new Map(), hidden: new Set() };
    const key = (t: Pick<Table, 'level' | 'areaId'>, measure: string) =>
      `${t.level}|${t.areaId ?? '-'}#${measure}`;
    const learn = (t: Table, measure: string, value: number | null) => {
      if (value === null) view.hidden.add(key(t, measure));
      else view.known.set(key(t, measure), value);
    };
    for (const t of tables) {
      learn(t, 'total', t.total);
      learn(t, 'answered', t.answered);
      learn(t, 'notSaid', t.notSaid);
      for (const g of t.groups) learn(t, g.group, g.count);
      // A share is a count too: share × answered.
      for (const g of t.groups) {
        if (g.share !== null && t.answered !== null) {
          expect(Math.round(g.share * t.answered)).toBe(g.count);
        }
      }
    }
    const measures = ['total', 'answered', 'notSaid', ...GROUPS];
    const place = (level: string, areaId: string | null) => ({ level, areaId });
    const sums: Sum[] = [];
    for (const t of tables) {
      sums.push({ total: key(t, 'answered'), parts: GROUPS.map((g) => key(t, g)) });
      sums.push({ total: key(t, 'total'), parts: [key(t, 'answered'), key(t, 'notSaid')] });
    }
    for (const m of measures) {
      for (const npa of [NORTH, SOUTH]) {
        sums.push({
          total: key(place('POLICING_AREA', npa), m),
          parts: TEAMS.filter((t) => t.npa === npa).map((t) =>
            key(place('NEIGHBOURHOOD', t.id), m),
          ),
        });
      }
      sums.push({
        total: key(place('FORCE', null), m),
        parts: [NORTH, SOUTH].map((npa) => key(place('POLICING_AREA', npa), m)),
      });
    }
    expect(view.hidden.has(key(castle, 'ASIAN'))).toBe(true);
    expect([...subtractionAttack(view, sums).keys()]).toEqual([]);
    expect(determinedByElimination(view, sums)).toEqual([]);
  });

  it('marks a team where fewer than 50 answered as a low base', async () => {
    const mill = (await reach('NEIGHBOURHOOD', team(3))).data!.respondentReach;
    expect(mill.areaName).toBe('Mill');
    expect(mill.groups.every((g) => g.lowBase)).toBe(true);
    const castle = (await reach('NEIGHBOURHOOD', team(1))).data!.respondentReach;
    expect(castle.groups.every((g) => !g.lowBase)).toBe(true);
    expect(castle.total).toBe(112);
    expect(castle.perThousandResidents).toBeCloseTo((112 / 10_000) * 1000, 12);
  });

  it('gives the trend over the rounds that asked an area, oldest first', async () => {
    const trend = async (level: string, areaId: string | null) => {
      const { data, errors } = await surveys.execute<{ respondentReachTrend: Table[] }>(
        `query($level: AreaLevel!, $areaId: ID) {
          respondentReachTrend(level: $level, areaId: $areaId, dimension: ETHNIC_GROUP) { ${TABLE} }
        }`,
        { actor: analyst, variables: { level, areaId } },
      );
      expect(errors).toBeUndefined();
      return data!.respondentReachTrend;
    };
    const force = await trend('FORCE', null);
    expect(force.map((t) => t.roundLabel)).toEqual(['Autumn 2030', 'Spring 2031']);
    const asian = force.map((t) => t.groups.find((g) => g.group === 'ASIAN')!);
    expect(asian.map((g) => g.count)).toEqual([100, 50]);
    expect(asian[0]!.share).toBeCloseTo(100 / 450, 12);
    expect((await trend('NEIGHBOURHOOD', team(4))).map((t) => t.roundLabel)).toEqual([
      'Autumn 2030',
      'Spring 2031',
      'South summer 2031',
    ]);
    expect((await trend('POLICING_AREA', NORTH)).map((t) => t.roundLabel)).toEqual([
      'Autumn 2030',
      'Spring 2031',
    ]);
  });

  it('refuses anyone not signed in, and staff outside the area', async () => {
    const anonymous = await reach('FORCE', null, ANONYMOUS);
    expect(anonymous.data).toBeNull();
    expect(errorCode(anonymous.errors)).toBe('UNAUTHENTICATED');
    const anonymousTeam = await reach('NEIGHBOURHOOD', team(1), ANONYMOUS);
    expect(errorCode(anonymousTeam.errors)).toBe('UNAUTHENTICATED');

    expect(errorCode((await reach('NEIGHBOURHOOD', team(1), abbeyOfficer)).errors)).toBe(
      'FORBIDDEN',
    );
    expect(errorCode((await reach('POLICING_AREA', NORTH, castleOfficer)).errors)).toBe(
      'FORBIDDEN',
    );
    expect(errorCode((await reach('POLICING_AREA', SOUTH, northCommander)).errors)).toBe(
      'FORBIDDEN',
    );
    expect(errorCode((await reach('FORCE', null, northCommander)).errors)).toBe('FORBIDDEN');

    expect((await reach('NEIGHBOURHOOD', team(1), castleOfficer)).errors).toBeUndefined();
    expect((await reach('NEIGHBOURHOOD', team(3), northCommander)).errors).toBeUndefined();
    expect((await reach('POLICING_AREA', NORTH, northCommander)).errors).toBeUndefined();
  });

  it('refuses a round that did not ask the area', async () => {
    const { errors } = await reach('POLICING_AREA', NORTH, analyst, ROUNDS[2]!.id);
    expect(errorCode(errors)).toBe('BAD_USER_INPUT');
  });
});

describe('the local copy of each team’s population', () => {
  it('is kept from neighbourhood.profile.updated, and a replay changes nothing', async () => {
    const em = surveys.orm.em.fork();
    const id = team(5);
    const before = await em.findOneOrFail(KnownPopulation, { neighbourhoodId: id });
    await rememberPopulation(em, populationEvent(id, '2026-01-01T00:00:00.000Z'));
    const replayed = await surveys.orm.em
      .fork()
      .findOneOrFail(KnownPopulation, { neighbourhoodId: id });
    expect(replayed).toEqual(before);
    expect(await em.count(KnownPopulation, {})).toBe(TEAMS.length);

    const update = { ...populationEvent(id, '2026-06-01T00:00:00.000Z'), population: 10_500 };
    await rememberPopulation(em, update);
    const updated = await surveys.orm.em
      .fork()
      .findOneOrFail(KnownPopulation, { neighbourhoodId: id });
    expect(updated.population).toBe(10_500);
    expect(updated.updatedAt.toISOString()).toBe('2026-06-01T00:00:00.000Z');
    // Put it back for the other tests' arithmetic.
    await rememberPopulation(em, populationEvent(id, '2026-01-01T00:00:00.000Z'));
  });
});
