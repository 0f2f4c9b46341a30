import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE, DEMO_NEIGHBOURHOODS, OutboxMessage, createLogger } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { engagementService } from '../src/service.ts';

let engagement: SubgraphHarness;
beforeAll(async () => {
  engagement = await startSubgraphHarness(engagementService);
});
afterAll(() => engagement?.close());

describe('the demo force', () => {
  it('has nine policing areas and their fifty-four neighbourhoods', async () => {
    const { data, errors } = await engagement.execute<{
      policingAreas: { name: string; neighbourhoods: { slug: string }[] }[];
    }>('{ policingAreas { name neighbourhoods { slug } } }');
    expect(errors).toBeUndefined();
    expect(data?.policingAreas).toHaveLength(9);
    const slugs = data!.policingAreas.flatMap((area) => area.neighbourhoods.map((n) => n.slug));
    expect(slugs).toHaveLength(54);
    expect(new Set(slugs)).toEqual(new Set(DEMO_NEIGHBOURHOODS.map((n) => n.slug)));
  });

  it('is not duplicated when the seed runs again on a later start', async () => {
    await engagementService.seedDemoData(engagement.orm.em.fork(), createLogger('test', 'silent'));
    const { data } = await engagement.execute<{ policingAreas: { neighbourhoods: unknown[] }[] }>(
      '{ policingAreas { neighbourhoods { id } } }',
    );
    expect(data?.policingAreas.flatMap((area) => area.neighbourhoods)).toHaveLength(54);
  });

  it('tells surveys and newsletters about each team once, however often the seed runs', async () => {
    await engagementService.seedDemoData(engagement.orm.em.fork(), createLogger('test', 'silent'));
    const announced = await engagement.orm.em
      .fork()
      .find(OutboxMessage, { name: 'neighbourhood.upserted' });
    expect(announced).toHaveLength(54);
    const belgrave = DEMO_FORCE.flatMap((area) =>
      area.neighbourhoods.map((team) => ({ area, team })),
    ).find(({ team }) => team.slug === 'belgrave')!;
    expect(announced.map(({ payload }) => payload)).toContainEqual({
      neighbourhoodId: belgrave.team.id,
      name: belgrave.team.name,
      slug: 'belgrave',
      policingAreaId: belgrave.area.id,
      policingAreaName: belgrave.area.name,
      policingAreaSlug: belgrave.area.slug,
    });
  });

  it('loads every area’s neighbourhoods with one query, not one per area', async () => {
    engagement.resetQueries();
    await engagement.execute('{ policingAreas { neighbourhoods { policingArea { name } } } }');
    const selects = engagement.queries.filter((sql) => sql.startsWith('select'));
    // areas, all their neighbourhoods, then (cached) areas again for policingArea: three at most.
    expect(selects.length).toBeLessThanOrEqual(3);
  });
});

describe('a neighbourhood page', () => {
  it('finds a neighbourhood by its URL name, with its NPA', async () => {
    const area = DEMO_FORCE[1]!;
    const team = area.neighbourhoods[2]!;
    const { data } = await engagement.execute<{
      neighbourhood: { id: string; name: string; policingArea: { name: string } };
    }>('query($slug: String!) { neighbourhood(slug: $slug) { id name policingArea { name } } }', {
      variables: { slug: team.slug },
    });
    expect(data?.neighbourhood).toEqual({
      id: team.id,
      name: team.name,
      policingArea: { name: area.name },
    });
  });

  it('gets null, not an error, for a URL name that does not exist', async () => {
    const { data, errors } = await engagement.execute(
      '{ neighbourhood(slug: "nowhere-at-all") { id } }',
    );
    expect(errors).toBeUndefined();
    expect(data).toEqual({ neighbourhood: null });
  });
});

describe('entity references from other subgraphs', () => {
  it('resolves many neighbourhoods and areas with one query per entity type', async () => {
    const neighbourhoods = DEMO_NEIGHBOURHOODS.slice(0, 20);
    const areas = DEMO_FORCE.slice(0, 5);
    engagement.resetQueries();
    const { data, errors } = await engagement.execute<{ _entities: ({ name: string } | null)[] }>(
      `query($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Neighbourhood { name }
          ... on PolicingArea { name }
        }
      }`,
      {
        variables: {
          representations: [
            ...neighbourhoods.map((n) => ({ __typename: 'Neighbourhood', id: n.id })),
            ...areas.map((a) => ({ __typename: 'PolicingArea', id: a.id })),
          ],
        },
      },
    );
    expect(errors).toBeUndefined();
    expect(data?._entities.map((entity) => entity?.name)).toEqual([
      ...neighbourhoods.map((n) => n.name),
      ...areas.map((a) => a.name),
    ]);
    expect(engagement.queries.filter((sql) => sql.startsWith('select'))).toHaveLength(2);
  });

  it('answers null for a neighbourhood that does not exist', async () => {
    const { data } = await engagement.execute<{ _entities: unknown[] }>(
      `{ _entities(representations: [{ __typename: "Neighbourhood", id: "00000000-0000-4000-8000-000000000000" }]) { ... on Neighbourhood { name } } }`,
    );
    expect(data?._entities).toEqual([null]);
  });
});
