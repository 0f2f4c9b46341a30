import { randomUUID } from 'node:crypto';
import type { RequiredEntityData } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from '@engage/shared';
import type { Demographics } from '@engage/shared/demographics';
import { errorCodeOf } from '@engage/shared/testing';
import { KnownPopulation } from '../../src/modules/neighbourhoods/known-population.entity.ts';
import { rememberPopulation } from '../../src/modules/neighbourhoods/population.subscriptions.ts';
import { Subscriber } from '../../src/modules/subscribers/subscriber.entity.ts';
import {
  analyst,
  commander,
  officer,
  otherCommander,
  otherTeamOfficer,
} from '../support/actors.ts';
import {
  area,
  neighbourTeam,
  otherArea,
  outsideTeam,
  startNewsletterTestStack,
  team,
  type NewsletterTestStack,
} from '../support/newsletter-test-stack.ts';

/**
 * Diversity of reach of the newsletters: confirmed subscribers by ethnic group beside the
 * census, in a force where a quarter of residents are Asian but few Asian residents subscribe.
 */

const GROUPS = ['ASIAN', 'BLACK', 'MIXED', 'WHITE', 'OTHER'] as const;
const TEAMS = [...area.neighbourhoods, ...otherArea.neighbourhoods];
/** Every team: 10,000 residents, 2,500 of them Asian. */
const RESIDENTS = { ASIAN: 2_500, BLACK: 800, MIXED: 400, WHITE: 6_100, OTHER: 200 };

const JAN_2026 = new Date('2026-01-15T12:00:00Z');
const now = new Date();
const longAgo = new Date('2025-06-01T09:00:00Z');

/** Subscribers to seed: where they follow, their answer, how many. */
const CONFIRMED: [follows: { team?: string; npa?: string }, group: string | null, count: number][] =
  [
    // The officer's team: 7 Asian subscribers, under the threshold; 12 who gave no answers.
    [{ team: team.id }, 'WHITE', 60],
    [{ team: team.id }, 'ASIAN', 7],
    [{ team: team.id }, 'BLACK', 12],
    [{ team: team.id }, 'MIXED', 10],
    [{ team: team.id }, 'OTHER', 10],
    [{ team: team.id }, null, 12],
    [{ team: neighbourTeam.id }, 'WHITE', 50],
    [{ team: neighbourTeam.id }, 'ASIAN', 12],
    [{ team: neighbourTeam.id }, 'BLACK', 10],
    [{ team: neighbourTeam.id }, 'MIXED', 10],
    [{ team: neighbourTeam.id }, 'OTHER', 10],
    [{ team: neighbourTeam.id }, 'PREFER_NOT_TO_SAY', 10],
    [{ npa: area.id }, 'WHITE', 15],
    [{ team: outsideTeam.id }, 'WHITE', 70],
    [{ team: outsideTeam.id }, 'ASIAN', 11],
    [{ team: outsideTeam.id }, 'BLACK', 10],
  ];

let stack: NewsletterTestStack;
beforeAll(async () => {
  stack = await startNewsletterTestStack({ workers: false });
  const em = stack.harness.orm.em.fork();
  for (const t of TEAMS)
    await rememberPopulation(em, populationEvent(t.id, '2026-01-01T00:00:00Z'));
  const rows: RequiredEntityData<Subscriber>[] = [];
  const add = (
    follows: { team?: string; npa?: string },
    group: string | null,
    status: Subscriber['status'],
    confirmedAt: Date | null,
    unsubscribedAt: Date | null = null,
  ) => {
    const email = `${randomUUID()}@example.org`;
    rows.push({
      id: randomUUID(),
      email,
      emailKey: email,
      status,
      neighbourhoodIds: follows.team ? [follows.team] : [],
      policingAreaIds: follows.npa ? [follows.npa] : [],
      interests: ['NEWSLETTER'],
      demographics:
        group === null
          ? null
          : ({
              ageBand: 'AGE_45_54',
              ethnicGroup: group,
              disability: 'NO',
              gender: 'WOMAN',
            } as Demographics),
      createdAt: longAgo,
      updatedAt: longAgo,
      confirmedAt,
      unsubscribedAt,
    });
  };
  for (const [follows, group, count] of CONFIRMED) {
    for (let k = 0; k < count; k += 1) add(follows, group, 'CONFIRMED', longAgo);
  }
  // 20 Asian residents of the team who subscribed, then left in February: in January's figures.
  for (let k = 0; k < 20; k += 1) {
    add({ team: team.id }, 'ASIAN', 'UNSUBSCRIBED', longAgo, new Date('2026-02-01T10:00:00Z'));
  }
  // Never confirmed, or confirmed only now: in no earlier figure.
  for (let k = 0; k < 10; k += 1) add({ team: team.id }, 'ASIAN', 'PENDING', null);
  await em.insertMany(Subscriber, rows);
});
afterAll(() => stack?.close());

function populationEvent(neighbourhoodId: string, updatedAt: string) {
  return {
    neighbourhoodId,
    population: 10_000,
    counts: GROUPS.map((group) => ({
      dimension: 'ETHNIC_GROUP' as const,
      group,
      count: RESIDENTS[group],
    })),
    isDemoData: false,
    source: 'ONS Census 2021 TS021 (test)',
    updatedAt,
  };
}

/** Wilson's 95% score interval, written out: (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n). */
function wilson(k: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [centre - half, centre + half];
}

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
  asOf: string | null;
  total: number | null;
  totalSuppressed: boolean;
  answered: number | null;
  notSaid: number | null;
  population: number | null;
  perThousandResidents: number | null;
  isDemoPopulation: boolean;
  groups: Group[];
}
const TABLE = `level areaId areaName asOf total totalSuppressed answered notSaid population
  perThousandResidents isDemoPopulation
  groups { group count suppressed share lowBase populationShare ratio ratioLow ratioHigh seldomHeard }`;

async function reach(
  level: string,
  areaId: string | null,
  actor: Actor = analyst,
  asOf: Date | null = null,
) {
  return stack.harness.execute<{ subscriberReach: Table }>(
    `query($level: AreaLevel!, $areaId: ID, $asOf: DateTimeISO) {
      subscriberReach(level: $level, areaId: $areaId, dimension: ETHNIC_GROUP, asOf: $asOf) { ${TABLE} }
    }`,
    { actor, variables: { level, areaId, asOf: asOf?.toISOString() ?? null } },
  );
}

const group = (table: Table, name: string) => table.groups.find((g) => g.group === name)!;

describe('diversity of reach of the newsletters', () => {
  it('flags Asian residents as seldom heard across the force, with figures worked out here', async () => {
    const { data, errors } = await reach('FORCE', null);
    expect(errors).toBeUndefined();
    const force = data!.subscriberReach;
    // Confirmed now: 111 + 102 + 15 + 91 = 319; 12 gave no answers and 10 preferred not to say.
    expect(force.total).toBe(319);
    expect(force.answered).toBe(297);
    expect(force.notSaid).toBe(22);
    const population = TEAMS.length * 10_000;
    expect(force.population).toBe(population);
    expect(force.perThousandResidents).toBeCloseTo((319 / population) * 1000, 12);
    const asian = group(force, 'ASIAN');
    expect(asian.count).toBe(30);
    const share = 30 / 297;
    const [low, high] = wilson(30, 297);
    expect(asian.share).toBeCloseTo(share, 12);
    expect(asian.populationShare).toBeCloseTo(0.25, 12);
    expect(asian.ratio).toBeCloseTo(share / 0.25, 12);
    expect(asian.ratioLow).toBeCloseTo(low / 0.25, 12);
    expect(asian.ratioHigh).toBeCloseTo(high / 0.25, 12);
    expect(asian.seldomHeard).toBe(true);
    const white = group(force, 'WHITE');
    expect(white.count).toBe(195);
    expect(white.ratio).toBeCloseTo(195 / 297 / 0.61, 12);
    expect(white.seldomHeard).toBe(false);
  });

  it('hides the team’s 7 Asian subscribers, and a second figure beside them', async () => {
    const { data, errors } = await reach('NEIGHBOURHOOD', team.id, officer);
    expect(errors).toBeUndefined();
    const mine = data!.subscriberReach;
    expect(mine.areaName).toBe(team.name);
    const asian = group(mine, 'ASIAN');
    expect(asian).toMatchObject({ count: null, suppressed: true, share: null, ratio: null });
    // The answered base is the sum of its groups: with one hidden, another must be, or the
    // base less the shown groups would give 7 back.
    const hidden = [mine.answered, ...mine.groups.map((g) => g.count)].filter((c) => c === null);
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    if (mine.answered !== null) {
      const shown = mine.groups.reduce((sum, g) => sum + (g.count ?? 0), 0);
      expect(mine.answered - shown).not.toBe(7);
    }
    // Across the NPA: its Asian figure less the other teams' must not give 7 back either.
    const npa = (await reach('POLICING_AREA', area.id, commander)).data!.subscriberReach;
    const others = (
      await stack.harness.execute<{ subscriberReachByArea: Table[] }>(
        `query($areaId: ID) { subscriberReachByArea(level: POLICING_AREA, areaId: $areaId, dimension: ETHNIC_GROUP) { ${TABLE} } }`,
        { actor: commander, variables: { areaId: area.id } },
      )
    ).data!.subscriberReachByArea;
    expect(others.map((t) => t.areaId).sort()).toEqual(area.neighbourhoods.map((n) => n.id).sort());
    const otherAsian = others.filter((t) => t.areaId !== team.id).map((t) => group(t, 'ASIAN'));
    const npaAsian = group(npa, 'ASIAN').count;
    expect(npaAsian === null || otherAsian.some((g) => g.count === null)).toBe(true);
  });

  it('marks shares from fewer than 50 as a low base, and shows no share without its base', async () => {
    const outside = (await reach('NEIGHBOURHOOD', outsideTeam.id)).data!.subscriberReach;
    expect(outside.groups.every((g) => !g.lowBase)).toBe(true);
    const empty = (await reach('NEIGHBOURHOOD', otherArea.neighbourhoods[1]!.id)).data!
      .subscriberReach;
    expect(empty.groups.every((g) => g.lowBase && g.suppressed)).toBe(true);
    expect(empty.total).toBeNull();
    expect(empty.totalSuppressed).toBe(true);
  });

  it('counts those confirmed at a past moment: January still had the 20 who left in February', async () => {
    const { data, errors } = await reach('FORCE', null, analyst, JAN_2026);
    expect(errors).toBeUndefined();
    const january = data!.subscriberReach;
    expect(new Date(january.asOf!).toISOString()).toBe(JAN_2026.toISOString());
    expect(group(january, 'ASIAN').count).toBe(50);
    expect(january.answered).toBe(317);
  });

  it('gives a trend at each month end, oldest first', async () => {
    const { data, errors } = await stack.harness.execute<{ subscriberReachTrend: Table[] }>(
      `{ subscriberReachTrend(level: FORCE, dimension: ETHNIC_GROUP, months: 3) { ${TABLE} } }`,
      { actor: analyst },
    );
    expect(errors).toBeUndefined();
    const trend = data!.subscriberReachTrend;
    expect(trend).toHaveLength(3);
    const times = trend.map((t) => new Date(t.asOf!).getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(times[2]!).toBeGreaterThanOrEqual(now.getTime());
    expect(trend[2]!.total).toBe(319);
  });

  it('refuses anyone not signed in, and staff outside the area', async () => {
    const anonymous = await reach('FORCE', null, ANONYMOUS);
    expect(anonymous.data).toBeNull();
    expect(errorCodeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(await reach('NEIGHBOURHOOD', team.id, ANONYMOUS))).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(await reach('NEIGHBOURHOOD', team.id, otherTeamOfficer))).toBe('FORBIDDEN');
    expect(errorCodeOf(await reach('POLICING_AREA', area.id, otherCommander))).toBe('FORBIDDEN');
    expect(errorCodeOf(await reach('FORCE', null, commander))).toBe('FORBIDDEN');
    expect((await reach('NEIGHBOURHOOD', team.id, commander)).errors).toBeUndefined();
  });
});

describe('the local copy of each team’s population', () => {
  it('is kept from neighbourhood.profile.updated, and a replay changes nothing', async () => {
    const em = stack.harness.orm.em.fork();
    const before = await em.findOneOrFail(KnownPopulation, { neighbourhoodId: team.id });
    await rememberPopulation(em, populationEvent(team.id, '2026-01-01T00:00:00Z'));
    const after = await stack.harness.orm.em
      .fork()
      .findOneOrFail(KnownPopulation, { neighbourhoodId: team.id });
    expect(after).toEqual(before);
    expect(await em.count(KnownPopulation, {})).toBe(TEAMS.length);
  });
});
