import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../../src/service.ts';
import { Engagement } from '../../src/modules/engagements/engagement.entity.ts';
import {
  admin,
  analyst,
  BELGRAVE,
  CASTLE,
  castleOfficer,
  cityCentreCommander,
  CLOCK_TOWER,
  clockTowerOfficer,
  daysAgo,
  errorCode,
  reviewer,
} from '../support/demo-staff-actors.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

const FIELDS = 'id kind heldOn place attendance partners communitiesReached notes';
const RECORD = `mutation($input: EngagementInput!) { recordEngagement(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: EngagementInput!) { updateEngagement(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation($id: ID!) { deleteEngagement(id: $id) }';
const LIST = `query($slug: String!, $from: LocalDate, $to: LocalDate, $first: Int, $after: String) {
  neighbourhood(slug: $slug) {
    engagements(from: $from, to: $to, first: $first, after: $after) {
      nodes { ${FIELDS} } totalCount hasNextPage endCursor
    }
  }
}`;

type Row = { id: string; kind: string; heldOn: string; place: string; partners: string[] };
type Page = { nodes: Row[]; totalCount: number; hasNextPage: boolean; endCursor: string | null };
type List = { neighbourhood: { engagements: Page } };

const patchWalk = (overrides: Record<string, unknown> = {}) => ({
  neighbourhoodId: CASTLE.id,
  kind: 'PATCH_WALK',
  heldOn: daysAgo(3),
  place: 'Castle Gardens and the canal path',
  attendance: 6,
  partners: ['City Council', ' Fire and Rescue ', ''],
  communitiesReached: ['students'],
  notes: 'Dumped mattresses reported to the council.',
  ...overrides,
});

describe('the engagement tracker', () => {
  it('an officer logs a patch walk with partners and sees it in their team’s list', async () => {
    const { data, errors } = await engagement.execute<{ recordEngagement: Row }>(RECORD, {
      variables: { input: patchWalk() },
      actor: castleOfficer,
    });
    expect(errors).toBeUndefined();
    expect(data!.recordEngagement).toMatchObject({
      kind: 'PATCH_WALK',
      heldOn: daysAgo(3),
      partners: ['City Council', 'Fire and Rescue'],
    });

    const list = await engagement.execute<List>(LIST, {
      variables: { slug: CASTLE.slug, from: daysAgo(3), to: daysAgo(3) },
      actor: castleOfficer,
    });
    expect(list.errors).toBeUndefined();
    expect(list.data!.neighbourhood.engagements.nodes.map((row) => row.id)).toContain(
      data!.recordEngagement.id,
    );
  });

  it('an officer corrects an engagement, then deletes it', async () => {
    const recorded = await engagement.execute<{ recordEngagement: Row }>(RECORD, {
      variables: { input: patchWalk({ heldOn: daysAgo(40) }) },
      actor: castleOfficer,
    });
    const id = recorded.data!.recordEngagement.id;

    const updated = await engagement.execute<{ updateEngagement: Row }>(UPDATE, {
      variables: {
        id,
        input: patchWalk({ heldOn: daysAgo(41), kind: 'BEAT_SURGERY', partners: [] }),
      },
      actor: castleOfficer,
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateEngagement).toMatchObject({
      id,
      kind: 'BEAT_SURGERY',
      heldOn: daysAgo(41),
      partners: [],
    });

    const deleted = await engagement.execute(DELETE, { variables: { id }, actor: castleOfficer });
    expect(deleted.data).toEqual({ deleteEngagement: true });
    expect(await engagement.orm.em.fork().count(Engagement, { id })).toBe(0);
    const again = await engagement.execute(DELETE, { variables: { id }, actor: castleOfficer });
    expect(errorCode(again)).toBe('NOT_FOUND');
  });

  it('their NPA commander may change the team’s records too', async () => {
    const { errors } = await engagement.execute(RECORD, {
      variables: { input: patchWalk() },
      actor: cityCentreCommander,
    });
    expect(errors).toBeUndefined();
  });

  it('another team’s officer may neither change nor read the team’s engagements', async () => {
    const recorded = await engagement.execute<{ recordEngagement: Row }>(RECORD, {
      variables: { input: patchWalk() },
      actor: castleOfficer,
    });
    const id = recorded.data!.recordEngagement.id;
    const attempts = [
      engagement.execute(RECORD, { variables: { input: patchWalk() }, actor: clockTowerOfficer }),
      engagement.execute(UPDATE, {
        variables: { id, input: patchWalk() },
        actor: clockTowerOfficer,
      }),
      engagement.execute(DELETE, { variables: { id }, actor: clockTowerOfficer }),
      engagement.execute(LIST, { variables: { slug: CASTLE.slug }, actor: clockTowerOfficer }),
    ];
    expect((await Promise.all(attempts)).map(errorCode)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    expect(await engagement.orm.em.fork().count(Engagement, { id })).toBe(1);
  });

  it('an engagement cannot be moved to another team by editing it', async () => {
    const recorded = await engagement.execute<{ recordEngagement: Row }>(RECORD, {
      variables: { input: patchWalk() },
      actor: cityCentreCommander,
    });
    const moved = await engagement.execute(UPDATE, {
      variables: {
        id: recorded.data!.recordEngagement.id,
        input: patchWalk({ neighbourhoodId: CLOCK_TOWER.id }),
      },
      actor: cityCentreCommander,
    });
    expect(errorCode(moved)).toBe('BAD_USER_INPUT');
  });

  it('an analyst can read any team’s engagements but not record one', async () => {
    const read = await engagement.execute<List>(LIST, {
      variables: { slug: BELGRAVE.slug },
      actor: analyst,
    });
    expect(read.errors).toBeUndefined();
    expect(read.data!.neighbourhood.engagements.totalCount).toBeGreaterThanOrEqual(0);
    const write = await engagement.execute(RECORD, {
      variables: { input: patchWalk() },
      actor: analyst,
    });
    expect(errorCode(write)).toBe('FORBIDDEN');
  });

  it('the public is asked to sign in, and a reviewer is refused', async () => {
    const anonymous = await Promise.all([
      engagement.execute(LIST, { variables: { slug: CASTLE.slug } }),
      engagement.execute(RECORD, { variables: { input: patchWalk() } }),
      engagement.execute(DELETE, { variables: { id: CASTLE.id } }),
    ]);
    expect(anonymous.map(errorCode)).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
    ]);
    const refused = await engagement.execute(LIST, {
      variables: { slug: CASTLE.slug },
      actor: reviewer,
    });
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('refuses an engagement in the future, a blank place and a negative attendance', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const results = await Promise.all(
      [{ heldOn: tomorrow }, { place: '   ' }, { attendance: -1 }].map((bad) =>
        engagement.execute(RECORD, { variables: { input: patchWalk(bad) }, actor: castleOfficer }),
      ),
    );
    expect(results.map(errorCode)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(results[0]!.errors?.[0]?.message).toMatch(/future/);
  });
});

describe('the engagement list', () => {
  const team = DEMO_FORCE[2]!.neighbourhoods[3]!;
  const commander = admin;

  beforeAll(async () => {
    // 23 engagements over 8 days, several on the same day, so pages split days in two.
    const em = engagement.orm.em.fork();
    for (let index = 0; index < 23; index++) {
      em.create(Engagement, {
        id: crypto.randomUUID(),
        neighbourhood: team.id,
        kind: 'BEAT_SURGERY',
        heldOn: daysAgo(200 + (index % 8)),
        place: `Surgery ${index}`,
        partners: [],
        communitiesReached: [],
        createdAt: new Date(),
      });
    }
    await em.flush();
  });

  it('walks every engagement exactly once, newest first, page by page', async () => {
    // 23 of ours, plus whatever the demo seed gave the team on those days.
    const expected = await engagement.orm.em.fork().count(Engagement, {
      neighbourhood: team.id,
      heldOn: { $gte: daysAgo(207), $lte: daysAgo(200) },
    });
    expect(expected).toBeGreaterThanOrEqual(23);
    const seen: Row[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { data?: List | null } = await engagement.execute<List>(LIST, {
        variables: { slug: team.slug, from: daysAgo(207), to: daysAgo(200), first: 5, after },
        actor: commander,
      });
      const page = result.data!.neighbourhood.engagements;
      expect(page.totalCount).toBe(expected);
      seen.push(...page.nodes);
      after = page.hasNextPage ? page.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(Math.ceil(expected / 5));
    expect(seen).toHaveLength(expected);
    expect(new Set(seen.map((row) => row.id)).size).toBe(expected);
    const order = seen.map((row) => row.heldOn);
    expect(order).toEqual([...order].sort().reverse());
  });

  it('refuses a page size outside 1 to 100 and a cursor it did not give out', async () => {
    const results = await Promise.all(
      [{ first: 0 }, { first: 101 }, { after: 'not-a-cursor' }].map((args) =>
        engagement.execute(LIST, { variables: { slug: team.slug, ...args }, actor: commander }),
      ),
    );
    expect(results.map(errorCode)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });

  it('loads every team’s first page for the whole force with two queries', async () => {
    engagement.resetQueries();
    const { data, errors } = await engagement.execute<{
      policingAreas: { neighbourhoods: { id: string; engagements: Page }[] }[];
    }>(
      '{ policingAreas { neighbourhoods { id engagements(first: 3) { totalCount nodes { id } } } } }',
      { actor: analyst },
    );
    expect(errors).toBeUndefined();
    const teams = data!.policingAreas.flatMap((area) => area.neighbourhoods);
    expect(teams).toHaveLength(54);
    const mine = teams.find((n) => n.id === team.id)!.engagements;
    expect(mine.totalCount).toBeGreaterThanOrEqual(23);
    expect(mine.nodes).toHaveLength(3);
    // areas + neighbourhoods + one page query + one count query.
    expect(engagement.queries.filter((sql) => sql.startsWith('select'))).toHaveLength(4);
  });
});
