import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FORCE } from '@engage/shared';
import { startSubgraphHarness, type SubgraphHarness } from '@engage/shared/testing';
import { KnownNeighbourhood } from '../src/modules/neighbourhoods/known-neighbourhood.entity.ts';
import { rememberNeighbourhood } from '../src/modules/neighbourhoods/neighbourhood.subscriptions.ts';
import { Subscriber } from '../src/modules/subscribers/subscriber.entity.ts';
import { newslettersService } from '../src/service.ts';

let newsletters: SubgraphHarness;
beforeAll(async () => {
  newsletters = await startSubgraphHarness(newslettersService, { seedDemoData: false });
});
afterAll(() => newsletters?.close());

const area = DEMO_FORCE[0]!;
const team = area.neighbourhoods[0]!;
const announced = {
  neighbourhoodId: team.id,
  name: team.name,
  slug: team.slug,
  policingAreaId: area.id,
  policingAreaName: area.name,
  policingAreaSlug: area.slug,
};

describe('the teams this service knows', () => {
  it('are kept from neighbourhood.upserted, and a renamed team is updated, not duplicated', async () => {
    await newsletters.orm.em.fork().transactional((em) => rememberNeighbourhood(em, announced));
    await newsletters.orm.em.fork().transactional((em) =>
      rememberNeighbourhood(em, {
        ...announced,
        name: 'Castle and Riverside',
        slug: 'castle-riverside',
      }),
    );
    const teams = await newsletters.orm.em.fork().find(KnownNeighbourhood, {});
    expect(teams).toHaveLength(1);
    expect(teams[0]).toMatchObject({
      id: team.id,
      name: 'Castle and Riverside',
      slug: 'castle-riverside',
      policingAreaId: area.id,
    });
  });
});

describe('references from other subgraphs', () => {
  it('resolve PolicingArea and Neighbourhood by id', async () => {
    const { data } = await newsletters.execute(
      `query($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on PolicingArea { id } ... on Neighbourhood { id } } }`,
      {
        variables: {
          representations: [
            { __typename: 'PolicingArea', id: area.id },
            { __typename: 'Neighbourhood', id: team.id },
          ],
        },
      },
    );
    expect(data).toEqual({ _entities: [{ id: area.id }, { id: team.id }] });
  });
});

describe('the demo seed', () => {
  it('adds a few confirmed residents per team, once', async () => {
    const logger = (await import('@engage/shared')).createLogger('test', 'silent');
    await newslettersService.seedDemoData(newsletters.orm.em.fork(), logger);
    await newslettersService.seedDemoData(newsletters.orm.em.fork(), logger);
    const em = newsletters.orm.em.fork();
    const residents = await em.find(Subscriber, {});
    expect(residents).toHaveLength(3 * 54);
    expect(
      residents.every(
        (resident) => resident.status === 'CONFIRMED' && resident.email.endsWith('@example.org'),
      ),
    ).toBe(true);
    expect(await em.count(KnownNeighbourhood, {})).toBe(54);
  });
});
